import { isSpace } from "../text/is-space.js";

/** A queue an alert names: by ARN (instance and queue ids), or by a `QueueName` dimension. */
export type AlarmQueue = { instanceId: string; queueId: string } | { name: string };

const QUEUE_ARN =
  /arn:aws[\w-]*:connect:[a-z0-9-]+:\d{12}:instance\/([0-9a-f-]{36})\/queue\/([0-9a-f-]{36})/i;
// `QueueName = Billing Support`, `QueueName: Billing Support`, `"QueueName": "Billing Support"`:
// the key by regex, its value by hand. A regex for the value (a lazy run of up to 127 characters
// that may hold spaces, between runs of spaces) backtracks cubically on a long run of spaces.
const QUEUE_KEY = /\bQueueName"?\s*[:=](\s*)/gi;
const MAX_NAME = 127;
/** Characters that end a name: the value may hold none of them. */
const NOT_IN_NAME = '"\n\r,{}[]';
/** What may follow a name (after spaces), besides the end of a line or of the text. */
const AFTER_NAME = '",}]';

const isLineEnd = (char: string) => "\n\r\u2028\u2029".includes(char) && char !== "";

/** Whether a name may end at `at`: spaces up to a line's end, the text's end or AFTER_NAME. */
function endsName(text: string, at: number): boolean {
  let i = at;
  while (isSpace(text.charAt(i))) {
    if (isLineEnd(text.charAt(i))) return true;
    i += 1;
  }
  return i === text.length || AFTER_NAME.includes(text.charAt(i));
}

/** The shortest name starting at `start` that may end where it does, if any. */
function nameAt(text: string, start: number): string | undefined {
  let i = start;
  while (i < text.length && i - start < MAX_NAME && !NOT_IN_NAME.includes(text.charAt(i))) {
    i += 1;
    // A name ends before spaces, a character no name holds, or the text's end. Inside a run of
    // spaces only its first position needs a look: where a later one may end a name, so may it.
    const next = text.charAt(i);
    const firstSpace = isSpace(next) && (i === start + 1 || !isSpace(text.charAt(i - 1)));
    const other = next === "" || (!isSpace(next) && NOT_IN_NAME.includes(next));
    if ((firstSpace || other) && endsName(text, i)) return text.slice(start, i);
  }
  return undefined;
}

/**
 * The value after `QueueName:` and the spaces in `spaces` (from `from`), as the regex
 * `\s*"?([^"\n\r,{}[\]]{1,127}?)"?\s*(?=[,}\]\n\r"]|$)` (flags `im`) would take it: the name
 * after an opening quote, else from the first non-space, else (a blank value) "".
 */
function valueAt(text: string, from: number, spaces: number): string | undefined {
  const start = from + spaces;
  if (text.charAt(start) === '"') {
    const quoted = nameAt(text, start + 1);
    if (quoted !== undefined) return quoted;
  }
  const bare = nameAt(text, start);
  if (bare !== undefined) return bare;
  // The regex also tries a name made of the spaces themselves: a blank one.
  let blank = false;
  for (let i = from; i < start; i += 1) {
    if (blank && isLineEnd(text.charAt(i))) return "";
    if (!NOT_IN_NAME.includes(text.charAt(i))) blank = true;
  }
  return blank && endsName(text, start) ? "" : undefined;
}

/** The queue a CloudWatch alarm on Connect's queue metrics names, if any (pure: no lookup). */
export function alarmQueue(text: string): AlarmQueue | undefined {
  const arn = QUEUE_ARN.exec(text);
  if (arn) return { instanceId: arn[1]!.toLowerCase(), queueId: arn[2]!.toLowerCase() };
  for (const key of text.matchAll(QUEUE_KEY)) {
    const spaces = key[1]!.length;
    const value = valueAt(text, key.index + key[0].length - spaces, spaces);
    if (value === undefined) continue;
    const name = value.trim();
    return name ? { name } : undefined;
  }
  return undefined;
}
