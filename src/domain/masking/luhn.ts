import type { DigitGroup } from "./digit-runs.js";

const size = (group: DigitGroup): number => group.end - group.start;

/**
 * Luhn's checksum of any consecutive groups a..b of a run in constant time, from prefix sums of
 * the run's digits with the even, or else the odd, positions doubled: from the right, the last
 * digit stays as it is and every second one before it is doubled. A run of 20,000 groups is
 * then checked in one pass rather than once per window.
 */
export function luhnOf(
  text: string,
  groups: readonly DigitGroup[],
): (a: number, b: number) => boolean {
  const offsets = new Int32Array(groups.length + 1);
  groups.forEach((group, g) => {
    offsets[g + 1] = offsets[g]! + size(group);
  });
  const n = offsets[groups.length]!;
  const evenDoubled = new Int32Array(n + 1);
  const oddDoubled = new Int32Array(n + 1);
  let j = 0;
  for (const group of groups) {
    for (let k = group.start; k < group.end; k += 1, j += 1) {
      const digit = text.charCodeAt(k) - 48;
      const doubled = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      evenDoubled[j + 1] = evenDoubled[j]! + (j % 2 === 0 ? doubled : digit);
      oddDoubled[j + 1] = oddDoubled[j]! + (j % 2 === 1 ? doubled : digit);
    }
  }
  return (a, b) => {
    const first = offsets[a]!;
    const last = offsets[b + 1]! - 1;
    const sums = last % 2 === 0 ? oddDoubled : evenDoubled;
    return (sums[last + 1]! - sums[first]!) % 10 === 0;
  };
}
