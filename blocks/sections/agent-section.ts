import type { AgentInfo, HierarchyGroups } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { listOf } from "../../src/domain/shape.js";
import { type Field, fieldSections, type KnownBlock, remark, titledLines } from "../block-kit.js";
import { agentDuration } from "../contact-facts.js";
import { around, code, date, enumText, join, type Mrkdwn, md, seconds } from "../mrkdwn.js";
import { capabilitiesText, deviceText } from "./participant.js";

const LEVELS = ["Level1", "Level2", "Level3", "Level4", "Level5"] as const;
const MAX_TRANSITIONS = 20;

/** Level names, as DescribeUserHierarchyGroup resolved them. */
function hierarchyText(names: unknown): Mrkdwn | undefined {
  return Array.isArray(names)
    ? join(
        names.slice(0, LEVELS.length).map((name) => md(name, 100)),
        " › ",
      )
    : undefined;
}

/** The groups' ARNs, always: the names alone do not say which group to look up. */
function groupsText(groups: HierarchyGroups | undefined): Mrkdwn | undefined {
  return join(
    LEVELS.map((level, i) => around(`L${i + 1} `, code(groups?.[level]?.Arn))),
    "\n",
  );
}

function transitionLines(agent: AgentInfo | undefined): (Mrkdwn | undefined)[] {
  const transitions = listOf(agent?.StateTransitions);
  return transitions
    .slice(0, MAX_TRANSITIONS)
    .map((transition) =>
      join(
        [
          enumText(transition.State),
          join([date(transition.StateStartTimestamp), date(transition.StateEndTimestamp)], " → "),
        ],
        " ",
      ),
    );
}

export function renderAgentSection(record: ContactRecord): KnownBlock[] {
  const { contact, agent: names } = record;
  const agent = contact.AgentInfo;
  if (!agent && !names) return [remark("No agent handled this contact.")];
  const fields: Field[] = [
    ["Name", md(names?.name)],
    ["Username", md(names?.username)],
    ["Routing profile", md(names?.routingProfile)],
    ["Agent id", code(agent?.Id)],
    ["Hierarchy", hierarchyText(names?.hierarchy)],
    ["Hierarchy groups", groupsText(agent?.HierarchyGroups)],
    ["Active region", md(agent?.ActiveRegion)],
    ["Accepted", date(agent?.AcceptedByAgentTimestamp)],
    ["Preview ended", date(agent?.PreviewEndTimestamp)],
    ["Connected", date(agent?.ConnectedToAgentTimestamp)],
    ["With agent", agentDuration(contact)],
    ["Paused", seconds(agent?.AgentPauseDurationInSeconds)],
    ["Put on hold by agent", seconds(agent?.AgentInitiatedHoldDuration)],
    ["After contact work", seconds(agent?.AfterContactWorkDuration)],
    ["ACW started", date(agent?.AfterContactWorkStartTimestamp)],
    ["ACW ended", date(agent?.AfterContactWorkEndTimestamp)],
    ["Device", deviceText(agent?.DeviceInfo)],
    ["Capabilities", capabilitiesText(agent?.Capabilities)],
    ["Voice enhancement", enumText(agent?.VoiceEnhancementMode)],
  ];
  return [...fieldSections(fields), ...titledLines("State transitions", transitionLines(agent))];
}
