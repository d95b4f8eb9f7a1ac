/**
 * Walks a regex source outside escapes and character classes: `visit(char, at)` for each
 * character that is syntax there.
 */
function walk(source: string, visit: (char: string, at: number) => void): void {
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source.charAt(at);
    if (char === "\\") at += 1;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else visit(char, at);
  }
}

function isUnbounded(group: string): boolean {
  let unbounded = false;
  walk(group, (char, at) => {
    if (
      char === "*" ||
      char === "+" ||
      (char === "{" && /^\{\d+,\}/.test(group.slice(at, at + 12)))
    ) {
      unbounded = true;
    }
  });
  return unbounded;
}

/**
 * The look-behinds (`(?<=…)`, `(?<!…)`) of a regex source that hold an unbounded quantifier.
 * recheck does not weigh them, yet V8 runs a look-behind backwards from every position it is
 * tried at: one over `\s*` reads a whole run of spaces each time, quadratic on a long run.
 */
export function unboundedLookbehinds(source: string): string[] {
  const found: string[] = [];
  const open: { start: number; behind: boolean }[] = [];
  walk(source, (char, at) => {
    if (char === "(") {
      const behind = source.startsWith("(?<=", at) || source.startsWith("(?<!", at);
      open.push({ start: at, behind });
    } else if (char === ")") {
      const group = open.pop();
      const text = group?.behind ? source.slice(group.start, at + 1) : undefined;
      if (text && isUnbounded(text)) found.push(text);
    }
  });
  return found;
}
