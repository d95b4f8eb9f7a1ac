import type { ChatMetrics, ParticipantMetrics } from "@aws-sdk/client-connect";
import { type KnownBlock, titledLines } from "../block-kit.js";
import type { Mrkdwn } from "../mrkdwn.js";
import { around, code, date, enumText, join, line, millis, num, yesNo } from "../mrkdwn.js";

/** "8s (8113 ms)": readable, and exact for comparing with Connect's own reports. */
const exactMillis = (value: unknown): Mrkdwn | undefined =>
  join([millis(value), around("(", num(value), " ms)")], " ");

function participantLines(
  title: string,
  metrics: ParticipantMetrics | undefined,
): (Mrkdwn | undefined)[] {
  return [
    line(title, code(metrics?.ParticipantId)),
    line(
      "Participant type",
      join([enumText(metrics?.ParticipantType), code(metrics?.ParticipantType)]),
    ),
    line("Messages sent", num(metrics?.MessagesSent)),
    line("Responses", num(metrics?.NumResponses)),
    line("Characters", num(metrics?.MessageLengthInChars)),
    line("Total response time", exactMillis(metrics?.TotalResponseTimeInMillis)),
    line("Longest response", exactMillis(metrics?.MaxResponseTimeInMillis)),
    line("Last message", date(metrics?.LastMessageTimestamp)),
    line("Abandoned the conversation", yesNo(metrics?.ConversationAbandon)),
  ];
}

export function chatMetricsBlocks(metrics: ChatMetrics | undefined): KnownBlock[] {
  const chat = metrics?.ChatContactMetrics;
  return titledLines(
    "Chat metrics",
    [
      line("Multi-party", yesNo(chat?.MultiParty)),
      line("Messages", num(chat?.TotalMessages)),
      line("Bot messages", num(chat?.TotalBotMessages)),
      line("Bot characters", num(chat?.TotalBotMessageLengthInChars)),
      line("Turns", num(chat?.ConversationTurnCount)),
      line("Agent's first response", date(chat?.AgentFirstResponseTimestamp)),
      line("First response time", exactMillis(chat?.AgentFirstResponseTimeInMillis)),
      line("Close time", exactMillis(chat?.ConversationCloseTimeInMillis)),
      ...participantLines("Agent", metrics?.AgentMetrics),
      ...participantLines("Customer", metrics?.CustomerMetrics),
    ],
    3,
  );
}
