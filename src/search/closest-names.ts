/** Edit distance (insertions, deletions, substitutions), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The known names closest to what was typed, best first: names containing it, then names within a
 * few typos (about one in three characters), so "Biling" suggests "Billing Support".
 */
export function closestNames(typed: string, names: readonly string[], max = 3): string[] {
  const needle = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored = [...new Set(names)].flatMap((name) => {
    const lower = name.toLowerCase();
    if (lower.includes(needle) || needle.includes(lower)) return [{ name, score: 0 }];
    // Both distances are at least the difference in length: a typed text far longer than the
    // name cannot be close, and is not compared (40,000 characters by 50: 2M steps a name).
    if (needle.length - lower.length > limit) return [];
    // Compared with the name's start too, so a typo in the first word of a long name still counts.
    const d = Math.min(distance(needle, lower), distance(needle, lower.slice(0, needle.length)));
    return d <= limit ? [{ name, score: d }] : [];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}
