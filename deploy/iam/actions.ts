import type { Scope } from "./scopes.js";

/** An IAM action and the resources it may act on. */
export interface Permission {
  action: `${string}:${string}`;
  scope: Scope;
}

/** The IAM action one SDK command needs, and the resources it may act on. */
export interface CommandPermission extends Permission {
  /** What else the call needs, on other resources (GetObject: the bucket's KMS key). */
  also?: readonly Permission[];
}

/**
 * Every AWS SDK command the bot can send, by client package: the one source of the task role's
 * policy (lib/task-role.ts) and of the IAM policy in docs/iam.md (npm run iam:readme). A test
 * checks that this is exactly the set of `…Command` classes that ../src and ../blocks import, so a
 * new call needs one entry here (and, for a new kind of resource, one scope in scopes.ts).
 * Resource types per action: the Service Authorization Reference of each service.
 */
export const SDK_COMMANDS: Readonly<Record<string, Readonly<Record<string, CommandPermission>>>> = {
  "@aws-sdk/client-connect": {
    DescribeContactCommand: { action: "connect:DescribeContact", scope: "contact" },
    GetContactAttributesCommand: { action: "connect:GetContactAttributes", scope: "contact" },
    DescribeInstanceCommand: { action: "connect:DescribeInstance", scope: "instance" },
    SearchContactsCommand: { action: "connect:SearchContacts", scope: "instance" },
    ListQueuesCommand: { action: "connect:ListQueues", scope: "instance" },
    SearchQueuesCommand: { action: "connect:SearchQueues", scope: "instance" },
    ListUsersCommand: { action: "connect:ListUsers", scope: "instance" },
    SearchUsersCommand: { action: "connect:SearchUsers", scope: "instance" },
    DescribeQueueCommand: { action: "connect:DescribeQueue", scope: "queue" },
    DescribeUserCommand: { action: "connect:DescribeUser", scope: "user" },
    DescribeRoutingProfileCommand: {
      action: "connect:DescribeRoutingProfile",
      scope: "routing-profile",
    },
    DescribeUserHierarchyGroupCommand: {
      action: "connect:DescribeUserHierarchyGroup",
      scope: "hierarchy-group",
    },
    DescribeContactFlowCommand: { action: "connect:DescribeContactFlow", scope: "contact-flow" },
    ListContactEvaluationsCommand: { action: "connect:ListContactEvaluations", scope: "instance" },
    DescribeContactEvaluationCommand: {
      action: "connect:DescribeContactEvaluation",
      scope: "contact-evaluation",
    },
    // Where the instance's analysis files are: its CALL_RECORDINGS / CHAT_TRANSCRIPTS bucket.
    ListInstanceStorageConfigsCommand: {
      action: "connect:ListInstanceStorageConfigs",
      scope: "instance",
    },
    ListRealtimeContactAnalysisSegmentsV2Command: {
      action: "connect:ListRealtimeContactAnalysisSegmentsV2",
      scope: "contact",
    },
  },
  // A separate API whose IAM actions are Amazon Connect's.
  "@aws-sdk/client-connect-contact-lens": {
    ListRealtimeContactAnalysisSegmentsCommand: {
      action: "connect:ListRealtimeContactAnalysisSegments",
      scope: "contact",
    },
  },
  "@aws-sdk/client-s3": {
    ListObjectsV2Command: { action: "s3:ListBucket", scope: "analysis-bucket" },
    GetObjectCommand: {
      action: "s3:GetObject",
      scope: "analysis-files",
      also: [{ action: "kms:Decrypt", scope: "analysis-key" }],
    },
  },
  "@aws-sdk/client-cloudwatch-logs": {
    FilterLogEventsCommand: { action: "logs:FilterLogEvents", scope: "flow-log-group" },
  },
  "@aws-sdk/client-secrets-manager": {
    GetSecretValueCommand: { action: "secretsmanager:GetSecretValue", scope: "slack-secret" },
  },
};

/** "package#Command" for each entry, the form the source scan reports. */
export function declaredCommands(): string[] {
  return Object.entries(SDK_COMMANDS).flatMap(([pkg, commands]) =>
    Object.keys(commands).map((name) => `${pkg}#${name}`),
  );
}

/** Every permission of the table, what a command needs on other resources included. */
export function declaredPermissions(): Permission[] {
  return Object.values(SDK_COMMANDS).flatMap((commands) =>
    Object.values(commands).flatMap(({ action, scope, also = [] }) => [{ action, scope }, ...also]),
  );
}

/** Every IAM action of the table, each once. */
export function declaredActions(): string[] {
  return [...new Set(declaredPermissions().map((entry) => entry.action))].sort();
}
