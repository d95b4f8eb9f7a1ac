import fc from "fast-check";

/** Text Slack would turn into mentions or links if it reached a message unescaped. */
export const HOSTILE = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U123ABC>",
  "<!subteam^S1>",
  "<#C123|general>",
  "<https://evil.example|click>",
  "<http://evil.example>",
  "<!date^1^{ago}|x>",
  "&lt;!here&gt;",
  "@here",
  "*",
  "`",
  "|",
  "\n",
  "😀",
  "constructor",
  "__proto__",
];

const piece = fc.constantFrom(...HOSTILE, "a", " ", "&", "<", ">", "é", "\u0000");

export const short = fc.string({ unit: piece, minLength: 1, maxLength: 12 });
/** 10,000 characters, far over every Slack text limit. */
export const long = fc
  .constantFrom("x", "<!channel>", "&", "😀")
  .map((s) => s.repeat(10_000 / s.length));

/** Any string, weighted towards hostile ones and ones far over every Slack limit. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: piece, maxLength: 20 }) },
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: long },
);

/** A real enum value most of the time, anything else sometimes (a newer SDK, a broken cache). */
export const enumOr = (...values: string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, text);
export const id = fc.oneof({ weight: 3, arbitrary: fc.uuid() }, text);
export const num = fc.oneof(fc.integer(), fc.double(), fc.nat({ max: 100_000 }));
export const date = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date(0), max: new Date("2100-01-01") }) },
  fc.date(),
);
export const list = <T>(item: fc.Arbitrary<T>, maxLength = 5) => fc.array(item, { maxLength });
export const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { requiredKeys: [] });
