/** A queue an alert names: by ARN (instance and queue ids), or by a `QueueName` dimension. */
export type AlarmQueue = { instanceId: string; queueId: string } | { name: string };

const QUEUE_ARN =
  /arn:aws[\w-]*:connect:[a-z0-9-]+:\d{12}:instance\/([0-9a-f-]{36})\/queue\/([0-9a-f-]{36})/i;
// `QueueName = Billing Support`, `QueueName: Billing Support`, `"QueueName": "Billing Support"`,
// each ending at a quote, comma, brace, bracket or the end of the line.
const QUEUE_NAME = /"?\bQueueName"?\s*[:=]\s*"?([^"\n\r,{}[\]]{1,127}?)"?\s*(?=[,}\]\n\r"]|$)/im;

/** The queue a CloudWatch alarm on Connect's queue metrics names, if any (pure: no lookup). */
export function alarmQueue(text: string): AlarmQueue | undefined {
  const arn = QUEUE_ARN.exec(text);
  if (arn) return { instanceId: arn[1]!.toLowerCase(), queueId: arn[2]!.toLowerCase() };
  const name = QUEUE_NAME.exec(text)?.[1]?.trim();
  return name ? { name } : undefined;
}
