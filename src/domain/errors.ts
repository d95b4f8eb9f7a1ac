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

/** Wraps anything thrown into a BotError so callers always have a code and a reference. */
export function toBotError(err: unknown): BotError {
  if (err instanceof BotError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new BotError("INTERNAL", message, { cause: err });
}
