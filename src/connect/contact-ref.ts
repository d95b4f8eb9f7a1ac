import { isSpace } from "../text/is-space.js";
import { trimChars } from "../text/trim-chars.js";

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
 * user ids inside it are not taken for contact ids), or a UUID that does not extend a longer
 * hex-and-dash run (see followsInstanceKey for the rest). The look-behind stays two characters
 * long: one over `\s*` rescans a run of spaces at every position, quadratic on a long run.
 */
const IN_TEXT = new RegExp(
  [
    CONTACT_ARN,
    "arn:aws[\\w-]*:[^\\s\"'<>|,;\\\\)\\]}]*",
    `(?<![0-9a-z]|[0-9a-f]-)(${UUID})(?![0-9a-z]|-[0-9a-f])`,
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
  const bare = trimChars(token, "`\"'");
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

const endsWith = (text: string, end: number, word: string) =>
  end >= word.length && text.slice(end - word.length, end).toLowerCase() === word;

/**
 * Whether the id at `at` is an instance's: after `instance/`, or after an `instanceId` key
 * (`instance_id: `, `"InstanceId": "`, `instance id=`). Read backwards by hand, once per id.
 */
function followsInstanceKey(text: string, at: number): boolean {
  if (endsWith(text, at, "instance/")) return true;
  let i = at;
  if (`"'`.includes(text.charAt(i - 1)) && i > 0) i -= 1;
  while (isSpace(text.charAt(i - 1))) i -= 1;
  if (i === 0 || !":=".includes(text.charAt(i - 1))) return false;
  i -= 1;
  while (isSpace(text.charAt(i - 1))) i -= 1;
  if (`"'`.includes(text.charAt(i - 1)) && i > 0) i -= 1;
  if (!endsWith(text, i, "id")) return false;
  i -= 2;
  const separated =
    i > 0 && "-_ ".includes(text.charAt(i - 1)) && endsWith(text, i - 1, "instance");
  return separated || endsWith(text, i, "instance");
}

/** Every contact mentioned in free text (alerts, JSON payloads, links), in order of appearance. */
export function extractContactRefs(text: string): ContactRef[] {
  // JSON escapes `/` as `\/`, and links percent-encode ARNs.
  const normalised = text.replace(/\\\//g, "/").replace(/%3a/gi, ":").replace(/%2f/gi, "/");
  const refs: ContactRef[] = [];
  for (const match of normalised.matchAll(IN_TEXT)) {
    if (match[3]) refs.push(refOf(match[3], match[2], match[1]));
    else if (match[4] && !followsInstanceKey(normalised, match.index)) refs.push(refOf(match[4]));
  }
  return dedupe(refs);
}
