import type { Deps } from "../deps.js";
import { toBotError } from "../domain/errors.js";
import { auditFilters } from "../domain/search/audit-filters.js";
import { auditSearch } from "../observability/audit.js";
import type { ContactSearch, SearchPage } from "../search/contact-search.js";
import type { RequestInfo } from "../slack/request-info.js";

export type AuditedSearchDeps = Pick<Deps, "search" | "logger" | "metrics">;

/**
 * The one way listeners search: each search (and each More page) through it writes exactly one
 * audit line — its filters and count, no PII — and one metric, whatever the surface.
 */
export function auditedSearch(deps: AuditedSearchDeps, info: RequestInfo): ContactSearch {
  const entry = {
    surface: info.surface,
    team: info.teamId,
    user: info.userId,
    channel: info.channelId,
  };
  async function audited(run: () => Promise<SearchPage>, filters?: string): Promise<SearchPage> {
    const started = performance.now();
    const latencyMs = () => Math.round(performance.now() - started);
    try {
      const page = await run();
      const outcome = page.found > 0 || page.contacts.length > 0 ? "ok" : "none";
      const found = Math.max(page.found, page.contacts.length);
      auditSearch(deps.logger, {
        ...entry,
        filters: auditFilters(page.cursor.query),
        outcome,
        found,
        latencyMs: latencyMs(),
      });
      deps.metrics.searches.inc({ surface: info.surface, outcome });
      return page;
    } catch (error) {
      const outcome = toBotError(error).code;
      auditSearch(deps.logger, {
        ...entry,
        filters: filters ?? "more",
        outcome,
        found: 0,
        latencyMs: latencyMs(),
      });
      deps.metrics.searches.inc({ surface: info.surface, outcome });
      throw error;
    }
  }
  return {
    start: (query, options) =>
      audited(() => deps.search.start(query, options), auditFilters(query)),
    more: (key, size) => audited(() => deps.search.more(key, size)),
  };
}
