/** What a scrubbed secret becomes in a log line. */
export const CENSOR = "[redacted]";

// Slack tokens, request signatures and E.164 phone numbers; then an email address.
const TOKEN = String.raw`\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bv0=[0-9a-fA-F]+|\+[1-9]\d{6,14}\b`;
const DOMAIN = String.raw`@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b`;
const ADDRESS_CHAR = /[\w.+-]/;
/**
 * An address is tried only where a run of its characters starts: tried at every position of the
 * run, as a plain `[\w.+-]+@…` is, a long run without an `@` took quadratic time (40,000
 * characters: seconds, on every line logged).
 */
const SCRUB = new RegExp(`${TOKEN}|(?<![\\w.+-])[\\w.+-]+${DOMAIN}`, "g");
const TOKEN_HERE = new RegExp(TOKEN, "y");
const DOMAIN_HERE = new RegExp(DOMAIN, "y");

/**
 * A previous match can end inside a run of address characters (`xoxb-1.jane@example.com`),
 * where the look-behind would wrongly refuse an address: the one place to try it by hand. All
 * of a run's positions share its `@`, so a run that failed once (`dead`) is not read again.
 */
function matchHere(line: string, at: number, dead: { until: number }): number | undefined {
  if (at === 0 || at < dead.until || !ADDRESS_CHAR.test(line.charAt(at - 1))) return undefined;
  if (!ADDRESS_CHAR.test(line.charAt(at))) return undefined;
  TOKEN_HERE.lastIndex = at;
  const token = TOKEN_HERE.exec(line);
  if (token) return at + token[0].length;
  let end = at;
  while (ADDRESS_CHAR.test(line.charAt(end))) end += 1;
  DOMAIN_HERE.lastIndex = end;
  const domain = DOMAIN_HERE.exec(line);
  if (domain) return end + domain[0].length;
  dead.until = end;
  return undefined;
}

/**
 * A log line with every secret replaced by CENSOR: the matches of one global regex of tokens and
 * addresses (leftmost first), in linear time.
 */
export function scrubLine(line: string): string {
  let out = "";
  let at = 0;
  const dead = { until: 0 };
  for (;;) {
    let start = at;
    let end = matchHere(line, at, dead);
    if (end === undefined) {
      SCRUB.lastIndex = at;
      const match = SCRUB.exec(line);
      if (!match) break;
      start = match.index;
      end = start + match[0].length;
    }
    out += line.slice(at, start) + CENSOR;
    at = end;
  }
  return out + line.slice(at);
}
