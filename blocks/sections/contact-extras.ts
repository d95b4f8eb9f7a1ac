import type { Contact, NextContactEntry } from "@aws-sdk/client-connect";
import { listOf } from "../../src/domain/shape.js";
import { type KnownBlock, titledLines } from "../block-kit.js";
import type { Mrkdwn } from "../mrkdwn.js";
import { around, code, date, enumText, join, line, md, seconds, yesNo } from "../mrkdwn.js";

const MAX_ITEMS = 10;

function nextContactLines(entry: NextContactEntry): (Mrkdwn | undefined)[] {
  const quickConnect = entry.NextContactMetadata?.QuickConnectContactData;
  return [
    line("Next contact", join([enumText(entry.Type), code(quickConnect?.ContactId)])),
    line(
      "Quick connect",
      join([
        md(quickConnect?.QuickConnectName),
        enumText(quickConnect?.QuickConnectType),
        code(quickConnect?.QuickConnectId),
      ]),
    ),
    line("Started", date(quickConnect?.InitiationTimestamp)),
  ];
}

/** Integrations and routing extras: Amazon Q in Connect, campaigns, outbound strategy, next contacts. */
export function contactExtrasBlocks(contact: Contact): KnownBlock[] {
  const wisdom = contact.WisdomInfo;
  const preview = contact.OutboundStrategy?.Config?.AgentFirst?.Preview;
  const aiAgents = listOf(wisdom?.AiAgents).slice(0, MAX_ITEMS);
  return [
    ...titledLines("Amazon Q in Connect", [
      line("Session", code(wisdom?.SessionArn)),
      ...aiAgents.map((agent) =>
        line(
          "AI agent",
          join([
            enumText(agent.AiUseCase),
            code(agent.AiAgentVersionId),
            around("escalated: ", yesNo(agent.AiAgentEscalated)),
          ]),
        ),
      ),
    ]),
    ...titledLines("Outbound", [
      line("Campaign", code(contact.Campaign?.CampaignId)),
      line("Strategy", enumText(contact.OutboundStrategy?.Type)),
      line("Preview timeout", seconds(preview?.PostAcceptTimeoutConfig?.DurationInSeconds)),
      line(
        "Agent may",
        join(
          listOf(preview?.AllowedUserActions)
            .slice(0, MAX_ITEMS)
            .map((action) => enumText(action)),
          ", ",
        ),
      ),
    ]),
    ...titledLines(
      "Next contacts",
      listOf(contact.NextContacts).slice(0, MAX_ITEMS).flatMap(nextContactLines),
    ),
    ...titledLines("Global resiliency", [
      line("Active region", md(contact.GlobalResiliencyMetadata?.ActiveRegion)),
      line("Origin region", md(contact.GlobalResiliencyMetadata?.OriginRegion)),
      line(
        "Traffic distribution group",
        code(contact.GlobalResiliencyMetadata?.TrafficDistributionGroupId),
      ),
    ]),
  ];
}
