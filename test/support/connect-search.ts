import type { Contact, Queue, User } from "@aws-sdk/client-connect";
import { toAwsWire } from "./aws-wire.js";
import { type Body, invalid, list, page } from "./connect-paging.js";
import type { ConnectAnswer } from "./connect-store.js";
import {
  type TranscriptTurn,
  transcriptMatches,
  transcriptProblem,
} from "./connect-transcripts.js";

/**
 * SearchContacts over the emulator's data, shaped like the SDK model (@aws-sdk/client-connect
 * dist-types/models: SearchContactsRequest, ContactSearchSummary, ...), and what the name searches
 * (connect-name-search.ts) read. Requests arrive as rest-json: POST bodies with epoch-second times.
 */
export interface SearchData {
  contacts(instanceId: string): Contact[];
  queues(instanceId: string): Queue[];
  users(instanceId: string): User[];
  attributes(instanceId: string, initialContactId: string): Record<string, string> | undefined;
  searchableKeys(instanceId: string): ReadonlySet<string>;
  /** The contact's Contact Lens transcript, for SearchCriteria.ContactAnalysis. */
  transcript(instanceId: string, contactId: string): readonly TranscriptTurn[];
}

const EIGHT_WEEKS_S = 8 * 7 * 86_400;

const TIME_FIELDS: Record<string, (c: Contact) => Date | undefined> = {
  INITIATION_TIMESTAMP: (c) => c.InitiationTimestamp,
  SCHEDULED_TIMESTAMP: (c) => c.ScheduledTimestamp,
  CONNECTED_TO_AGENT_TIMESTAMP: (c) => c.AgentInfo?.ConnectedToAgentTimestamp,
  DISCONNECT_TIMESTAMP: (c) => c.DisconnectTimestamp,
  ENQUEUE_TIMESTAMP: (c) => c.QueueInfo?.EnqueueTimestamp,
};

const SORT_FIELDS: Record<string, (c: Contact) => number | string> = {
  INITIATION_TIMESTAMP: (c) => c.InitiationTimestamp?.getTime() ?? 0,
  SCHEDULED_TIMESTAMP: (c) => c.ScheduledTimestamp?.getTime() ?? 0,
  CONNECTED_TO_AGENT_TIMESTAMP: (c) => c.AgentInfo?.ConnectedToAgentTimestamp?.getTime() ?? 0,
  DISCONNECT_TIMESTAMP: (c) => c.DisconnectTimestamp?.getTime() ?? 0,
  INITIATION_METHOD: (c) => c.InitiationMethod ?? "",
  CHANNEL: (c) => c.Channel ?? "",
};

function summary(c: Contact) {
  return {
    Arn: c.Arn,
    Id: c.Id,
    InitialContactId: c.InitialContactId,
    PreviousContactId: c.PreviousContactId,
    InitiationMethod: c.InitiationMethod,
    Channel: c.Channel,
    QueueInfo: c.QueueInfo && {
      Id: c.QueueInfo.Id,
      EnqueueTimestamp: c.QueueInfo.EnqueueTimestamp,
    },
    AgentInfo: c.AgentInfo && {
      Id: c.AgentInfo.Id,
      ConnectedToAgentTimestamp: c.AgentInfo.ConnectedToAgentTimestamp,
    },
    InitiationTimestamp: c.InitiationTimestamp,
    DisconnectTimestamp: c.DisconnectTimestamp,
    ScheduledTimestamp: c.ScheduledTimestamp,
    Name: c.Name,
    Tags: c.Tags,
  };
}

export function searchContacts(data: SearchData, instanceId: string, body: Body): ConnectAnswer {
  const range = body.TimeRange as
    | { Type?: string; StartTime?: number; EndTime?: number }
    | undefined;
  const timeOf = TIME_FIELDS[range?.Type ?? ""];
  if (
    !range ||
    !timeOf ||
    typeof range.StartTime !== "number" ||
    typeof range.EndTime !== "number"
  ) {
    return invalid("TimeRange with Type, StartTime and EndTime is required");
  }
  if (range.EndTime < range.StartTime) return invalid("EndTime is before StartTime");
  if (range.EndTime - range.StartTime > EIGHT_WEEKS_S) return invalid("TimeRange exceeds 8 weeks");
  const criteria = (body.SearchCriteria ?? {}) as Body;
  const attrs = criteria.SearchableContactAttributes as
    | { Criteria?: { Key: string; Values: string[] }[]; MatchType?: string }
    | undefined;
  const searchable = data.searchableKeys(instanceId);
  const refused = attrs?.Criteria?.find((c) => !searchable.has(c.Key));
  if (refused) return invalid(`The key ${refused.Key} is not a searchable contact attribute`);
  const transcript = (criteria.ContactAnalysis as Body | undefined)?.Transcript;
  const problem = transcript === undefined ? undefined : transcriptProblem(transcript);
  if (problem) return invalid(problem);
  const inList = (wanted: unknown[] | undefined, value: unknown) =>
    !wanted || wanted.includes(value);
  const matches = data.contacts(instanceId).filter((c) => {
    const at = timeOf(c)?.getTime();
    if (at === undefined || at < range.StartTime! * 1000 || at > range.EndTime! * 1000)
      return false;
    if (!inList(list(criteria.QueueIds), c.QueueInfo?.Id)) return false;
    if (!inList(list(criteria.AgentIds), c.AgentInfo?.Id)) return false;
    if (!inList(list(criteria.Channels), c.Channel)) return false;
    if (!inList(list(criteria.InitiationMethods), c.InitiationMethod)) return false;
    const turns = data.transcript(instanceId, c.Id ?? "");
    if (transcript !== undefined && !transcriptMatches(transcript, turns)) return false;
    if (!attrs?.Criteria) return true;
    const own = data.attributes(instanceId, c.InitialContactId ?? c.Id ?? "") ?? {};
    const hit = (k: { Key: string; Values: string[] }) => k.Values.includes(own[k.Key] ?? "\u0000");
    return attrs.MatchType === "MATCH_ANY" ? attrs.Criteria.some(hit) : attrs.Criteria.every(hit);
  });
  // Without Sort, the emulator answers oldest first, so a bot that forgot to send it shows.
  const sort = (body.Sort ?? { FieldName: "INITIATION_TIMESTAMP", Order: "ASCENDING" }) as Body;
  const key = SORT_FIELDS[String(sort.FieldName)];
  if (!key || !["ASCENDING", "DESCENDING"].includes(String(sort.Order))) return invalid("Bad Sort");
  const sign = sort.Order === "DESCENDING" ? -1 : 1;
  matches.sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
  const scope = JSON.stringify([instanceId, range, criteria, sort]).length.toString(36);
  const max = body.MaxResults ?? 100;
  if (Number(max) > 100) return invalid("MaxResults must be at most 100");
  const p = page(matches, max, body.NextToken, `c${scope}`);
  if ("error" in p) return invalid(p.error ?? "");
  return {
    body: toAwsWire({
      Contacts: p.slice.map(summary),
      NextToken: p.next,
      TotalCount: matches.length,
    }),
  };
}
