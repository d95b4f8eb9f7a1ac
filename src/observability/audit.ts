import type { Logger } from "./logger.js";

export type AuditSurface =
  | "command"
  | "action"
  | "shortcut"
  | "alert"
  | "unfurl"
  | "message"
  | "socket"
  | "form"
  | "other";

/** One contact lookup. Only ids and facts about the lookup: no endpoints, names or attributes. */
export interface AuditEntry {
  surface: AuditSurface;
  team?: string;
  user?: string;
  channel?: string;
  instance?: string;
  contactId: string;
  /** "ok" or an ErrorCode. */
  outcome: string;
  latencyMs: number;
  cacheHit: boolean;
}

// Audit lines must survive LOG_LEVEL=warn; one child per logger keeps that cheap. The record is
// built below from ids and facts only, so the child skips the redaction paths (a third of a
// lookup's logging cost); the scrubbing of every written line still applies.
const auditors = new WeakMap<Logger, Logger>();

function auditor(logger: Logger): Logger {
  let child = auditors.get(logger);
  if (!child) {
    child = logger.child({}, { level: logger.level === "silent" ? "silent" : "info", redact: [] });
    auditors.set(logger, child);
  }
  return child;
}

type Who = Pick<AuditEntry, "surface" | "team" | "user" | "channel">;

/** When, where and by whom, copied field by field (see `audit`). */
function who(entry: Who, now: () => Date) {
  return {
    time: now().toISOString(),
    surface: entry.surface,
    team: entry.team,
    user: entry.user,
    channel: entry.channel,
  };
}

/**
 * Writes exactly one line per lookup: `{"msg":"audit","audit":{time,surface,...}}`. The record is
 * nested so that log pipelines can lift `audit` out whole, and its fields are copied one by one
 * so that an object carrying more than an AuditEntry (e.g. a spread contact) leaks nothing.
 */
export function audit(logger: Logger, entry: AuditEntry, now: () => Date = () => new Date()): void {
  const record = {
    ...who(entry, now),
    instance: entry.instance,
    contactId: entry.contactId,
    outcome: entry.outcome,
    latencyMs: Math.round(entry.latencyMs),
    cacheHit: entry.cacheHit,
  };
  auditor(logger).info({ audit: record }, "audit");
}

/** One search: the filters (attribute values left out) and how many contacts it found. */
export interface SearchAuditEntry {
  surface: AuditSurface;
  team?: string;
  user?: string;
  channel?: string;
  filters: string;
  /** "ok", "none" or an ErrorCode. */
  outcome: string;
  found: number;
  latencyMs: number;
}

/** Like `audit`, one line per search: `{"msg":"audit","audit":{time,surface,...,search:{...}}}`. */
export function auditSearch(
  logger: Logger,
  entry: SearchAuditEntry,
  now: () => Date = () => new Date(),
): void {
  const record = {
    ...who(entry, now),
    search: { filters: entry.filters, found: entry.found },
    outcome: entry.outcome,
    latencyMs: Math.round(entry.latencyMs),
  };
  auditor(logger).info({ audit: record }, "audit");
}
