import type { Contact, EndpointInfo } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import {
  contactMask,
  type MaskPolicy,
  maskedValue,
  maskField,
} from "../../src/domain/masking/free-text-mask.js";
import { maskEndpoint } from "../../src/domain/masking/mask.js";
import { entriesOf, sortedEntriesOf } from "../../src/domain/shape.js";
import { type KnownBlock, titledLines } from "../block-kit.js";
import {
  assignment,
  code,
  date,
  enumText,
  join,
  line,
  type Mrkdwn,
  md,
  num,
  seconds,
  trusted,
  VALUE_MAX,
} from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";
import { chatMetricsBlocks } from "./chat-metrics.js";
import { contactExtrasBlocks } from "./contact-extras.js";
import { emailRecipientBlocks } from "./email-recipients.js";
import { capabilitiesText, deviceText } from "./participant.js";
import { recordingsBlocks } from "./recordings.js";
import { segmentAttributeLines } from "./segment-attributes.js";

const MAX_TAGS = 50;
const TAG_MAX = 300;

/** The ids that tie the contact to others, raw, to paste into the console or an API call. */
const IDS = [
  ["Contact id", "Id"],
  ["ARN", "Arn"],
  ["Initial contact", "InitialContactId"],
  ["Previous contact", "PreviousContactId"],
  ["Related contact", "RelatedContactId"],
  ["Contact association", "ContactAssociationId"],
  ["Customer id", "CustomerId"],
] as const satisfies readonly (readonly [string, keyof Contact])[];

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

function endpointLines(
  title: string,
  info: EndpointInfo | undefined,
  mask: boolean,
  policy: MaskPolicy,
): (Mrkdwn | undefined)[] {
  const address = text(info?.Address);
  return [
    line(title, md(address && mask ? maskEndpoint(address, info?.Type) : address)),
    // The raw type too: "Phone" alone does not say TELEPHONE_NUMBER from CONNECT_PHONENUMBER_ARN.
    line(`${title} endpoint type`, join([enumText(info?.Type), code(info?.Type)])),
    // A display name is shown as written, like the agent's: only an address or card in it is masked.
    line(`${title} name`, md(maskedValue(text(info?.DisplayName), policy, VALUE_MAX))),
  ];
}

/** Names and descriptions are free text a flow or an agent wrote, customer details included. */
function contactLines(contact: Contact, policy: MaskPolicy): (Mrkdwn | undefined)[] {
  const free = (value: unknown, max = VALUE_MAX) => md(maskedValue(value, policy, max), max);
  return [
    line("Name", free(contact.Name)),
    line("Description", free(contact.Description, 1000)),
    line("Task name", free(contact.ContactDetails?.Name)),
    line("Task description", free(contact.ContactDetails?.Description, 1000)),
    line(
      "Task template",
      join([md(contact.TaskTemplateInfo?.Name), code(contact.TaskTemplateInfo?.Arn)]),
    ),
    ...IDS.map(([label, key]) => line(label, code(contact[key]))),
    line("Queue priority", num(contact.QueuePriority)),
    line("Scheduled", date(contact.ScheduledTimestamp)),
    line("Ringing from", date(contact.RingStartTimestamp)),
    line("Last paused", date(contact.LastPausedTimestamp)),
    line("Last resumed", date(contact.LastResumedTimestamp)),
    line(
      "Pauses",
      join([num(contact.TotalPauseCount), seconds(contact.TotalPauseDurationInSeconds)]),
    ),
    line("Last updated", date(contact.LastUpdateTimestamp)),
  ];
}

function tagLines(contact: Contact, policy: MaskPolicy): Mrkdwn[] {
  return sortedEntriesOf(contact.Tags)
    .slice(0, MAX_TAGS)
    .map(([key, value]) => assignment(key, maskField(key, value, policy, TAG_MAX), TAG_MAX));
}

/** Everything DescribeContact returned that the summary and other sections do not show. */
export function renderDetailsSection(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  const { contact } = record;
  const mask = options.maskEndpoints;
  const policy = contactMask(record, options);
  // Only their count shows here; the values come filtered through options.attributes in the
  // Attributes section. A cached record keeps the count alone.
  const attributeCount = record.attributeCount ?? entriesOf(contact.Attributes).length;
  return [
    ...titledLines("Contact", contactLines(contact, policy), 3),
    ...titledLines("Endpoints", [
      ...endpointLines("Customer", contact.CustomerEndpoint, mask, policy),
      ...endpointLines("System", contact.SystemEndpoint, false, policy),
      line("Customer device", deviceText(contact.Customer?.DeviceInfo)),
      line("Customer capabilities", capabilitiesText(contact.Customer?.Capabilities)),
    ]),
    ...emailRecipientBlocks(contact, mask),
    ...chatMetricsBlocks(contact.ChatMetrics),
    ...recordingsBlocks(record, options),
    ...contactExtrasBlocks(contact),
    ...titledLines("Tags", tagLines(contact, policy)),
    ...titledLines(
      "Segment attributes",
      segmentAttributeLines(contact.SegmentAttributes, policy),
      4,
    ),
    ...titledLines("User-defined attributes", [
      attributeCount > 0 ? trusted(`${attributeCount} — open *Attributes* to see them`) : undefined,
    ]),
  ];
}
