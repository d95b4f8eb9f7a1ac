/** One Amazon Connect instance the bot reads, from its ARN. */
export interface InstanceTarget {
  partition: string;
  region: string;
  account: string;
  instanceId: string;
}

/** A log group, in the region and account of the instance whose flows it holds. */
export interface LogGroupTarget {
  partition: string;
  region: string;
  account: string;
  name: string;
}

/** The deployment's resources that the bot's calls are scoped to. */
export interface ScopeContext {
  instances: readonly InstanceTarget[];
  flowLogGroups: readonly LogGroupTarget[];
  slackSecretArn: string;
}

export interface Grant {
  resources: string[];
  condition?: Record<string, Record<string, string[]>>;
}

interface ScopeSpec {
  /** The policy statement's Sid. */
  sid: string;
  grant(context: ScopeContext): Grant;
}

const instanceArn = (i: InstanceTarget) =>
  `arn:${i.partition}:connect:${i.region}:${i.account}:instance/${i.instanceId}`;

/** Resources of one type inside each configured instance (ids are only known at run time). */
const inInstances = (sid: string, path: string): ScopeSpec => ({
  sid,
  grant: (context) => ({ resources: context.instances.map((i) => `${instanceArn(i)}/${path}/*`) }),
});

/**
 * Resource scopes, each an ARN pattern of the Service Authorization Reference's resource type.
 * The List and Search actions authorize on the instance itself.
 */
export const SCOPES = {
  instance: {
    sid: "ConnectInstances",
    grant: (context) => ({ resources: context.instances.map(instanceArn) }),
  },
  contact: inInstances("ConnectContacts", "contact"),
  queue: inInstances("ConnectQueues", "queue"),
  user: inInstances("ConnectUsers", "agent"),
  "routing-profile": inInstances("ConnectRoutingProfiles", "routing-profile"),
  "hierarchy-group": inInstances("ConnectHierarchyGroups", "agent-group"),
  "contact-flow": inInstances("ConnectFlows", "contact-flow"),
  "contact-evaluation": inInstances("ConnectContactEvaluations", "contact-evaluation"),
  "flow-log-group": {
    sid: "FlowLogs",
    // The log group's own ARN, and its ":*" form that CloudWatch Logs also authorizes against.
    grant: (context) => ({
      resources: context.flowLogGroups.flatMap((group) => {
        const arn = `arn:${group.partition}:logs:${group.region}:${group.account}:log-group:${group.name}`;
        return [arn, `${arn}:*`];
      }),
    }),
  },
  "slack-secret": {
    sid: "SlackCredentials",
    grant: (context) => ({ resources: [context.slackSecretArn] }),
  },
} satisfies Record<string, ScopeSpec>;

export type Scope = keyof typeof SCOPES;
