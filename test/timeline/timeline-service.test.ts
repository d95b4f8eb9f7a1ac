import { describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import type { LookupResult } from "../../src/connect/contact-lookup.js";
import type { ChainLeg, ContactRecord } from "../../src/domain/contact-record.js";
import { createTimelineService } from "../../src/timeline/timeline-service.js";
import { at, CHAIN, chainOf, IN_PROGRESS, recordOf } from "../fixtures/contacts.js";

const lookup = async (): Promise<LookupResult> => {
  throw new Error("the chain is given");
};

function setup(
  legs: ChainLeg[],
  rasterize = async (svg: string) => Buffer.from(svg.slice(0, 20)),
  maxBytes?: number,
) {
  const drawn: string[] = [];
  const walks: number[] = [];
  const outcomes: string[] = [];
  const service = createTimelineService({
    contacts: {
      chain: async () => {
        walks.push(1);
        return legs;
      },
    },
    cache: createMemoryCache(),
    rasterize: async (svg) => {
      drawn.push(svg);
      return rasterize(svg);
    },
    ttlSeconds: 60,
    ...(maxBytes ? { maxBytes } : {}),
    marks: async () => ({
      [CHAIN[0].Id!]: [{ kind: "flow_error", at: at(10).getTime(), label: "Lambda failed" }],
    }),
    onRender: (outcome) => outcomes.push(outcome),
    now: () => at(3600).getTime(),
  });
  return { service, drawn, walks, outcomes };
}

const last: ContactRecord = chainOf(CHAIN)[2]!.record!;

describe("timeline service", () => {
  it("draws an ended chain once per zone, then serves it from the cache without walking the chain", async () => {
    const { service, drawn, walks } = setup(chainOf(CHAIN));
    const first = await service.picture(last, lookup, "UTC");
    expect(first).toMatchObject({ cached: false });
    expect(first.timeline.lanes.map((l) => l.current)).toEqual([false, false, true]);
    expect(first.timeline.lanes[0]?.marks.map((m) => m.kind)).toContain("flow_error");
    const again = await service.picture(last, lookup, "UTC");
    expect(again.cached).toBe(true);
    expect(again.png?.equals(first.png!)).toBe(true);
    expect(again.timeline).toEqual(first.timeline);
    expect(drawn).toHaveLength(1);
    expect(walks).toHaveLength(1);
    await service.picture(last, lookup, "Asia/Tokyo");
    expect(drawn).toHaveLength(2);
  });

  it("draws an ongoing contact on every request and remembers no file for it", async () => {
    const open = [{ contactId: IN_PROGRESS.Id!, record: recordOf(IN_PROGRESS) }];
    const { service, drawn } = setup(open);
    const first = await service.picture(open[0]!.record, lookup, "UTC");
    await service.picture(open[0]!.record, lookup, "UTC");
    expect(drawn).toHaveLength(2);
    await service.rememberFile(first, "dm:U1", { id: "F1" });
    expect(await service.fileIn(first, "dm:U1")).toBeUndefined();
  });

  it("draws again a chain with a leg that could not be read this time", async () => {
    const { service, drawn } = setup([...chainOf(CHAIN), { contactId: "gone", missing: "error" }]);
    const picture = await service.picture(last, lookup, "UTC");
    await service.picture(last, lookup, "UTC");
    expect(drawn).toHaveLength(2);
    await service.rememberFile(picture, "dm:U1", { id: "F1" });
    expect(await service.fileIn(picture, "dm:U1")).toBeUndefined();
  });

  it("remembers an ended chain's upload per place", async () => {
    const { service } = setup(chainOf(CHAIN));
    const picture = await service.picture(last, lookup, "UTC");
    await service.rememberFile(picture, "dm:U1", { id: "F1", permalink: "https://x/F1" });
    expect(await service.fileIn(picture, "dm:U1")).toEqual({ id: "F1", permalink: "https://x/F1" });
    expect(await service.fileIn(picture, "dm:U2")).toBeUndefined();
    expect(await service.fileIn(picture, "C1:1.2")).toBeUndefined();
  });

  it("gives the timeline without a PNG when drawing fails, and caches nothing", async () => {
    const { service, outcomes, drawn } = setup(chainOf(CHAIN), async () => {
      throw new Error("resvg");
    });
    const picture = await service.picture(last, lookup, "UTC");
    expect(picture.png).toBeUndefined();
    expect(picture.timeline.lanes).toHaveLength(3);
    await service.picture(last, lookup, "UTC");
    expect(drawn).toHaveLength(2);
    expect(outcomes).toEqual(["error", "error"]);
  });

  it("keeps pictures within its byte budget, the oldest going first", async () => {
    const { service, drawn } = setup(chainOf(CHAIN), async () => Buffer.alloc(6000), 12_000);
    await service.picture(last, lookup, "UTC");
    await service.picture(last, lookup, "Asia/Tokyo");
    await service.picture(last, lookup, "UTC");
    expect(drawn).toHaveLength(3);
    await service.picture(last, lookup, "UTC");
    expect(drawn).toHaveLength(3);
  });

  it("draws concurrent requests for one picture once", async () => {
    const { service, drawn } = setup(chainOf(CHAIN));
    await Promise.all([1, 2, 3].map(() => service.picture(last, lookup, "UTC")));
    expect(drawn).toHaveLength(1);
  });
});
