import type { Contact } from "../connect-model.js";
import type { ChainLeg, ContactRecord } from "../contact-record.js";
import { channelWords, initiationWords } from "../labels.js";
import { listOf } from "../shape.js";
import { toDate } from "../to-date.js";
import type {
  SegmentKind,
  Timeline,
  TimelineLane,
  TimelineMark,
  TimelineOptions,
  TimelineSegment,
} from "./timeline.js";

const ms = (value: unknown): number | undefined => toDate(value)?.getTime();

const plain = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

function queueLabel(record: ContactRecord): string | undefined {
  const id = plain(record.contact.QueueInfo?.Id);
  return plain(record.queueName) ?? (id && `queue ${id.slice(0, 8)}`);
}

function agentLabel(record: ContactRecord): string | undefined {
  const id = plain(record.contact.AgentInfo?.Id);
  return (
    plain(record.agent?.name) ?? plain(record.agent?.username) ?? (id && `agent ${id.slice(0, 8)}`)
  );
}

function segmentsOf(record: ContactRecord, end: number): TimelineSegment[] {
  const { contact } = record;
  const initiated = ms(contact.InitiationTimestamp);
  const scheduled = ms(contact.ScheduledTimestamp);
  const enqueued = ms(contact.QueueInfo?.EnqueueTimestamp);
  const answered = ms(contact.AgentInfo?.ConnectedToAgentTimestamp);
  const disconnected = ms(contact.DisconnectTimestamp);
  const segments: TimelineSegment[] = [];
  const add = (
    kind: SegmentKind,
    from: number | undefined,
    to: number | undefined,
    name?: string,
  ) => {
    if (from !== undefined && to !== undefined && to > from)
      segments.push({ kind, start: from, end: to, ...(name ? { name } : {}) });
  };
  // A scheduled task or callback waits until its time before the flow runs it.
  const flowFrom =
    scheduled !== undefined && initiated !== undefined && scheduled > initiated
      ? scheduled
      : initiated;
  add("scheduled", initiated, flowFrom);
  add("flow", flowFrom, enqueued ?? answered ?? end);
  const abandoned = disconnected !== undefined && answered === undefined;
  add(abandoned ? "abandoned" : "queue", enqueued, answered ?? end, queueLabel(record));
  add("agent", answered, end, agentLabel(record));
  const agent = contact.AgentInfo;
  const acwStart = ms(agent?.AfterContactWorkStartTimestamp);
  const acwSeconds = agent?.AfterContactWorkDuration;
  const acwEnd =
    ms(agent?.AfterContactWorkEndTimestamp) ??
    (acwStart !== undefined && typeof acwSeconds === "number"
      ? acwStart + acwSeconds * 1000
      : undefined);
  add("acw", acwStart, acwEnd, "ACW");
  return segments;
}

/** Expired routing steps, from the record's routing criteria. */
export function expiredSteps(contact: Contact): TimelineMark[] {
  return listOf(contact.RoutingCriteria?.Steps).flatMap((step, index) => {
    const at = ms(step.Expiry?.ExpiryTimestamp);
    return step.Status === "EXPIRED" && at !== undefined
      ? [{ kind: "expired_step" as const, at, label: `step ${index + 1} expired` }]
      : [];
  });
}

function laneOf(
  leg: ChainLeg,
  previous: ChainLeg | undefined,
  options: TimelineOptions,
): TimelineLane {
  const contactId = leg.contactId;
  const base = {
    contactId,
    current: contactId === options.currentId?.toLowerCase(),
    marks: [] as TimelineMark[],
  };
  const record = leg.record;
  if (!record) {
    return {
      ...base,
      title: "Not readable",
      segments: [],
      ongoing: false,
      missing: leg.missing ?? "error",
      handedOver: false,
    };
  }
  const { contact } = record;
  const method = initiationWords(contact.InitiationMethod);
  const disconnected = ms(contact.DisconnectTimestamp);
  const ongoing = disconnected === undefined;
  const end = disconnected ?? options.now;
  const segments = segmentsOf(record, end);
  const scheduled = ms(contact.ScheduledTimestamp);
  const marks = [
    ...expiredSteps(contact),
    ...(scheduled !== undefined
      ? [{ kind: "scheduled" as const, at: scheduled, label: "scheduled" }]
      : []),
    ...listOf(options.marks?.[contactId]),
  ].sort((a, b) => a.at - b.at);
  const times = [
    ...segments.flatMap((s) => [s.start, s.end]),
    ...marks.map((m) => m.at),
    ms(contact.InitiationTimestamp),
  ];
  const known = times.filter((t): t is number => t !== undefined);
  return {
    ...base,
    title: method ? `${channelWords(contact.Channel)} · ${method}` : channelWords(contact.Channel),
    segments,
    marks,
    ongoing,
    handedOver:
      Boolean(previous?.record) && contact.PreviousContactId?.toLowerCase() === previous?.contactId,
    ...(known.length > 0 ? { start: Math.min(...known), end: Math.max(...known) } : {}),
  };
}

/** The chain's legs (oldest first) as lanes on one time axis; cycle markers are left out. */
export function buildTimeline(legs: readonly ChainLeg[], options: TimelineOptions): Timeline {
  const shown = legs.filter((leg) => leg.missing !== "cycle");
  const lanes = shown.map((leg, i) => laneOf(leg, shown[i - 1], options));
  const starts = lanes.flatMap((l) => (l.start === undefined ? [] : [l.start]));
  const ends = lanes.flatMap((l) => (l.end === undefined ? [] : [l.end]));
  const start = starts.length > 0 ? Math.min(...starts) : options.now;
  const end = Math.max(ends.length > 0 ? Math.max(...ends) : start, start + 1000);
  return { lanes, zone: options.zone, start, end, ongoing: lanes.some((l) => l.ongoing) };
}
