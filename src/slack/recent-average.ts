export interface RecentAverage {
  add(sample: number): void;
  /** 0 until the first sample. */
  value(): number;
}

/**
 * An exponentially weighted mean that follows a change within ~10 samples: the overload guard's
 * "recent time per request", which must track a burst as it builds, not the day's average.
 */
export function recentAverage(weight = 0.2): RecentAverage {
  let mean: number | undefined;
  return {
    add(sample) {
      mean = mean === undefined ? sample : mean + weight * (sample - mean);
    },
    value: () => mean ?? 0,
  };
}
