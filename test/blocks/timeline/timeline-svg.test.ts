import type { Contact } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { PLOT_X0, PLOT_X1, scaleOf } from "../../../blocks/timeline/timeline-layout.js";
import { renderTimelineSvg } from "../../../blocks/timeline/timeline-svg.js";
import { buildTimeline } from "../../../src/domain/timeline/build-timeline.js";
import {
  ABANDONED_IN_QUEUE,
  at,
  CHAIN,
  CONTACT_IDS,
  chainOf,
  IN_PROGRESS,
  recordOf,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";
import { count, heightOf, NOW, segmentsOf, svgOf, textsOf } from "./svg-inspect.js";

const call = (id: string, start: number, fields: Partial<Contact> = {}): Contact => ({
  Id: id,
  Channel: "VOICE",
  InitiationMethod: "TRANSFER",
  InitiationTimestamp: at(start),
  QueueInfo: { Id: "q", EnqueueTimestamp: at(start + 10) },
  AgentInfo: { Id: "a", ConnectedToAgentTimestamp: at(start + 40) },
  DisconnectTimestamp: at(start + 100),
  ...fields,
});
const uuid = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;

describe("timeline SVG", () => {
  it("draws one lane per leg, oldest first, with hand-offs between the transfer legs", () => {
    const svg = svgOf(chainOf(CHAIN), { currentId: CONTACT_IDS.chainLast });
    const lanes = [...svg.matchAll(/<g class="lane" data-contact="([^"]+)"/g)].map((m) => m[1]);
    expect(lanes).toEqual(CHAIN.map((c) => c.Id));
    expect(count(svg, /class="handoff"/)).toBe(2);
    expect(textsOf(svg)).toEqual(
      expect.arrayContaining(["1. Voice · Inbound", "3. Voice · Transfer", "◀ this contact"]),
    );
    expect(count(svg, /class="current"/)).toBe(1);
  });

  it("puts segment boundaries at the x of their timestamps, with names and durations on them", () => {
    const svg = svgOf(chainOf(CHAIN));
    // The chain spans 0–1500 s.
    const x = scaleOf({ start: at(0).getTime(), end: at(1500).getTime() });
    const first = segmentsOf(svg).filter((s) => s.lane === 0);
    expect(first.map((s) => s.kind)).toEqual(["flow", "queue", "agent"]);
    const edges = [0, 20, 60, 300].map((t) => x(at(t).getTime()));
    first.forEach((segment, i) => {
      expect(segment.x).toBeCloseTo(edges[i]!, 0);
      expect(segment.x + segment.width).toBeCloseTo(edges[i + 1]!, 0);
    });
    expect(edges[0]).toBe(PLOT_X0);
    const last = segmentsOf(svg)
      .filter((s) => s.lane === 2)
      .at(-1)!;
    expect(last.x + last.width).toBeCloseTo(PLOT_X1, 0);
    expect(textsOf(svg)).toEqual(
      expect.arrayContaining(["Bob Smith · 4m 00s", "Ahmed Khan · 12m 20s"]),
    );
  });

  it("ends an abandoned wait in its own kind with a mark, and draws an ongoing leg up to now", () => {
    const svg = svgOf([
      { contactId: ABANDONED_IN_QUEUE.Id!, record: recordOf(ABANDONED_IN_QUEUE) },
      { contactId: IN_PROGRESS.Id!, record: recordOf(IN_PROGRESS) },
    ]);
    const kinds = segmentsOf(svg).map((s) => `${s.lane}:${s.kind}`);
    expect(kinds).toEqual(["0:flow", "0:abandoned", "1:flow", "1:agent"]);
    expect(count(svg, /class="mark abandoned"/)).toBe(1);
    expect(count(svg, /class="ongoing"/)).toBe(1);
    const ongoing = segmentsOf(svg).at(-1)!;
    expect(ongoing.x + ongoing.width).toBeCloseTo(PLOT_X1, 0);
    expect(textsOf(svg).join(" ")).toMatch(/so far · ongoing/);
    expect(textsOf(svg)).toEqual(
      expect.arrayContaining(["Abandoned in queue", "Ongoing (up to now)"]),
    );
  });

  it("marks expired routing steps and failed flow blocks where they happened, in the legend too", () => {
    const timeline = buildTimeline(chainOf([VOICE_INBOUND]), {
      now: NOW,
      zone: "UTC",
      marks: {
        [VOICE_INBOUND.Id!]: [{ kind: "flow_error", at: at(15).getTime(), label: "Lambda failed" }],
      },
    });
    const svg = renderTimelineSvg(timeline);
    const x = scaleOf(timeline);
    const expired = /<g class="mark expired_step" data-x="([\d.]+)"/.exec(svg);
    expect(Number(expired?.[1])).toBeCloseTo(x(at(90).getTime()), 0);
    const failed = /<g class="mark flow_error" data-x="([\d.]+)"/.exec(svg);
    expect(Number(failed?.[1])).toBeCloseTo(x(at(15).getTime()), 0);
    expect(textsOf(svg)).toEqual(
      expect.arrayContaining(["Routing step expired", "Flow block failed", "After-contact work"]),
    );
  });

  it("grows with the legs: a 1-leg and a 6-leg chain", () => {
    const one = svgOf([{ contactId: uuid(1), record: recordOf(call(uuid(1), 0)) }]);
    const six = svgOf(
      Array.from({ length: 6 }, (_, i) => ({
        contactId: uuid(i),
        record: recordOf(call(uuid(i), i * 100, i ? { PreviousContactId: uuid(i - 1) } : {})),
      })),
    );
    expect(count(one, /<g class="lane"/)).toBe(1);
    expect(count(six, /<g class="lane"/)).toBe(6);
    expect(count(six, /class="handoff"/)).toBe(5);
    expect(heightOf(six) - heightOf(one)).toBe(5 * 66);
    expect(count(one, /class="handoff"/)).toBe(0);
  });

  it("names the days of a contact spanning midnight, in the viewer's zone", () => {
    const late = call(uuid(1), 0, {
      InitiationTimestamp: new Date("2024-05-01T23:50:00Z"),
      QueueInfo: { EnqueueTimestamp: new Date("2024-05-01T23:55:00Z") },
      AgentInfo: { ConnectedToAgentTimestamp: new Date("2024-05-02T00:05:00Z") },
      DisconnectTimestamp: new Date("2024-05-02T00:20:00Z"),
    });
    const utc = textsOf(svgOf([{ contactId: uuid(1), record: recordOf(late) }]));
    expect(utc).toEqual(expect.arrayContaining(["Wed 1 May", "Thu 2 May", "00:00", "23:50"]));
    const tokyo = textsOf(
      svgOf([{ contactId: uuid(1), record: recordOf(late) }], { zone: "Asia/Tokyo" }),
    );
    expect(tokyo).toEqual(expect.arrayContaining(["Thu 2 May", "09:00"]));
    expect(tokyo.join(" ")).toContain("times in Asia/Tokyo (UTC+9)");
  });

  it("scales to a 6-hour contact with round hourly ticks inside the plot", () => {
    const long = call(uuid(1), 0, { DisconnectTimestamp: at(6 * 3600) });
    const svg = svgOf([{ contactId: uuid(1), record: recordOf(long) }]);
    const labels = [...svg.matchAll(/class="tick-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]);
    expect(textsOf(svg).join(" ")).toContain("5h 59m");
  });

  it("escapes, cleans and cuts hostile names, and draws unreadable legs as such", () => {
    const hostile = `<script>alert("x")</script> & '\u0000\u202E\uD800 ${"long ".repeat(2000)}`;
    const legs = [
      {
        contactId: uuid(1),
        record: recordOf(call(uuid(1), 0), { queueName: hostile, agent: { name: hostile } }),
      },
      { contactId: uuid(2), missing: "not_found" as const },
    ];
    const svg = svgOf(legs);
    expect(svg).not.toContain("<script");
    for (const char of ["\u0000", "\u202E", "\uD800"]) expect(svg).not.toContain(char);
    expect(svg).toContain("&lt;script&gt;");
    expect(svg.length).toBeLessThan(30_000);
    const cut = textsOf(svg).filter((t) => t.includes("&lt;script"));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut) expect(text).toMatch(/…/);
    expect(textsOf(svg).join(" ")).toMatch(/not found/);
    expect(count(svg, /class="handoff"/)).toBe(0);
  });
});
