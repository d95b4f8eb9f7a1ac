import type { Queue } from "@aws-sdk/client-connect";
import { toAwsWire } from "./aws-wire.js";
import { type Body, invalid, list, page } from "./connect-paging.js";
import type { SearchData } from "./connect-search.js";
import type { ConnectAnswer } from "./connect-store.js";

/** Queues put without a type are standard ones, as most are. */
const queueType = (q: Queue) => (q as { QueueType?: string }).QueueType ?? "STANDARD";

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
