import type {
  Channel,
  ContactInitiationMethod,
  SearchContactsRequest,
} from "@aws-sdk/client-connect";
import type { InstanceCursor } from "./search-cursor.js";
import type { SearchQuery } from "./search-query.js";

/** One SearchContacts request: the query's criteria, newest first, from the instance's place. */
export function searchContactsInput(
  query: SearchQuery,
  at: InstanceCursor,
  maxResults: number,
): SearchContactsRequest {
  return {
    InstanceId: at.instanceId,
    TimeRange: {
      Type: "INITIATION_TIMESTAMP",
      StartTime: new Date(query.startMs),
      EndTime: new Date(query.endMs),
    },
    SearchCriteria: {
      ...(at.queueIds && { QueueIds: at.queueIds }),
      ...(at.agentIds && { AgentIds: at.agentIds }),
      ...(query.channels.length > 0 && { Channels: query.channels as Channel[] }),
      ...(query.methods.length > 0 && {
        InitiationMethods: query.methods as ContactInitiationMethod[],
      }),
      ...(query.attributes.length > 0 && {
        SearchableContactAttributes: {
          Criteria: query.attributes.map((a) => ({ Key: a.key, Values: [a.value] })),
          MatchType: "MATCH_ALL",
        },
      }),
    },
    // Sent explicitly: the list reads newest first, and Connect's default order is not documented.
    Sort: { FieldName: "INITIATION_TIMESTAMP", Order: "DESCENDING" },
    MaxResults: maxResults,
    NextToken: at.next,
  };
}
