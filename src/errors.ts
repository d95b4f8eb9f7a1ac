/**
 * Every failure the bot can explain to a user has a code here. The user-facing wording for each
 * code lives in one place, `blocks/error-message.ts`; logs carry the code and the `ref`.
 */
export type ErrorCode =
  | "INVALID_CONTACT_ID"
  | "CONTACT_NOT_FOUND"
  | "FOREIGN_INSTANCE"
  | "THROTTLED"
  | "ACCESS_DENIED"
  | "UPSTREAM_TIMEOUT"
  | "UPSTREAM_ERROR"
  | "INVALID_SEARCH"
  | "PHONE_SEARCH_NOT_SET_UP"
  | "UNKNOWN_NAME"
  | "SEARCH_EXPIRED"
  | "NOT_ALLOWED"
  | "FOREIGN_RESPONSE_URL"
  | "OVERLOADED"
  | "FLOW_LOGS_MISSING"
  | "CONFIG_ERROR"
  | "INTERNAL";

export class BotError extends Error {
  readonly code: ErrorCode;
  /** Short random reference shown to the user and logged with the details. */
  readonly ref: string;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.ref = Math.random().toString(36).slice(2, 10);
  }
}

export class InvalidContactIdError extends BotError {
  constructor(readonly input: string) {
    super("INVALID_CONTACT_ID", `Not a contact id, contact ARN or console URL: ${input}`);
  }
}

export class ContactNotFoundError extends BotError {
  constructor(
    readonly contactId: string,
    readonly instanceIds: readonly string[],
  ) {
    super("CONTACT_NOT_FOUND", `Contact ${contactId} not found in ${instanceIds.join(", ")}`);
  }
}

/**
 * A contact in an instance the bot is not configured with (CONNECT_INSTANCE_ID), or named with
 * another region than its configured one: refused before any AWS call.
 */
export class ForeignInstanceError extends BotError {
  constructor(
    readonly instanceId: string | undefined,
    readonly region?: string,
  ) {
    super("FOREIGN_INSTANCE", `Not one of this bot's instances: ${instanceId} in ${region}`);
  }
}

export class ThrottledError extends BotError {
  /** The AWS service that throttled, e.g. "Amazon S3"; Amazon Connect when not given. */
  readonly service: string;

  constructor(
    readonly operation: string,
    options?: { cause?: unknown; service?: string },
  ) {
    const service = options?.service ?? "Amazon Connect";
    super("THROTTLED", `${service} throttled ${operation}`, options);
    this.service = service;
  }
}

export class AccessDeniedError extends BotError {
  /** What it was refused on, when worth naming (a log group). */
  readonly resource?: string;

  /** The IAM action that was refused, e.g. `connect:DescribeContact`. */
  constructor(
    readonly action: string,
    options?: { cause?: unknown; resource?: string },
  ) {
    super("ACCESS_DENIED", `Access denied for ${action}`, options);
    this.resource = options?.resource;
  }
}

/** The instance's flow log group does not exist: flow logging was never turned on. */
export class FlowLogGroupNotFoundError extends BotError {
  constructor(
    readonly logGroup: string,
    options?: { cause?: unknown },
  ) {
    super("FLOW_LOGS_MISSING", `No log group ${logGroup}`, options);
  }
}

export class UpstreamTimeoutError extends BotError {
  constructor(
    readonly service: string,
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super("UPSTREAM_TIMEOUT", `${service} did not answer within ${timeoutMs} ms`, options);
  }
}

export class UpstreamError extends BotError {
  constructor(
    readonly service: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("UPSTREAM_ERROR", `${service}: ${message}`, options);
  }
}

/**
 * A message to Slack that may or may not have arrived (it timed out or the connection broke after
 * it was written). It is never sent again.
 */
export class SlackDeliveryUncertainError extends UpstreamTimeoutError {
  /** The Web API method, or undefined for a response_url post. */
  readonly method: string | undefined;

  constructor(path: string, timeoutMs: number, options?: { cause?: unknown }) {
    super("Slack", timeoutMs, options);
    const last = path.split("/").at(-1) ?? "";
    this.method = /^[a-z]+(\.[a-zA-Z]+)+$/.test(last) ? last : undefined;
    this.message = `Slack did not confirm ${this.method ?? "a response_url post"} within ${timeoutMs} ms`;
  }

  /** True when the message was the answer in place (response_url or chat.update of the message). */
  get answeredInPlace(): boolean {
    return this.method === undefined || this.method === "chat.update";
  }
}

/** The possibly delivered message in `error`'s chain (WebClient wraps it as `original`). */
export function findDeliveryUncertain(error: unknown): SlackDeliveryUncertainError | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    if (e instanceof SlackDeliveryUncertainError) return e;
    const next = e as { cause?: unknown; original?: unknown };
    e = next.original ?? next.cause;
  }
  return undefined;
}

/** A search filter the bot (or Connect) cannot use; `filter` is what the user typed. */
export class InvalidSearchError extends BotError {
  constructor(
    readonly filter: string,
    readonly reason: string,
  ) {
    super("INVALID_SEARCH", `Bad search filter ${filter}: ${reason}`);
  }
}

/** `phone:` without SEARCH_PHONE_ATTRIBUTE: SearchContacts has no phone criterion of its own. */
export class PhoneSearchNotSetUpError extends BotError {
  constructor() {
    super("PHONE_SEARCH_NOT_SET_UP", "phone: needs SEARCH_PHONE_ATTRIBUTE");
  }
}

/** A queue or agent name that matches nothing; `suggestions` are the closest known names. */
export class UnknownNameError extends BotError {
  constructor(
    readonly kind: "queue" | "agent",
    readonly name: string,
    readonly suggestions: readonly string[],
  ) {
    super("UNKNOWN_NAME", `No ${kind} named ${name}`);
  }
}

/** The "More" button of a search whose paging state has left the cache. */
export class SearchExpiredError extends BotError {
  constructor() {
    super("SEARCH_EXPIRED", "Search paging state expired");
  }
}

/**
 * Why a person was refused: not on the access lists, a guest account, or an account whose type
 * Slack would not confirm (refused too: access is never granted on a failed check).
 */
export type NotAllowedReason = "not_listed" | "guest" | "unverified";

export class NotAllowedError extends BotError {
  constructor(
    readonly userId: string,
    readonly reason: NotAllowedReason = "not_listed",
  ) {
    super("NOT_ALLOWED", `User ${userId} may not look up contacts here (${reason})`);
  }
}

export class ConfigError extends BotError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super("CONFIG_ERROR", `${variable} ${message}`);
  }
}

/** Wraps anything thrown into a BotError so callers always have a code and a reference. */
export function toBotError(err: unknown): BotError {
  if (err instanceof BotError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new BotError("INTERNAL", message, { cause: err });
}
