import type { AnyMiddlewareArgs, Context, Middleware } from "@slack/bolt";
import { audit } from "../audit.js";
import type { LookupOptions, LookupResult } from "../connect/contact-lookup.js";
import type { ContactRef } from "../connect/contact-ref.js";
import type { Deps } from "../deps.js";
import { toBotError } from "../domain/errors.js";
import { requestInfo } from "./request-info.js";

export type AuditedLookup = (ref: ContactRef, options?: LookupOptions) => Promise<LookupResult>;

const KEY = "auditedLookup";

/**
 * Puts `context.auditedLookup` on every request: the one way listeners read contacts, so each
 * lookup writes exactly one audit line and one metric, whatever the surface.
 */
export function auditedLookup(
  deps: Pick<Deps, "contacts" | "logger" | "metrics">,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const info = requestInfo(args);
    const lookup: AuditedLookup = async (ref, options) => {
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
    args.context[KEY] = lookup;
    await args.next();
  };
}

export function lookupFrom(context: Context): AuditedLookup {
  const lookup: unknown = context[KEY];
  if (typeof lookup !== "function") throw new Error("auditedLookup middleware is not installed");
  return lookup as AuditedLookup;
}
