/** Whether `char` is one character that `\s` matches (the same set `String.prototype.trim` drops). */
export function isSpace(char: string): boolean {
  return char !== "" && char.trim() === "";
}
