import { InvalidSearchError } from "../../request-errors.js";
import { checkRange, readTime } from "../parse-time.js";
import type { SearchFilter } from "../search-filter.js";
import { DEFAULT_LAST_SECONDS } from "../search-query.js";
import { sentence } from "./sentence.js";
import { TIME_PRESETS, timeWords } from "./time-words.js";

const UNITS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

/** The window every search has: `last:` back from now, or `since:`/`until:` (an hour by default). */
export const timeFilter: SearchFilter = {
  name: "time",
  window: true,
  command: {
    keys: ["last", "since", "until"],
    reader(ctx) {
      let last: { token: string; seconds: number } | undefined;
      const at: { since?: { token: string; ms: number }; until?: { token: string; ms: number } } =
        {};
      return {
        key: (key, value, token) => {
          if (key !== "last") {
            at[key as "since" | "until"] = { token, ms: readTime(token, value, ctx) };
            return;
          }
          const m = /^(\d{1,5})([mhdw])$/i.exec(value);
          if (!m) throw new InvalidSearchError(token, "use last:30m, last:2h or last:1d");
          last = { token, seconds: Number(m[1]) * UNITS[m[2]!.toLowerCase()]! };
        },
        finish: (query) => {
          const { since, until } = at;
          if (last && (since || until)) {
            throw new InvalidSearchError(last.token, "use last: or since:/until:, not both");
          }
          const { nowMs } = ctx;
          if (since || until) {
            const endMs = until?.ms ?? nowMs;
            const startMs = since?.ms ?? endMs - DEFAULT_LAST_SECONDS * 1000;
            checkRange((until ?? since)!.token, startMs, endMs, nowMs);
            Object.assign(query, { startMs, endMs, time: { since: since?.ms, until: until?.ms } });
            return;
          }
          const seconds = last?.seconds ?? DEFAULT_LAST_SECONDS;
          checkRange(last?.token ?? "last:1h", nowMs - seconds * 1000, nowMs, nowMs);
          Object.assign(query, {
            startMs: nowMs - seconds * 1000,
            endMs: nowMs,
            time: { last: seconds },
          });
        },
      };
    },
  },
  form: {
    position: 70,
    blocks: [
      {
        id: "time",
        label: "When",
        input: { type: "static_select", initial: "3600", options: TIME_PRESETS },
      },
      {
        id: "since",
        label: "Start",
        hint: "For a start and end: pick both, at most 8 weeks apart.",
        input: { type: "datetimepicker" },
      },
      { id: "until", label: "End", input: { type: "datetimepicker" } },
    ],
    read: (values, { nowMs }) => {
      const preset = typeof values.time === "string" ? values.time : undefined;
      const sinceSeconds = typeof values.since === "number" ? values.since : undefined;
      const untilSeconds = typeof values.until === "number" ? values.until : undefined;
      if (!(preset === "custom" || (preset === undefined && sinceSeconds))) {
        const seconds = Number(preset ?? DEFAULT_LAST_SECONDS);
        if (!Number.isFinite(seconds) || seconds <= 0) return { errors: { time: "Pick a time." } };
        return { startMs: nowMs - seconds * 1000, endMs: nowMs, time: { last: seconds } };
      }
      if (sinceSeconds === undefined) return { errors: { since: "Pick when to start." } };
      const startMs = sinceSeconds * 1000;
      const endMs = untilSeconds === undefined ? nowMs : untilSeconds * 1000;
      try {
        checkRange("", startMs, endMs, nowMs);
      } catch (error) {
        const reason =
          error instanceof InvalidSearchError ? error.reason : "that range does not work";
        return { errors: { [endMs <= startMs ? "until" : "since"]: sentence(reason) } };
      }
      return {
        startMs,
        endMs,
        time: { since: startMs, until: untilSeconds === undefined ? undefined : endMs },
      };
    },
  },
  request: (query) => ({
    TimeRange: {
      Type: "INITIATION_TIMESTAMP",
      StartTime: new Date(query.startMs),
      EndTime: new Date(query.endMs),
    },
  }),
  words: { slot: "span", rank: 10, say: (d, style) => [timeWords(d.time, style)] },
  audit: (query) => [
    `range:${new Date(query.startMs).toISOString()}/${new Date(query.endMs).toISOString()}`,
  ],
  help: {
    text: "`last:30m`, `last:2h`, `last:1d` (default `last:1h`) or `since:09:00 until:10:30` (your time zone) or `since:2024-05-01T09:00`; at most 8 weeks, 2 years back",
  },
};
