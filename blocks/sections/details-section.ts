import type { Contact, EmailRecipient, EndpointInfo } from "@aws-sdk/client-connect";
import { type KnownBlock, titledLines } from "../block-kit.js";
import { maskEndpoint, maskName } from "../mask.js";
import type { ContactRecord, RenderOptions } from "../model.js";
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
} from "../mrkdwn.js";
import { entriesOf, listOf, sortedEntriesOf } from "../shape.js";
import { chatMetricsBlocks } from "./chat-metrics.js";
import { contactExtrasBlocks } from "./contact-extras.js";
import { capabilitiesText, deviceText } from "./participant.js";
import { recordingsBlocks } from "./recordings.js";
import { segmentAttributeLines } from "./segment-attributes.js";

const MAX_RECIPIENTS = 20;
const MAX_TAGS = 50;

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

function endpointLines(
  title: string,
  info: EndpointInfo | undefined,
  mask: boolean,
): (Mrkdwn | undefined)[] {
  const address = text(info?.Address);
  const name = text(info?.DisplayName);
  return [
    line(title, md(address && mask ? maskEndpoint(address, info?.Type) : address)),
    // The raw type too: "Phone" alone does not say TELEPHONE_NUMBER from CONNECT_PHONENUMBER_ARN.
    line(`${title} endpoint type`, join([enumText(info?.Type), code(info?.Type)])),
    line(`${title} name`, md(name && mask ? maskName(name) : name)),
  ];
}

function recipientsText(
  recipients: EmailRecipient[] | undefined,
  mask: boolean,
): Mrkdwn | undefined {
  const shown = listOf(recipients)
    .slice(0, MAX_RECIPIENTS)
    .map((recipient) => {
      const address = text(recipient.Address);
      const name = text(recipient.DisplayName);
      return join(
        [
          md(name && mask ? maskName(name) : name, 100),
          md(address && mask ? maskEndpoint(address, "EMAIL_ADDRESS") : address, 200),
        ],
        " ",
      );
    });
  return join(shown, ", ");
}

function contactLines(contact: Contact): (Mrkdwn | undefined)[] {
  return [
    line("Name", md(contact.Name)),
    line("Description", md(contact.Description, 1000)),
    line("Task name", md(contact.ContactDetails?.Name)),
    line("Task description", md(contact.ContactDetails?.Description, 1000)),
    line(
      "Task template",
      join([md(contact.TaskTemplateInfo?.Name), code(contact.TaskTemplateInfo?.Arn)]),
    ),
    line("Contact id", code(contact.Id)),
    line("ARN", code(contact.Arn)),
    line("Initial contact", code(contact.InitialContactId)),
    line("Previous contact", code(contact.PreviousContactId)),
    line("Related contact", code(contact.RelatedContactId)),
    line("Contact association", code(contact.ContactAssociationId)),
    line("Customer id", code(contact.CustomerId)),
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

function tagLines(contact: Contact): Mrkdwn[] {
  return sortedEntriesOf(contact.Tags)
    .slice(0, MAX_TAGS)
    .map(([key, value]) => assignment(key, value));
}

/** Everything DescribeContact returned that the summary and other sections do not show. */
export function renderDetailsSection(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  const { contact } = record;
  const mask = options.maskEndpoints;
  // Only their count shows here; the values come filtered through options.attributes in the
  // Attributes section. A cached record keeps the count alone.
  const attributeCount = record.attributeCount ?? entriesOf(contact.Attributes).length;
  return [
    ...titledLines("Contact", contactLines(contact), 3),
    ...titledLines("Endpoints", [
      ...endpointLines("Customer", contact.CustomerEndpoint, mask),
      ...endpointLines("System", contact.SystemEndpoint, false),
      line("Customer device", deviceText(contact.Customer?.DeviceInfo)),
      line("Customer capabilities", capabilitiesText(contact.Customer?.Capabilities)),
      line("Email to", recipientsText(contact.AdditionalEmailRecipients?.ToList, mask)),
      line("Email cc", recipientsText(contact.AdditionalEmailRecipients?.CcList, mask)),
    ]),
    ...chatMetricsBlocks(contact.ChatMetrics),
    ...recordingsBlocks(contact.Recordings),
    ...contactExtrasBlocks(contact),
    ...titledLines("Tags", tagLines(contact)),
    ...titledLines("Segment attributes", segmentAttributeLines(contact.SegmentAttributes), 4),
    ...titledLines("User-defined attributes", [
      attributeCount > 0 ? trusted(`${attributeCount} — open *Attributes* to see them`) : undefined,
    ]),
  ];
}
