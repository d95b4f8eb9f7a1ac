import {
  AccessDeniedError,
  type BotError,
  ContactNotFoundError,
  type ErrorCode,
  FlowLogGroupNotFoundError,
  ForeignInstanceError,
  InvalidContactIdError,
  SlackDeliveryUncertainError,
  ThrottledError,
  toBotError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../src/domain/errors.js";
import {
  InvalidSearchError,
  NotAllowedError,
  UnknownNameError,
} from "../src/domain/request-errors.js";
import { truncateEscaped } from "../src/domain/truncate.js";
import { context, type KnownBlock, section } from "./block-kit.js";
import { bold, code, join, type Mrkdwn, md, trusted } from "./mrkdwn.js";

export interface ErrorContext {
  input?: string;
  contactId?: string;
}

const TRY_AGAIN = "try again in a few seconds.";
const EXPECTED =
  "I expected a UUID like `1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d`, an ARN like " +
  "`arn:aws:connect:us-east-1:123456789012:instance/…/contact/…`, or an Amazon Connect console URL.";

type Wording = (err: BotError, ctx: ErrorContext) => Mrkdwn;

/** The one place that words each error code for users; a new code fails to compile until worded here. */
const WORDING: Record<ErrorCode, Wording> = {
  INVALID_CONTACT_ID: (err, ctx) => {
    const input = err instanceof InvalidContactIdError ? err.input : ctx.input;
    return trusted(`${code(input, 200) ?? "That"} is not a contact id. ${EXPECTED}`);
  },
  CONTACT_NOT_FOUND: (err, ctx) => {
    const id = err instanceof ContactNotFoundError ? err.contactId : ctx.contactId;
    const instances = err instanceof ContactNotFoundError ? err.instanceIds : [];
    const where = join(
      instances.slice(0, 10).map((instance) => code(instance, 100)),
      ", ",
    );
    return trusted(
      `I could not find ${code(id, 100) ?? "the contact"}${where ? ` in instance ${where}` : ""}. ` +
        "Amazon Connect keeps contacts for 24 months; older ones are gone.",
    );
  },
  FOREIGN_INSTANCE: (err) => {
    const foreign = err instanceof ForeignInstanceError ? err : undefined;
    const id = code(foreign?.instanceId, 100);
    const region = code(foreign?.region, 100);
    const where = region ? ` in ${region}` : "";
    return trusted(
      `${id ? `Instance ${id}${where}` : region ? `The instance${where}` : "That instance"} is not ` +
        "one of this bot's instances, so I did not look there. I look up contacts only in the " +
        "instances set in CONNECT_INSTANCE_ID, each in its own region.",
    );
  },
  THROTTLED: (err) =>
    trusted(
      `${err instanceof ThrottledError ? err.service : "Amazon Connect"} is busy right now (throttled) — ${TRY_AGAIN}`,
    ),
  ACCESS_DENIED: (err) => {
    const action = err instanceof AccessDeniedError ? code(err.action, 100) : undefined;
    const resource = err instanceof AccessDeniedError ? code(err.resource, 300) : undefined;
    return trusted(
      `I am not allowed to call ${action ?? "Amazon Connect"}${resource ? ` on ${resource}` : ""}. ` +
        "Ask an admin to grant it to the bot's IAM role.",
    );
  },
  FLOW_LOGS_MISSING: (err) => {
    const group = err instanceof FlowLogGroupNotFoundError ? code(err.logGroup, 300) : undefined;
    return trusted(
      `Flow logs are not enabled for this instance — no log group ${group ?? "for its flow logs"}. ` +
        "Turn on flow logging for the instance, or set CONNECT_FLOW_LOG_GROUP.",
    );
  },
  UPSTREAM_TIMEOUT: (err) => {
    if (err instanceof SlackDeliveryUncertainError) {
      return trusted(
        `Slack did not confirm the post within ${Math.ceil(err.timeoutMs / 1000)} s — it may still appear; check before trying again.`,
      );
    }
    const seconds =
      err instanceof UpstreamTimeoutError ? ` within ${Math.ceil(err.timeoutMs / 1000)} s` : "";
    const service = err instanceof UpstreamTimeoutError ? err.service : "Amazon Connect";
    return trusted(`${service} did not answer${seconds} — ${TRY_AGAIN}`);
  },
  UPSTREAM_ERROR: (err) =>
    trusted(
      `${err instanceof UpstreamError ? err.service : "Amazon Connect"} answered with an error, so I could not finish this.`,
    ),
  INVALID_SEARCH: (err) => {
    if (!(err instanceof InvalidSearchError)) return trusted("I could not read that search.");
    return trusted(
      `I could not use ${code(err.filter, 200) ?? "that filter"}: ${md(err.reason, 500) ?? "it is not a filter"}. ` +
        "Type `/contact help` for the filters.",
    );
  },
  PHONE_SEARCH_NOT_SET_UP: () =>
    trusted(
      "Searching by phone needs setting up: Amazon Connect's contact search has no phone filter of its own. " +
        "Have your flows store the caller's number in a contact attribute (a *Set contact attributes* block, " +
        "e.g. `customerPhone` = `$.CustomerEndpoint.Address`), add that key to the instance's searchable " +
        "contact attributes (*Contact search* in the admin website), then ask your admin to set " +
        "`SEARCH_PHONE_ATTRIBUTE=customerPhone` for me.",
    ),
  UNKNOWN_NAME: (err) => {
    if (!(err instanceof UnknownNameError)) return trusted("I do not know that name.");
    const names = err.suggestions.slice(0, 3).map((name) => bold(name));
    const guess = names.length > 0 ? ` — did you mean ${names.join(" or ")}?` : ".";
    return trusted(`No ${err.kind} named ${bold(err.name)}${guess}`);
  },
  SEARCH_EXPIRED: () => trusted("This search has expired — run it again."),
  NOT_ALLOWED: (err) => {
    const reason = err instanceof NotAllowedError ? err.reason : "not_listed";
    if (reason === "unverified") {
      return trusted(`I could not confirm your account type with Slack — ${TRY_AGAIN}`);
    }
    const who = reason === "guest" ? "Guest accounts don't" : "You don't";
    return trusted(`${who} have access to contact lookups here — ask your Slack admin.`);
  },
  FOREIGN_RESPONSE_URL: () =>
    trusted("I can only answer through Slack, and this request asked for the answer elsewhere."),
  OVERLOADED: () => trusted(`I am answering too many requests at once — ${TRY_AGAIN}`),
  CONFIG_ERROR: () => trusted("I am not configured correctly — ask your Slack admin."),
  INTERNAL: () => trusted("Something went wrong on my side."),
};

/** Codes whose cause only the logs explain: the user gets the reference to quote. */
const WITH_REFERENCE = new Set<ErrorCode>(["UPSTREAM_ERROR", "CONFIG_ERROR", "INTERNAL"]);

/** Any error's wording alone, for a message that says it in place (e.g. in the open Flow section). */
export function errorWording(err: unknown): Mrkdwn {
  const error = toBotError(err);
  const reference = WITH_REFERENCE.has(error.code) ? code(error.ref, 50) : undefined;
  const message = truncateEscaped(WORDING[error.code](error, {}), 2000);
  return trusted(`${message}${reference ? ` (reference ${reference})` : ""}`);
}

/** Any error as a user-facing message; the wording never includes internal error messages. */
export function renderError(
  err: unknown,
  ctx: ErrorContext = {},
): { text: string; blocks: KnownBlock[] } {
  const error = toBotError(err);
  const message = trusted(truncateEscaped(WORDING[error.code](error, ctx), 2000));
  const reference = WITH_REFERENCE.has(error.code) ? code(error.ref, 50) : undefined;
  return {
    text: `⚠️ ${message}${reference ? ` (reference ${reference})` : ""}`,
    blocks: [
      section(trusted(`⚠️ ${message}`)),
      ...context([reference && trusted(`Reference ${reference} — quote it when asking for help.`)]),
    ],
  };
}
