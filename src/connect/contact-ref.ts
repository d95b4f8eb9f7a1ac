/** A contact to look up. Ids are lowercase; an ARN also names the instance and region. */
export interface ContactRef {
  contactId: string;
  instanceId?: string;
  region?: string;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// aws, aws-cn, aws-us-gov, aws-iso-b, ...
const CONTACT_ARN = `arn:aws(?:-[a-z]+)*:connect:([a-z0-9-]+):\\d{12}:instance/(${UUID})/contact/(${UUID})`;
const CONSOLE_URL = `https://[a-z0-9-]+\\.(?:my\\.connect\\.aws|awsapps\\.com/connect)/contact-trace-records/details/(${UUID})`;

const UUID_RE = new RegExp(`^${UUID}$`, "i");
const ARN_TOKEN = new RegExp(`^${CONTACT_ARN}$`, "i");
const URL_TOKEN = new RegExp(`^${CONSOLE_URL}/?(?:[?#]\\S*)?$`, "i");
/**
 * In free text: a contact ARN, or any other ARN (consumed whole so that the instance, queue or
 * user ids inside it are not taken for contact ids), or a UUID that neither extends a longer
 * hex-and-dash run nor follows `instance/` or an `instanceId` key.
 */
const IN_TEXT = new RegExp(
  [
    CONTACT_ARN,
    "arn:aws[\\w-]*:[^\\s\"'<>|,;\\\\)\\]}]*",
    `(?<![0-9a-z]|[0-9a-f]-|instance/|instance[-_ ]?id["']?\\s*[:=]\\s*["']?)(${UUID})(?![0-9a-z]|-[0-9a-f])`,
  ].join("|"),
  "gi",
);
/** Slack sends links as `<url>` or `<url|label>`. */
const SLACK_LINK = /<([^<>|\s]+)(?:\|[^<>]*)?>/g;

export function isContactId(s: string): boolean {
  return UUID_RE.test(s);
}

function refOf(contactId: string, instanceId?: string, region?: string): ContactRef {
  const ref: ContactRef = { contactId: contactId.toLowerCase() };
  if (instanceId && region) {
    ref.instanceId = instanceId.toLowerCase();
    ref.region = region.toLowerCase();
  }
  return ref;
}

function parseToken(token: string): ContactRef | undefined {
  const bare = token.replace(/^[`"']+|[`"']+$/g, "");
  if (isContactId(bare)) return refOf(bare);
  const arn = ARN_TOKEN.exec(bare);
  if (arn) return refOf(arn[3]!, arn[2], arn[1]);
  const url = URL_TOKEN.exec(bare);
  return url ? refOf(url[1]!) : undefined;
}

/**
 * The contact a console link points at: only the contact-trace-records page counts. Link unfurls
 * see every console URL pasted (queues, users, flows, dashboards), and the ids in those are not
 * contacts: looking them up would only spend the DescribeContact quota.
 */
export function contactRefFromConsoleUrl(url: string): ContactRef | undefined {
  const match = URL_TOKEN.exec(url.trim());
  return match ? refOf(match[1]!) : undefined;
}

/** Keeps the first mention of each contact, upgraded with an instance when an ARN names one. */
function dedupe(refs: ContactRef[]): ContactRef[] {
  const byId = new Map<string, ContactRef>();
  for (const ref of refs) {
    const seen = byId.get(ref.contactId);
    if (!seen || (!seen.instanceId && ref.instanceId)) byId.set(ref.contactId, ref);
  }
  return [...byId.values()];
}

/** `/contact` arguments: ids, contact ARNs or console URLs separated by whitespace or commas. */
export function parseContactArgs(text: string): { refs: ContactRef[]; invalid: string[] } {
  const refs: ContactRef[] = [];
  const invalid = new Set<string>();
  const tokens = text.replace(SLACK_LINK, "$1").split(/[\s,]+/);
  for (const token of tokens.filter(Boolean)) {
    const ref = parseToken(token);
    if (ref) refs.push(ref);
    else invalid.add(token);
  }
  return { refs: dedupe(refs), invalid: [...invalid] };
}

/** Every contact mentioned in free text (alerts, JSON payloads, links), in order of appearance. */
export function extractContactRefs(text: string): ContactRef[] {
  // JSON escapes `/` as `\/`, and links percent-encode ARNs.
  const normalised = text.replace(/\\\//g, "/").replace(/%3a/gi, ":").replace(/%2f/gi, "/");
  const refs: ContactRef[] = [];
  for (const match of normalised.matchAll(IN_TEXT)) {
    if (match[3]) refs.push(refOf(match[3], match[2], match[1]));
    else if (match[4]) refs.push(refOf(match[4]));
  }
  return dedupe(refs);
}
