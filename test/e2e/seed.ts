import type { Contact } from "@aws-sdk/client-connect";
import {
  AGENTS,
  CONSOLE_BASE_URL,
  CONTACTS,
  FULL_CONTACT,
  INSTANCE_ARN,
  INSTANCE_ID,
  QUEUES,
} from "../fixtures/contacts.js";
import { FLOW_LOG_GROUP, flowLogEvents, QUEUE_FLOW } from "../fixtures/flow-logs.js";
import type { LogsEmulator } from "../support/cloudwatch-logs-emulator.js";
import type { ConnectEmulator } from "../support/connect-emulator.js";

export const TEST_INSTANCE_ID = INSTANCE_ID;
export const ROUTING_PROFILE_ID = "0b5f4ab4-0a0e-4a7c-9c1f-3d3f6f1b0a11";
export const VOICE_ATTRIBUTES = {
  orderId: "A-1001",
  cardNumber: "4111111111111111",
  lang: "en-GB",
};

/** The fixtures' contacts with the queues, agents and instance that turn their ids into names. */
export function seedConnect(connect: ConnectEmulator): void {
  connect.putInstance({
    Id: INSTANCE_ID,
    Arn: INSTANCE_ARN,
    InstanceAlias: "example",
    InstanceAccessUrl: CONSOLE_BASE_URL,
  });
  for (const queue of Object.values(QUEUES)) {
    connect.putQueue(INSTANCE_ID, { QueueId: queue.id, QueueArn: queue.arn, Name: queue.name });
  }
  connect.putRoutingProfile(INSTANCE_ID, {
    RoutingProfileId: ROUTING_PROFILE_ID,
    Name: "Basic Routing Profile",
  });
  for (const agent of Object.values(AGENTS)) {
    const groupId = `${agent.id.slice(0, 24)}000000000000`;
    const levels = ["LevelOne", "LevelTwo", "LevelThree", "LevelFour", "LevelFive"];
    connect.putHierarchyGroup(INSTANCE_ID, {
      Id: groupId,
      Name: agent.hierarchy.at(-1),
      HierarchyPath: Object.fromEntries(
        agent.hierarchy.map((name, index) => [
          levels[index],
          { Id: `${groupId}-${index}`, Name: name },
        ]),
      ),
    });
    connect.putUser(INSTANCE_ID, {
      Id: agent.id,
      Arn: agent.arn,
      Username: agent.username,
      IdentityInfo: { FirstName: agent.firstName, LastName: agent.lastName },
      RoutingProfileId: ROUTING_PROFILE_ID,
      HierarchyGroupId: groupId,
    });
  }
  for (const contact of [...Object.values(CONTACTS), FULL_CONTACT as Contact]) {
    connect.putContact(INSTANCE_ID, contact);
  }
  connect.putContactFlow(INSTANCE_ID, {
    Id: QUEUE_FLOW.arn.split("/").at(-1),
    Arn: QUEUE_FLOW.arn,
    Name: QUEUE_FLOW.name,
  });
  const voice = CONTACTS.voiceInbound;
  connect.putAttributes(INSTANCE_ID, voice.InitialContactId ?? voice.Id ?? "", VOICE_ATTRIBUTES);
}

/** The voice contact's flow logs, interleaved with another contact's, in the default log group. */
export function seedFlowLogs(logs: LogsEmulator): void {
  logs.putEvents(FLOW_LOG_GROUP, flowLogEvents());
}
