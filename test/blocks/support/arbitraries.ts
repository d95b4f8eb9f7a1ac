import type { Contact } from "@aws-sdk/client-connect";
import fc from "fast-check";
import { SECTIONS } from "../../../blocks/action-ids.js";
import type { RenderOptions } from "../../../blocks/render-options.js";
import type { ChainLeg, ContactRecord } from "../../../src/domain/contact-record.js";
import type { FlowPath, FlowStep } from "../../../src/domain/flow-path.js";
import { CONSOLE_BASE_URL, INSTANCE_ID } from "../../fixtures/contacts.js";
import { expression, segment } from "./nested.js";
import { date, enumOr, id, list, long, num, partial, short, text } from "./primitives.js";

const endpoint = partial({
  Type: enumOr("TELEPHONE_NUMBER", "EMAIL_ADDRESS", "VOIP", "CONTACT_FLOW"),
  Address: text,
  DisplayName: text,
});
const device = partial({ PlatformName: text, PlatformVersion: text, OperatingSystem: text });
const capabilities = partial({ Video: enumOr("SEND"), ScreenShare: enumOr("SEND") });
const audio = partial({ QualityScore: num, PotentialQualityIssues: list(text) });
const participant = partial({
  ParticipantId: id,
  ParticipantType: enumOr("AGENT", "CUSTOMER"),
  ConversationAbandon: fc.boolean(),
  MessagesSent: num,
  NumResponses: num,
  MessageLengthInChars: num,
  TotalResponseTimeInMillis: num,
  MaxResponseTimeInMillis: num,
  LastMessageTimestamp: date,
});
const recipient = partial({ Address: text, DisplayName: text });
const group = partial({ Arn: text });

/** A Contact where any field may hold any value of roughly the right kind. */
export const contact: fc.Arbitrary<Contact> = partial({
  Arn: text,
  Id: id,
  InitialContactId: id,
  PreviousContactId: id,
  RelatedContactId: id,
  ContactAssociationId: id,
  InitiationMethod: enumOr("INBOUND", "OUTBOUND", "TRANSFER", "API", "CALLBACK"),
  Name: text,
  Description: text,
  Channel: enumOr("VOICE", "CHAT", "TASK", "EMAIL"),
  QueueInfo: partial({ Id: id, EnqueueTimestamp: date }),
  AgentInfo: partial({
    Id: id,
    AcceptedByAgentTimestamp: date,
    PreviewEndTimestamp: date,
    ConnectedToAgentTimestamp: date,
    AgentPauseDurationInSeconds: num,
    HierarchyGroups: partial({
      Level1: group,
      Level2: group,
      Level3: group,
      Level4: group,
      Level5: group,
    }),
    DeviceInfo: device,
    Capabilities: capabilities,
    AfterContactWorkDuration: num,
    AfterContactWorkStartTimestamp: date,
    AfterContactWorkEndTimestamp: date,
    AgentInitiatedHoldDuration: num,
    StateTransitions: list(
      partial({
        State: enumOr("CONNECTED", "MISSED"),
        StateStartTimestamp: date,
        StateEndTimestamp: date,
      }),
      30,
    ),
    VoiceEnhancementMode: enumOr("NONE", "VOICE_ISOLATION"),
    ActiveRegion: text,
  }),
  InitiationTimestamp: date,
  DisconnectTimestamp: date,
  LastUpdateTimestamp: date,
  LastPausedTimestamp: date,
  LastResumedTimestamp: date,
  RingStartTimestamp: date,
  TotalPauseCount: num,
  TotalPauseDurationInSeconds: num,
  ScheduledTimestamp: date,
  WisdomInfo: partial({
    SessionArn: text,
    AiAgents: list(
      partial({ AiUseCase: text, AiAgentVersionId: text, AiAgentEscalated: fc.boolean() }),
      20,
    ),
  }),
  CustomerId: text,
  CustomerEndpoint: endpoint,
  SystemEndpoint: endpoint,
  QueueTimeAdjustmentSeconds: num,
  QueuePriority: num,
  Tags: fc.dictionary(text, text, { maxKeys: 60 }),
  ConnectedToSystemTimestamp: date,
  RoutingCriteria: partial({
    Steps: list(
      partial({
        Expiry: partial({ DurationInSeconds: num, ExpiryTimestamp: date }),
        Expression: expression,
        Status: enumOr("ACTIVE", "EXPIRED"),
      }),
      15,
    ),
    ActivationTimestamp: date,
    Index: num,
  }),
  Customer: partial({ DeviceInfo: device, Capabilities: capabilities }),
  Campaign: partial({ CampaignId: text }),
  AnsweringMachineDetectionStatus: enumOr("HUMAN_ANSWERED", "VOICEMAIL_BEEP"),
  CustomerVoiceActivity: partial({ GreetingStartTimestamp: date, GreetingEndTimestamp: date }),
  QualityMetrics: partial({
    Agent: partial({ Audio: audio }),
    Customer: partial({ Audio: audio }),
  }),
  ChatMetrics: partial({
    ChatContactMetrics: partial({
      MultiParty: fc.boolean(),
      TotalMessages: num,
      AgentFirstResponseTimestamp: date,
      ConversationCloseTimeInMillis: num,
    }),
    AgentMetrics: participant,
    CustomerMetrics: participant,
  }),
  DisconnectDetails: partial({ PotentialDisconnectIssue: text }),
  AdditionalEmailRecipients: partial({ ToList: list(recipient, 30), CcList: list(recipient, 30) }),
  SegmentAttributes: fc.oneof(
    fc.dictionary(text, segment, { maxKeys: 10 }),
    fc.dictionary(short, partial({ ValueString: short, ValueInteger: num }), {
      minKeys: 200,
      maxKeys: 200,
    }),
  ),
  Recordings: list(
    partial({
      StorageType: text,
      Location: text,
      MediaStreamType: text,
      ParticipantType: text,
      FragmentStartNumber: text,
      FragmentStopNumber: text,
      StartTimestamp: date,
      StopTimestamp: date,
      Status: text,
      DeletionReason: text,
      UnprocessedTranscriptLocation: text,
    }),
    15,
  ),
  DisconnectReason: enumOr("CUSTOMER_DISCONNECT", "AGENT_DISCONNECT"),
  ContactEvaluations: fc.dictionary(
    text,
    partial({
      FormId: text,
      EvaluationArn: text,
      Status: text,
      StartTimestamp: date,
      EndTimestamp: date,
      DeleteTimestamp: date,
      ExportLocation: text,
    }),
    { maxKeys: 15 },
  ),
  TaskTemplateInfo: partial({ Arn: text, Name: text }),
  ContactDetails: partial({ Name: text, Description: text }),
  OutboundStrategy: partial({
    Type: text,
    Config: partial({
      AgentFirst: partial({
        Preview: partial({
          PostAcceptTimeoutConfig: partial({ DurationInSeconds: num }),
          AllowedUserActions: list(text, 15),
        }),
      }),
    }),
  }),
  Attributes: fc.dictionary(text, text, { maxKeys: 20 }),
  NextContacts: list(
    partial({
      Type: text,
      NextContactMetadata: partial({
        QuickConnectContactData: partial({
          ContactId: id,
          InitiationTimestamp: date,
          QuickConnectId: text,
          QuickConnectName: text,
          QuickConnectType: text,
        }),
      }),
    }),
    15,
  ),
  GlobalResiliencyMetadata: partial({
    ActiveRegion: text,
    OriginRegion: text,
    TrafficDistributionGroupId: text,
  }),
  // The fuzz deliberately puts any string where the SDK declares an enum.
}).map((generated) => generated as Contact);

