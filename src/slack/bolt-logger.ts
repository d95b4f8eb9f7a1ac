import { LogLevel, type Logger as SlackLogger } from "@slack/logger";
import type { Logger } from "../observability/logger.js";

type Method = "debug" | "info" | "warn" | "error";

/** Bolt logs `(...anything)`; pino wants `(fields, message)`. Errors become `err`, text joins. */
function entry(args: unknown[]): [Record<string, unknown>, string] {
  let err: Error | undefined;
  const text: string[] = [];
  const extra: unknown[] = [];
  for (const arg of args) {
    if (arg instanceof Error && !err) err = arg;
    else if (typeof arg === "string") text.push(arg);
    else extra.push(arg);
  }
  const fields = { ...(err ? { err } : {}), ...(extra.length > 0 ? { args: extra } : {}) };
  return [fields, text.join(" ") || (err?.message ?? "")];
}

function toSlackLevel(levelValue: number): LogLevel {
  if (levelValue <= 20) return LogLevel.DEBUG;
  if (levelValue <= 30) return LogLevel.INFO;
  if (levelValue <= 40) return LogLevel.WARN;
  return LogLevel.ERROR;
}

/**
 * Bolt's, the WebClient's and Socket Mode's own logs as structured JSON through the same pino
 * (and so the same redaction). Bolt's App calls `setLevel(logLevel ?? "info")` on the logger it
 * is given, so `setLevel` may only make these logs quieter than the configured LOG_LEVEL, never
 * noisier (Bolt's debug output includes whole request bodies).
 */
export function boltLogger(logger: Logger): SlackLogger {
  let target = logger.child({ component: "slack" });
  const write =
    (method: Method) =>
    (...args: unknown[]) => {
      const [fields, msg] = entry(args);
      target[method](fields, msg);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel(level) {
      const wanted = logger.levels.values[level] ?? logger.levelVal;
      target.level = wanted >= logger.levelVal ? level : logger.level;
    },
    getLevel: () => toSlackLevel(target.levelVal),
    setName(name) {
      target = logger.child({ component: name }, { level: target.level });
    },
  };
}
