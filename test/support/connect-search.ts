import type { Contact, Queue, User } from "@aws-sdk/client-connect";
import { toAwsWire } from "./aws-wire.js";
import type { ConnectAnswer } from "./connect-store.js";

/**
 * SearchContacts, SearchQueues / ListQueues and SearchUsers / ListUsers over the emulator's data,
 * shaped like the SDK model (@aws-sdk/client-connect dist-types/models: SearchContactsRequest,
 * ContactSearchSummary, ...). Requests arrive as rest-json: POST bodies with epoch-second times,
 * GET query strings (maxResults, nextToken, queueTypes).
 */
export interface SearchData {
  contacts(instanceId: string): Contact[];
  queues(instanceId: string): Queue[];
  users(instanceId: string): User[];
  attributes(instanceId: string, initialContactId: string): Record<string, string> | undefined;
  searchableKeys(instanceId: string): ReadonlySet<string>;
}

type Body = Record<string, unknown>;
const EIGHT_WEEKS_S = 8 * 7 * 86_400;

export function invalid(message: string): ConnectAnswer {
  return { fault: { status: 400, type: "InvalidParameterException", message } };
}

/** One page of `items`; NextToken is the offset, bound to the request it continues. */
function page<T>(items: T[], max: unknown, token: unknown, scope: string) {
  const size = max === undefined ? 100 : Number(max);
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    return { error: "MaxResults out of range" };
  let offset = 0;
  if (typeof token === "string" && token !== "") {
    const [tokenScope, at] = Buffer.from(token, "base64url").toString().split("|");
    if (tokenScope !== scope || !/^\d+$/.test(at ?? "")) return { error: "Invalid NextToken" };
    offset = Number(at);
  }
  const slice = items.slice(offset, offset + size);
  const next =
    offset + size < items.length
      ? Buffer.from(`${scope}|${offset + size}`).toString("base64url")
      : undefined;
  return { slice, next };
}

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

/** Queues put without a type are standard ones, as most are. */
const queueType = (q: Queue) => (q as { QueueType?: string }).QueueType ?? "STANDARD";

const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

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

interface StringCondition {
  FieldName?: string;
  Value?: string;
  ComparisonType?: string;
}

function stringMatch(
  condition: StringCondition | undefined,
  fields: Record<string, string | undefined>,
) {
  if (!condition) return true;
  const value = fields[(condition.FieldName ?? "").toLowerCase()]?.toLowerCase() ?? "";
  const wanted = (condition.Value ?? "").toLowerCase();
  if (condition.ComparisonType === "EXACT") return value === wanted;
  if (condition.ComparisonType === "STARTS_WITH") return value.startsWith(wanted);
  return value.includes(wanted);
}

export function searchNames(
  operation: "SearchQueues" | "SearchUsers" | "ListQueues" | "ListUsers",
  data: SearchData,
  instanceId: string,
  input: Body,
): ConnectAnswer {
  const condition = (input.SearchCriteria as { StringCondition?: StringCondition } | undefined)
    ?.StringCondition;
  if (condition && (condition.Value ?? "").length < 2) {
    return invalid("StringCondition Value must have at least 2 characters");
  }
  const queues = data.queues(instanceId).filter((q) => {
    const type = (input.SearchCriteria as { QueueTypeCondition?: string } | undefined)
      ?.QueueTypeCondition;
    const wantedTypes = list(input.queueTypes) ?? (type ? [type] : undefined);
    return !wantedTypes || wantedTypes.includes(queueType(q));
  });
  const users = data.users(instanceId);
  const max = input.MaxResults ?? input.maxResults;
  const token = input.NextToken ?? input.nextToken;
  if (operation === "ListQueues" || operation === "SearchQueues") {
    const found = queues.filter((q) => stringMatch(condition, { name: q.Name }));
    const p = page(found, max, token, operation);
    if ("error" in p) return invalid(p.error ?? "");
    if (operation === "SearchQueues") {
      return {
        body: toAwsWire({
          Queues: p.slice,
          NextToken: p.next,
          ApproximateTotalCount: found.length,
        }),
      };
    }
    const list = p.slice.map((q) => ({
      Id: q.QueueId,
      Arn: q.QueueArn,
      Name: q.Name,
      QueueType: queueType(q),
    }));
    return { body: toAwsWire({ QueueSummaryList: list, NextToken: p.next }) };
  }
  const found = users.filter((u) =>
    stringMatch(condition, {
      username: u.Username,
      firstname: u.IdentityInfo?.FirstName,
      lastname: u.IdentityInfo?.LastName,
    }),
  );
  const p = page(found, max, token, operation);
  if ("error" in p) return invalid(p.error ?? "");
  if (operation === "SearchUsers") {
    const summaries = p.slice.map((u) => ({
      Id: u.Id,
      Arn: u.Arn,
      Username: u.Username,
      IdentityInfo: u.IdentityInfo && {
        FirstName: u.IdentityInfo.FirstName,
        LastName: u.IdentityInfo.LastName,
      },
      RoutingProfileId: u.RoutingProfileId,
      HierarchyGroupId: u.HierarchyGroupId,
    }));
    return {
      body: toAwsWire({ Users: summaries, NextToken: p.next, ApproximateTotalCount: found.length }),
    };
  }
  const summaries = p.slice.map((u) => ({ Id: u.Id, Arn: u.Arn, Username: u.Username }));
  return { body: toAwsWire({ UserSummaryList: summaries, NextToken: p.next }) };
}