const recordOf = (contact: fc.Arbitrary<Contact>): fc.Arbitrary<ContactRecord> =>
  fc.record({
    instanceId: fc.oneof({ weight: 5, arbitrary: fc.constant(INSTANCE_ID) }, text),
    region: text,
    contact,
    queueName: fc.option(text, { nil: undefined }),
    agent: fc.option(
      partial({ name: text, username: text, routingProfile: text, hierarchy: list(text, 8) }),
      { nil: undefined },
    ),
    consoleBaseUrl: fc.constantFrom(CONSOLE_BASE_URL, undefined),
  }) as fc.Arbitrary<ContactRecord>;

export const record = recordOf(contact);

/** Chain legs carry only what the chain section reads, so 30 of them stay cheap to generate. */
const legContact = partial({
  Id: id,
  Channel: enumOr("VOICE", "CHAT"),
  InitiationMethod: enumOr("INBOUND", "TRANSFER"),
  InitiationTimestamp: date,
  DisconnectTimestamp: date,
  QueueInfo: partial({ Id: id, EnqueueTimestamp: date }),
  AgentInfo: partial({ Id: id, ConnectedToAgentTimestamp: date }),
  CustomerEndpoint: endpoint,
}) as fc.Arbitrary<Contact>;

const leg: fc.Arbitrary<ChainLeg> = fc.oneof(
  fc.record({ contactId: id, record: recordOf(legContact) }),
  fc.record({
    contactId: id,
    missing: fc.constantFrom("not_found", "cycle", "error") as fc.Arbitrary<ChainLeg["missing"]>,
  }),
);

/** A flow log entry as parsed, every string hostile or long at times. */
const flowStep: fc.Arbitrary<FlowStep> = fc.record(
  {
    at: date.map((d) => (Number.isFinite(d.getTime()) ? d.toISOString() : "x")),
    flowArn: text,
    flowName: text,
    blockType: fc.oneof(
      fc.constantFrom("InvokeExternalResource", "PlayPrompt", "SetAttributes"),
      text,
    ),
    identifier: text,
    parameters: fc.dictionary(text, text, { maxKeys: 8 }),
    results: text,
    externalResults: fc.dictionary(text, text, { maxKeys: 5 }),
    failure: text,
  },
  { requiredKeys: ["at", "blockType", "parameters"] },
);

const flowPath: fc.Arbitrary<FlowPath> = fc.record(
  {
    contactId: id,
    logGroup: text,
    steps: list(flowStep, 120),
    names: fc.dictionary(text, text, { maxKeys: 5 }),
    incomplete: fc.constantFrom("throttled", "timeout", "page_limit") as fc.Arbitrary<
      FlowPath["incomplete"]
    >,
  },
  { requiredKeys: ["contactId", "logGroup", "steps", "names"] },
);

/** Render options without `open` and `maskEndpoints`, which the test iterates over. */
export const options: fc.Arbitrary<Omit<RenderOptions, "open" | "maskEndpoints">> = partial({
  attributes: fc.oneof(
    fc.dictionary(text, text, { maxKeys: 30 }),
    fc.dictionary(
      short,
      fc.oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: long }),
      {
        minKeys: 200,
        maxKeys: 200,
      },
    ),
  ),
  chain: list(leg, 30),
  flowPath,
  now: date,
  shareTo: fc.oneof(
    fc.constant({ channel: "C0123ABC", threadTs: "1714557600.000100" }),
    fc.record({ channel: text, threadTs: text }),
  ),
});

export const OPENS = [undefined, ...SECTIONS] as const;
