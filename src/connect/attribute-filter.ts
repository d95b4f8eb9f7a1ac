function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether an attribute name is on the deny-list: exact names or `*` globs (`card*`), compared
 * case-insensitively because flows are written by many hands.
 */
export function createDeniedName(patterns: readonly string[]): (name: string) => boolean {
  const denied = patterns.map(
    (pattern) => new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "i"),
  );
  return (name) => denied.some((re) => re.test(name));
}

/** Removes attributes whose names match the deny-list (see createDeniedName). */
export function createAttributeFilter(
  patterns: readonly string[],
): (attributes: Record<string, string>) => Record<string, string> {
  const isDenied = createDeniedName(patterns);
  return (attributes) =>
    Object.fromEntries(Object.entries(attributes).filter(([name]) => !isDenied(name)));
}
