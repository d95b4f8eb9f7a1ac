import { fileURLToPath } from "node:url";
import { check, type Diagnostics, type Parameters } from "recheck";
import { describe, expect, it } from "vitest";
import { collectRegexes } from "../support/regex-inventory.js";
import { unboundedLookbehinds } from "../support/regex-lookbehind.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const sites = collectRegexes(ROOT, ["src", "blocks"]);

/**
 * recheck decides by counting steps, not by the clock: its time limits are lifted so that a
 * loaded machine cannot turn a slow check into `unknown` or a slow match into `vulnerable`. It
 * runs its native binary (an npm package) when there is one for this platform, else Java or
 * its pure-JS build, all offline.
 */
const PARAMS: Parameters = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
};
/** The slowest pattern takes recheck's automaton ~5 s on a quiet machine. */
const CHECK_TIMEOUT_MS = 180_000;

function verdict(d: Diagnostics): string {
  if (d.status === "vulnerable") return `${d.complexity.summary}, e.g. ${d.attack.pattern}`;
  if (d.status === "unknown") return `unknown: ${JSON.stringify(d.error)}`;
  return d.status;
}

describe("every regex in src/ and blocks/ (issue 16: no text can block the event loop)", () => {
  it("is found by reading the sources, template-built and imported constants included", () => {
    const found = (where: string, source: string) =>
      sites.some((site) => site.where.startsWith(where) && site.source === source);
    expect(sites.length).toBeGreaterThan(60);
    expect(found("src/search/alarm-queue.ts", String.raw`\bQueueName"?\s*[:=](\s*)`)).toBe(true);
    expect(found("src/listeners/actions/index.ts", "^contact_section_")).toBe(true);
    expect(found("blocks/action-ids.ts", "^contact_related_(previous|initial|related)$")).toBe(
      true,
    );
    expect(sites.some((site) => site.where.startsWith("src/connect/contact-ref.ts:"))).toBe(true);
  });

  it.each(sites.map((site) => [site.where, site] as const))(
    "%s is built from constants only, so that it can be checked",
    (_where, site) => {
      expect(site.unresolved).toBeUndefined();
    },
  );

  it.each(sites.map((site) => [site.where, site] as const))(
    "%s looks behind over a bounded length only",
    (_where, site) => {
      expect(unboundedLookbehinds(site.source ?? "")).toEqual([]);
    },
  );

  it("reads look-behinds as V8 runs them", () => {
    expect(unboundedLookbehinds(String.raw`(?<!id\s*[:=])x`)).toEqual([String.raw`(?<!id\s*[:=])`]);
    expect(unboundedLookbehinds("(?<![0-9a-z]|[0-9a-f]-)(?<=a{1,}b)")).toEqual(["(?<=a{1,}b)"]);
    expect(unboundedLookbehinds(String.raw`(?<![*+]|\*|a{2,3})(?<name>x+)y*`)).toEqual([]);
  });

  it.concurrent.each(
    sites.filter((site) => site.source !== undefined).map((site) => [site.where, site] as const),
  )(
    "%s runs in linear time (recheck: safe)",
    async (_where, site) => {
      const diagnostics = await check(site.source ?? "", site.flags ?? "", PARAMS);
      expect(verdict(diagnostics), `/${site.source}/${site.flags}`).toBe("safe");
    },
    CHECK_TIMEOUT_MS,
  );
});
