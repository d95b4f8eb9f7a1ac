function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes attributes whose names match the deny-list: exact names or `*` globs (`card*`),
 * compared case-insensitively because flows are written by many hands.
 */
export function createAttributeFilter(
  patterns: readonly string[],
): (attributes: Record<string, string>) => Record<string, string> {
  const denied = patterns.map(
    (pattern) => new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "i"),
  );
  return (attributes) =>
    Object.fromEntries(
      Object.entries(attributes).filter(([name]) => !denied.some((re) => re.test(name))),
    );
}
