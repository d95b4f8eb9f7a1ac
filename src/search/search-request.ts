import type {
  Channel,
  ContactInitiationMethod,
  SearchContactsRequest,
} from "@aws-sdk/client-connect";
import type { InstanceCursor } from "./search-cursor.js";
import type { SearchQuery } from "./search-query.js";
import { transcriptCriteria } from "./transcript-criteria.js";

/** One SearchContacts request: the query's criteria, newest first, from the instance's place. */
export function searchContactsInput(
  query: SearchQuery,
  at: InstanceCursor,
  maxResults: number,
): SearchContactsRequest {
  // The caller's number is one more searchable attribute (SEARCH_PHONE_ATTRIBUTE).
  const attributes = [
    ...query.attributes.map((a) => ({ Key: a.key, Values: [a.value] })),
    ...(query.phone ? [{ Key: query.phone.key, Values: [query.phone.number] }] : []),
  ];
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
      ...(attributes.length > 0 && {
        SearchableContactAttributes: { Criteria: attributes, MatchType: "MATCH_ALL" },
      }),
      ...(query.said && { ContactAnalysis: { Transcript: transcriptCriteria(query.said) } }),
    },
    // Sent explicitly: the list reads newest first, and Connect's default order is not documented.
    Sort: { FieldName: "INITIATION_TIMESTAMP", Order: "DESCENDING" },
    MaxResults: maxResults,
    NextToken: at.next,
  };
}
