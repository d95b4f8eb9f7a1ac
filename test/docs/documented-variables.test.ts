import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The documentation names the bot's environment variables, and the configuration modules read
// them: each side is checked against the other, from the sources, so that neither can drift.

const DOCS = ["README.md", "SECURITY.md", ...markdownIn("docs")];
const CONFIGURATION_DOC = "docs/configuration.md";

/**
 * Names in the documentation that are not the bot's configuration: environment read by someone
 * else, or words in capitals that are no variable at all.
 */
const NOT_THE_BOTS: readonly RegExp[] = [
  /^AWS_ENDPOINT_URL_[A-Z0-9_]+$/, // the AWS SDK's endpoint overrides (the tests' emulators)
  /^MALLOC_[A-Z0-9_]+$/, // glibc's allocator, tried in docs/performance.md
  /^NODE_[A-Z0-9_]+$/, // Node.js itself
  /^CCB_NODE$/, // npm start's launcher (scripts/start.mjs, scripts/lts-node.mjs)
  /^CALL_RECORDINGS$|^CHAT_TRANSCRIPTS$/, // Connect's storage resource types
  /^TELECOM_PROBLEM$|^CONTACT_FLOW_DISCONNECT$/, // Connect's disconnect reasons
  /^X86_64$/, // the CDK app's cpuArchitecture
  /^SO_REUSEPORT$/, // the socket option
  /^ANALYSIS_BUCKET$|^KMS_KEY_ID$/, // placeholders of the IAM policy in docs/iam.md
];

/** Variables the bot no longer reads, which only the history of the measurements may name. */
const RETIRED: Readonly<Record<string, string>> = { MAX_QUEUE_DELAY_MS: "docs/performance.md" };

function markdownIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(dir, name));
}

/** src/config/config.ts, src/config-*.ts, and src/config/ should they move there. */
function configSources(): string[] {
  const flat = readdirSync("src")
    .filter((name) => /^config(-[a-z-]+)?\.ts$/.test(name))
    .map((name) => join("src", name));
  const nested = existsSync("src/config")
    ? readdirSync("src/config")
        .filter((name) => name.endsWith(".ts"))
        .map((name) => join("src/config", name))
    : [];
  return [...flat, ...nested].map((path) => readFileSync(path, "utf8"));
}

/** The names the configuration reads: string literals given to its env readers (str, num, …). */
function variablesRead(sources: readonly string[]): Set<string> {
  const readers = new Set(
    sources.flatMap((source) =>
      [...source.matchAll(/export function (\w+)\(env: Env, name: string/g)].map((m) => m[1]),
    ),
  );
  const names = new Set<string>();
  for (const source of sources) {
    for (const call of source.matchAll(/\b(\w+)\(\s*env,\s*"([A-Z][A-Z0-9_]*)"/g)) {
      if (readers.has(call[1])) names.add(call[2]);
    }
  }
  return names;
}

const CAPITALS = /\b[A-Z][A-Z0-9_]{2,}\b/g;

/**
 * The names a Markdown text gives as code: words in capitals in inline code spans (`NAME`,
 * `NAME=value`, `A / B`), and the `NAME=` assignments of its shell blocks. Other fenced blocks
 * (JSON, rendered messages) hold placeholders and output, not variables.
 */
function namesInMarkdown(markdown: string): string[] {
  const names: string[] = [];
  const prose = markdown.replace(
    /^```(\w*)\n([\s\S]*?)^```/gm,
    (_block, lang: string, body: string) => {
      if (lang === "sh") {
        names.push(...[...body.matchAll(/\b([A-Z][A-Z0-9_]{2,})=/g)].map((m) => m[1]));
      }
      return "";
    },
  );
  // A code span may run over a line break, never over a blank line.
  for (const span of prose.matchAll(/`((?:[^`\n]|\n(?!\n))+)`/g)) {
    names.push(...(span[1].match(CAPITALS) ?? []));
  }
  return names;
}

/** Each name the files give as code, with the files that name it. */
function namesIn(files: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    for (const name of namesInMarkdown(readFileSync(file, "utf8"))) {
      found.set(name, [...new Set([...(found.get(name) ?? []), file])]);
    }
  }
  return found;
}

/** The bot's coded errors (the ErrorCode union): metrics and audit lines name them too. */
function errorCodes(): Set<string> {
  const union =
    readFileSync("src/domain/errors.ts", "utf8").match(/type ErrorCode =([^;]+);/)?.[1] ?? "";
  return new Set([...union.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]));
}

/**
 * A name in capitals looks like a variable when it has an underscore: single words (`PORT`, `CI`,
 * `EXPIRED`, `GET`) cannot be told from Connect's values or HTTP and Redis commands, so of those
 * only the ones the configuration reads are checked (the other way round, below).
 */
const looksLikeVariable = (name: string) => name.includes("_");

describe("documented variables", () => {
  const read = variablesRead(configSources());
  const codes = errorCodes();

  it("finds the configuration's readers and what they read", () => {
    expect(read.size).toBeGreaterThan(40);
    expect(read).toContain("CONNECT_INSTANCE_ID");
    expect(read).toContain("PORT");
    expect(codes).toContain("CONTACT_NOT_FOUND");
  });

  it("every variable README.md, SECURITY.md and docs/ name is read by src/config*", () => {
    const unknown = [...namesIn(DOCS)]
      .filter(([name]) => looksLikeVariable(name) && !read.has(name) && !codes.has(name))
      .filter(([name]) => !NOT_THE_BOTS.some((pattern) => pattern.test(name)))
      .filter(([name, files]) => !files.every((file) => file === RETIRED[name]))
      .map(([name, files]) => `${name} (${files.join(", ")}) is read by no src/config module`);
    expect(unknown).toEqual([]);
  });

  it(`every variable src/config* reads is in ${CONFIGURATION_DOC}`, () => {
    const documented = namesIn([CONFIGURATION_DOC]);
    const missing = [...read]
      .filter((name) => !documented.has(name))
      .map((name) => `${name} is read by src/config but not in ${CONFIGURATION_DOC}`);
    expect(missing).toEqual([]);
  });

  it("takes names from code spans and shell assignments, and reads through the env readers", () => {
    const markdown = [
      "Set `LOG_LEVEL=trace` or `CONNECT_MAX_RPS / CONNECT_REPLICAS`; not LOOSE_WORDS;",
      "a span `over\ntwo +LINES_HERE` and then `REDIS_URL`.",
      "```sh\nexport SLACK_BOT_TOKEN=xoxb-… PORT=3000  # not ALONE_HERE\n```",
      '```json\n{"Resource": "arn:…:instance/INSTANCE_ID"}\n```',
    ].join("\n");
    expect(namesInMarkdown(markdown).sort()).toEqual(
      [
        "CONNECT_MAX_RPS",
        "CONNECT_REPLICAS",
        "LINES_HERE",
        "LOG_LEVEL",
        "PORT",
        "REDIS_URL",
        "SLACK_BOT_TOKEN",
      ].sort(),
    );
    const sources = [
      'export function str(env: Env, name: string) {}\nconst a = str(env, "FOO_BAR");',
      'const b = other(env, "NOT_READ");',
    ];
    expect([...variablesRead(sources)]).toEqual(["FOO_BAR"]);
  });
});
