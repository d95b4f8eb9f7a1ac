/**
 * The rest-json routes of the Connect operations the bot uses, copied from the SDK's own
 * operation schemas (@aws-sdk/client-connect dist-es/schemas/schemas_0.js, `[_h]: ["GET", ...]`).
 * Note the singular `/contact/attributes/...` and `/instance/...` next to plural `/contacts/...`.
 */
const ROUTES = {
  SearchContacts: "POST /search-contacts",
  SearchQueues: "POST /search-queues",
  SearchUsers: "POST /search-users",
  ListQueues: "/queues-summary/{InstanceId}",
  ListUsers: "/users-summary/{InstanceId}",
  DescribeContact: "/contacts/{InstanceId}/{ContactId}",
  DescribeQueue: "/queues/{InstanceId}/{QueueId}",
  DescribeUser: "/users/{InstanceId}/{UserId}",
  DescribeRoutingProfile: "/routing-profiles/{InstanceId}/{RoutingProfileId}",
  DescribeUserHierarchyGroup: "/user-hierarchy-groups/{InstanceId}/{HierarchyGroupId}",
  DescribeInstance: "/instance/{InstanceId}",
  DescribeContactFlow: "/contact-flows/{InstanceId}/{ContactFlowId}",
  GetContactAttributes: "/contact/attributes/{InstanceId}/{InitialContactId}",
  ListContactEvaluations: "/contact-evaluations/{InstanceId}",
  DescribeContactEvaluation: "/contact-evaluations/{InstanceId}/{EvaluationId}",
  ListInstanceStorageConfigs: "/instance/{InstanceId}/storage-configs",
  ListRealtimeContactAnalysisSegmentsV2:
    "POST /contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}",
} as const;

export type ConnectOperation = keyof typeof ROUTES;

export interface ConnectRouteMatch {
  operation: ConnectOperation;
  params: Record<string, string>;
}

function segments(path: string): string[] {
  return path.split("/").filter((part) => part !== "");
}

/** Routes are GETs unless their template names the method ("POST /search-contacts"). */
export function matchConnectRoute(method: string, pathname: string): ConnectRouteMatch | undefined {
  const actual = segments(pathname);
  for (const [operation, route] of Object.entries(ROUTES) as [ConnectOperation, string][]) {
    const [verb, template] = route.includes(" ") ? route.split(" ") : ["GET", route];
    if (verb !== method) continue;
    const expected = segments(template!);
    if (expected.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((part, i) => {
      const label = /^\{(\w+)\}$/.exec(part)?.[1];
      if (label) params[label] = decodeURIComponent(actual[i]!);
      return label !== undefined || part === actual[i];
    });
    if (matches) return { operation, params };
  }
  return undefined;
}
