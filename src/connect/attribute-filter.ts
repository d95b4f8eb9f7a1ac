import { boundedText } from "../text/bounded-text.js";

/** Attribute names are keys, not prose: this much tells any two apart. */
const MAX_NAME = 1000;

/**
 * `*` globs matched piece by piece with indexOf, not as a regex: `^a.*b.*c$` backtracks
 * polynomially on a long name, and names come from whoever wrote the flow.
 */
function globMatcher(pattern: string): (name: string) => boolean {
  const [first = "", ...rest] = pattern.toLowerCase().split("*");
  if (rest.length === 0) return (name) => name.toLowerCase() === first;
  const last = rest.pop() ?? "";
  return (name) => {
    const text = name.toLowerCase();
    const end = text.length - last.length;
    if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return false;
    let at = first.length;
    for (const piece of rest) {
      const found = text.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}

/**
 * Whether an attribute name is on the deny-list: exact names or `*` globs (`card*`), compared
 * case-insensitively because flows are written by many hands.
 */
export function createDeniedName(patterns: readonly string[]): (name: string) => boolean {
  const denied = patterns.map(globMatcher);
  return (name) => denied.some((matches) => matches(name));
}

/**
 * Removes attributes whose names match the deny-list (see createDeniedName), then bounds what is
 * left like any text from outside (Connect itself caps all of a contact's attributes at 32 KB).
 */
export function createAttributeFilter(
  patterns: readonly string[],
): (attributes: Record<string, string>) => Record<string, string> {
  const isDenied = createDeniedName(patterns);
  return (attributes) =>
    Object.fromEntries(
      Object.entries(attributes)
        .filter(([name]) => !isDenied(name))
        .map(([name, value]) => [boundedText(name, MAX_NAME), boundedText(value)]),
    );
}
