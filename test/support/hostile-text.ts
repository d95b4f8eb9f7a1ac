import fc from "fast-check";

/** Slack's limit for a message's text: the longest text one request can carry in one field. */
export const HOSTILE_LENGTH = 40_000;

const ID = "0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c";
const ARN = `arn:aws:connect:us-east-1:123456789012:instance/${ID}`;

/** What the parsers' patterns look for, cut short: each one a way into a long backtrack. */
const MOTIFS = [
  " ",
  "\u00a0",
  "\t",
  "\n",
  "0",
  "7",
  "a",
  ":",
  "=",
  '"',
  "'",
  "`",
  "/",
  "-",
  ",",
  "[",
  "{",
  "QueueName:",
  "QueueName =",
  '"QueueName": "',
  "queuename",
  ID.slice(0, 9),
  ID.slice(0, 24),
  `${ID.slice(0, 35)}`,
  "arn:aws:connect:",
  "arn:aws",
  `${ARN}/`,
  `${ARN}/contact/`,
  "instance/",
  "instanceId: ",
  "instance_id=",
  "https://x.my.connect.aws/contact-trace-records/details/",
  "<https://",
  "|",
  "queue:",
  'agent:"',
  "last:",
  "@",
  "a.",
  "xoxb-",
  "v0=",
  "+1",
  "*",
  "%3a",
  "\\/",
  "\u0301",
  "&amp",
];
const EDGES = ["", "QueueName:", '"QueueName": "', "instanceId:", "arn:aws:", "search ", "x", "["];

/** `head`, then `run` repeated, then `tail`: exactly HOSTILE_LENGTH characters. */
export function hostile(head: string, run: string, tail = ""): string {
  const room = HOSTILE_LENGTH - head.length - tail.length;
  return head + run.repeat(Math.ceil(room / run.length)).slice(0, room) + tail;
}

/** 40,000-character texts: one to three motifs repeated, between an opening and a closing. */
export const hostileText = fc
  .record({
    head: fc.constantFrom(...EDGES),
    run: fc.array(fc.constantFrom(...MOTIFS), { minLength: 1, maxLength: 3 }),
    tail: fc.constantFrom(...EDGES),
  })
  .map(({ head, run, tail }) => hostile(head, run.join(""), tail));

/** The measured cases of issue 16, and their neighbours. */
export const KNOWN_HOSTILE: [string, string][] = [
  ["QueueName: + spaces + [", hostile("QueueName:", " ", "[")],
  ["QueueName: + no-break spaces", hostile("QueueName:", "\u00a0", "{")],
  ['"QueueName": " + tabs', hostile('"QueueName": "', "\t", "[")],
  ["spaces", hostile("", " ")],
  ["instanceId: + spaces", hostile("instanceId:", " ", "x")],
  ["digits", hostile("", "0")],
  ["partial UUIDs", hostile("", `${ID.slice(0, 24)} `)],
  ["ARN prefixes", hostile("", "arn:aws:connect:")],
  ["address characters", hostile("", "a.", "x")],
  ["quotes", hostile("x", "'", "x")],
  ["slashes", hostile("https://x", "/", "x")],
  ["combining marks", hostile("a", "\u0301\u0316")],
];
