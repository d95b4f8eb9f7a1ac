/** Percentiles of one round's samples (linear interpolation between closest ranks). */
export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** One figure over several rounds: the median is the figure, min and max are the bench's noise. */
export interface AcrossRounds {
  median: number;
  min: number;
  max: number;
  rounds: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function acrossRounds(values: readonly number[]): AcrossRounds {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 50),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    rounds: values.map(round1),
  };
}

/** Each percentile of several rounds, across the rounds. */
export function percentilesAcrossRounds(
  rounds: readonly Percentiles[],
): Record<"p50" | "p95" | "p99" | "max", AcrossRounds> & { samplesPerRound: number } {
  return {
    p50: acrossRounds(rounds.map((r) => r.p50)),
    p95: acrossRounds(rounds.map((r) => r.p95)),
    p99: acrossRounds(rounds.map((r) => r.p99)),
    max: acrossRounds(rounds.map((r) => r.max)),
    samplesPerRound: rounds[0]?.n ?? 0,
  };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
