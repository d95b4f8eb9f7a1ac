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

/** A bucket Contact Lens writes analysis files to, and where `Analysis/` starts in it. */
export interface AnalysisBucketTarget {
  partition: string;
  bucket: string;
  /** "" (the bucket's root, where Contact Lens writes) or a prefix ending in "/". */
  prefix: string;
}

/** The KMS key of a bucket encrypted with SSE-KMS: the bot decrypts with it through S3 only. */
export interface KmsKeyTarget {
  arn: string;
  partition: string;
  region: string;
}

/** The deployment's resources that the bot's calls are scoped to. */
export interface ScopeContext {
  instances: readonly InstanceTarget[];
  flowLogGroups: readonly LogGroupTarget[];
  slackSecretArn: string;
  /** Empty when the deployment names no Contact Lens bucket: its statements are then left out. */
  analysisBuckets: readonly AnalysisBucketTarget[];
  /** Empty when no bucket has a KMS key (SSE-S3 needs no KMS permission). */
  analysisKeys: readonly KmsKeyTarget[];
}

export interface Grant {
  resources: string[];
  condition?: Record<string, Record<string, string[]>>;
}

export interface ScopeSpec {
  /** The policy statement's Sid. */
  sid: string;
  grant(context: ScopeContext): Grant;
  /**
   * Set for resources a deployment may not have (a Contact Lens bucket): what configures them.
   * Without it, a scope that grants on no resource is an error, never a statement left out.
   */
  configuredBy?: string;
}

const instanceArn = (i: InstanceTarget) =>
  `arn:${i.partition}:connect:${i.region}:${i.account}:instance/${i.instanceId}`;

/** Resources of one type inside each configured instance (ids are only known at run time). */
const inInstances = (sid: string, path: string): ScopeSpec => ({
  sid,
  grant: (context) => ({ resources: context.instances.map((i) => `${instanceArn(i)}/${path}/*`) }),
});

const bucketArn = (b: AnalysisBucketTarget) => `arn:${b.partition}:s3:::${b.bucket}`;
/** Contact Lens's own folder: `Analysis/Voice/…`, `Analysis/Chat/…` (src/conversation/analysis-keys.ts). */
const analysisFolder = (b: AnalysisBucketTarget) => `${b.prefix}Analysis/`;
const unique = (values: string[]) => [...new Set(values)];
const dnsSuffix = (partition: string) =>
  partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

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
  // ListObjectsV2 authorizes on the bucket: the listing is held to the Analysis/ folder by the
  // prefix every request of the bot names.
  "analysis-bucket": {
    sid: "ContactLensAnalysisList",
    configuredBy: "contactLens.buckets",
    grant: (context) => ({
      resources: unique(context.analysisBuckets.map(bucketArn)),
      condition: {
        StringLike: {
          "s3:prefix": unique(context.analysisBuckets.map((b) => `${analysisFolder(b)}*`)),
        },
      },
    }),
  },
  "analysis-files": {
    sid: "ContactLensAnalysisFiles",
    configuredBy: "contactLens.buckets",
    grant: (context) => ({
      resources: context.analysisBuckets.map((b) => `${bucketArn(b)}/${analysisFolder(b)}*`),
    }),
  },
  // S3 decrypts an SSE-KMS object with the caller's permission on the key; only through S3.
  "analysis-key": {
    sid: "ContactLensAnalysisDecrypt",
    configuredBy: "contactLens.buckets[].kmsKeyArn",
    grant: (context) => ({
      resources: unique(context.analysisKeys.map((key) => key.arn)),
      condition: {
        StringEquals: {
          "kms:ViaService": unique(
            context.analysisKeys.map((key) => `s3.${key.region}.${dnsSuffix(key.partition)}`),
          ),
        },
      },
    }),
  },
} satisfies Record<string, ScopeSpec>;

export type Scope = keyof typeof SCOPES;
