// Records may come back from a JSON cache or a newer SDK; these read collections defensively so a
// wrong shape renders as nothing instead of throwing or printing characters one by one.

export function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export function entriesOf<T>(value: Record<string, T> | undefined): [string, T][] {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.entries(value)
    : [];
}

/** Entries sorted by key in code-unit order, which does not depend on the server's locale. */
export function sortedEntriesOf<T>(value: Record<string, T> | undefined): [string, T][] {
  return entriesOf(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
