import type { LookupOptions, LookupResult } from "../connect/contact-lookup.js";
import type { ContactRef } from "../connect/contact-ref.js";
import type { Deps } from "../deps.js";
import { toBotError } from "../domain/errors.js";
import { audit } from "../observability/audit.js";
import type { RequestInfo } from "../slack/request-info.js";

export type AuditedLookup = (ref: ContactRef, options?: LookupOptions) => Promise<LookupResult>;

export type AuditedLookupDeps = Pick<Deps, "contacts" | "logger" | "metrics">;

/**
 * The one way listeners read contacts: each lookup through it writes exactly one audit line and
 * one metric, naming the request's surface, team, user and channel, whatever the surface.
 */
export function auditedLookup(deps: AuditedLookupDeps, info: RequestInfo): AuditedLookup {
  return async (ref, options) => {
    const started = performance.now();
    const entry = {
      surface: info.surface,
      team: info.teamId,
      user: info.userId,
      channel: info.channelId,
      contactId: ref.contactId,
    };
    try {
      const result = await deps.contacts.lookup(ref, options);
      const latencyMs = Math.round(performance.now() - started);
      audit(deps.logger, {
        ...entry,
        instance: result.record.instanceId,
        outcome: "ok",
        latencyMs,
        cacheHit: result.cacheHit,
      });
      deps.metrics.lookups.inc({ surface: info.surface, outcome: "ok" });
      return result;
    } catch (error) {
      const code = toBotError(error).code;
      const latencyMs = Math.round(performance.now() - started);
      audit(deps.logger, {
        ...entry,
        instance: ref.instanceId,
        outcome: code,
        latencyMs,
        cacheHit: false,
      });
      deps.metrics.lookups.inc({ surface: info.surface, outcome: code });
      throw error;
    }
  };
}
