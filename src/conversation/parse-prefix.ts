/**
 * JSON that may have been cut short (the first CONTACT_LENS_MAX_BYTES of a larger analysis file):
 * parsed whole when it is complete, else as the longest prefix made only of complete values, its
 * open objects and arrays closed. An array keeps only its complete elements (half a turn is no
 * turn); an object keeps its complete members. An analysis file puts its transcript last, so a long call keeps
 * its summary, sentiment, categories and statistics and loses only its last turns.
 * One pass, no backtracking: linear in the text's length.
 */
export function parsePrefix(text: string): { value: unknown; complete: boolean } | undefined {
  try {
    return { value: JSON.parse(text), complete: true };
  } catch {
    // Cut short, or not JSON at all: find out below.
  }
  // Closing characters of the containers open at the current position, innermost first.
  let closers = "";
  // Per open object: whether the next string is a key.
  const keyNext: boolean[] = [];
  // Per open container: whether it is (inside) an array's element, which must be whole to be kept.
  const element: boolean[] = [];
  let safeEnd = -1;
  let safeClosers = "";
  let inString = false;
  let escaped = false;
  let inPrimitive = false;
  const mark = (end: number) => {
    if (element.at(-1)) return;
    safeEnd = end;
    safeClosers = closers;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') {
        inString = false;
        const inObject = closers[0] === "}";
        if (inObject && keyNext[keyNext.length - 1]) keyNext[keyNext.length - 1] = false;
        else if (closers !== "") mark(i + 1);
      }
      continue;
    }
    const delimiter = c === "," || c === "}" || c === "]" || c === " " || c === "\n" || c === "\r";
    if (inPrimitive && (delimiter || c === "\t")) {
      inPrimitive = false;
      if (closers !== "") mark(i);
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      element.push(closers[0] === "]" || element.at(-1) === true);
      closers = (c === "{" ? "}" : "]") + closers;
      if (c === "{") keyNext.push(true);
      mark(i + 1);
    } else if (c === "}" || c === "]") {
      if (closers[0] !== c) return undefined;
      closers = closers.slice(1);
      element.pop();
      if (c === "}") keyNext.pop();
      if (closers !== "") mark(i + 1);
    } else if (c === ",") {
      if (closers[0] === "}") keyNext[keyNext.length - 1] = true;
    } else if (!delimiter && c !== ":" && c !== "\t") {
      inPrimitive = true;
    }
  }
  if (safeEnd < 0) return undefined;
  try {
    return { value: JSON.parse(text.slice(0, safeEnd) + safeClosers), complete: false };
  } catch {
    return undefined;
  }
}
