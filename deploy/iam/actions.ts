import type { Scope } from "./scopes.js";

/** The IAM action one SDK command needs, and the resources it may act on. */
export interface CommandPermission {
  action: `${string}:${string}`;
  scope: Scope;
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

/** Every IAM action of the table, each once. */
export function declaredActions(): string[] {
  const actions = Object.values(SDK_COMMANDS).flatMap((commands) =>
    Object.values(commands).map((entry) => entry.action),
  );
  return [...new Set(actions)].sort();
}
