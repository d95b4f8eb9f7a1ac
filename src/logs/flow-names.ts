import {
  type ConnectClient,
  DescribeContactFlowCommand,
  DescribeInstanceCommand,
  DescribeQueueCommand,
} from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import { FLOW_KEYS, QUEUE_KEYS } from "../domain/flow-parameters.js";
import type { FlowStep } from "../domain/flow-path.js";
import { createCachedValue } from "../infra/cached-value.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";

/** Names resolved per path at most: a path through many flows still costs a few calls. */
const MAX_NAMES = 10;
const FLOW_ARN = /:instance\/[^/]+\/contact-flow\/([^/]+)$/;
const QUEUE_ARN = /:instance\/[^/]+\/queue\/([^/]+)$/;

export interface FlowNames {
  /** The instance's alias (DescribeInstance), for the default log group. */
  alias(client: ConnectClient, instanceId: string, deadline: Deadline): Promise<string | undefined>;
  /** Flow and queue ARNs of `steps` that the log entries did not name, resolved to names. */
  resolve(
    client: ConnectClient,
    instanceId: string,
    steps: readonly FlowStep[],
    deadline: Deadline,
  ): Promise<Record<string, string>>;
}

/** The ARNs a path mentions without a name next to them. */
function unnamedArns(steps: readonly FlowStep[]): string[] {
  const arns = new Set<string>();
  for (const step of steps) {
    if (step.flowArn && !step.flowName) arns.add(step.flowArn);
    for (const key of [...QUEUE_KEYS, ...FLOW_KEYS]) {
      const value = step.parameters[key];
      if (value && (FLOW_ARN.test(value) || QUEUE_ARN.test(value))) arns.add(value);
    }
  }
  return [...arns].slice(0, MAX_NAMES);
}

/** DescribeInstance / DescribeContactFlow / DescribeQueue, cached like the contact's names. */
export function createFlowNames(deps: {
  api: LimitedCall;
  cache: Cache;
  ttlSeconds: number;
  missingTtlSeconds: number;
}): FlowNames {
  const { api } = deps;
  const cached = createCachedValue(deps);
  return {
    alias: (client, InstanceId, deadline) =>
      cached(`instance-alias:${InstanceId}`, async () => {
        const out = await api.send("DescribeInstance", deadline, (abortSignal) =>
          client.send(new DescribeInstanceCommand({ InstanceId }), { abortSignal }),
        );
        return out?.Instance?.InstanceAlias;
      }),

    async resolve(client, InstanceId, steps, deadline) {
      const named = await Promise.all(
        unnamedArns(steps).map(async (arn) => {
          const flowId = FLOW_ARN.exec(arn)?.[1];
          const queueId = QUEUE_ARN.exec(arn)?.[1];
          const name = flowId
            ? await cached(`contact-flow:${InstanceId}:${flowId}`, async () => {
                const input = { InstanceId, ContactFlowId: flowId };
                const out = await api.send("DescribeContactFlow", deadline, (abortSignal) =>
                  client.send(new DescribeContactFlowCommand(input), { abortSignal }),
                );
                return out?.ContactFlow?.Name;
              })
            : await cached(`queue:${InstanceId}:${queueId}`, async () => {
                const input = { InstanceId, QueueId: queueId };
                const out = await api.send("DescribeQueue", deadline, (abortSignal) =>
                  client.send(new DescribeQueueCommand(input), { abortSignal }),
                );
                return out?.Queue?.Name;
              });
          return name ? [[arn, name] as const] : [];
        }),
      );
      return Object.fromEntries(named.flat());
    },
  };
}
