import {
  AccessDeniedError,
  type BotError,
  ThrottledError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../domain/errors.js";
import type { Deadline } from "./deadline.js";
import type { RateLimiter } from "./rate-limiter.js";
import { withRetryGate } from "./retry-gate.js";

/** Which AWS service a LimitedCall talks to: for the words and the IAM action. */
export interface ServiceNames {
  /** "Amazon Connect", "CloudWatch Logs". */
  service: string;
  /** The IAM prefix of its actions: "connect", "logs". */
  iamPrefix: string;
  /** IAM actions named otherwise than their operation, e.g. S3's ListObjectsV2 → "ListBucket". */
  iamActions?: Readonly<Record<string, string>>;
}

const CONNECT: ServiceNames = { service: "Amazon Connect", iamPrefix: "connect" };

export type CallOutcome = "ok" | "not_found" | "throttled" | "denied" | "timeout" | "error";

export interface LimitedCallHooks {
  /** One observation per SDK call (after the rate limiter), with its duration. */
  onCall?(operation: string, outcome: CallOutcome, seconds: number): void;
}

export interface LimitedCall {
  /**
   * Runs one SDK call under the operation's rate limiter and the deadline. Resolves undefined when the
   * resource does not exist; every other failure is thrown as a BotError.
   */
  send<T>(
    operation: string,
    deadline: Deadline,
    call: (abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined>;
}

const THROTTLED = [
  "ThrottlingException",
  "TooManyRequestsException",
  "LimitExceededException",
  // S3's
  "SlowDown",
];
/** S3 says NoSuchKey where the others say ResourceNotFoundException. */
const NOT_FOUND = ["ResourceNotFoundException", "NoSuchKey"];
const DENIED = [
  "AccessDeniedException",
  "UnauthorizedException",
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "ExpiredToken",
  "ExpiredTokenException",
];
const TIMED_OUT = ["TimeoutError", "RequestTimeout", "RequestTimeoutException", "AbortError"];

interface SdkError {
  name?: unknown;
  $metadata?: { httpStatusCode?: number };
}

export function classifyAwsError(err: unknown, signal?: AbortSignal): CallOutcome {
  // Whatever the SDK throws once the deadline has passed (often an AbortError) is a timeout.
  if (signal?.aborted) return "timeout";
  const { name, $metadata } = (typeof err === "object" && err !== null ? err : {}) as SdkError;
  const status = $metadata?.httpStatusCode;
  if (NOT_FOUND.includes(String(name))) return "not_found";
  if (THROTTLED.includes(String(name)) || status === 429) return "throttled";
  if (DENIED.includes(String(name)) || status === 403) return "denied";
  if (TIMED_OUT.includes(String(name))) return "timeout";
  return "error";
}

function toBotError(
  outcome: CallOutcome,
  err: unknown,
  operation: string,
  ms: number,
  names: ServiceNames,
): BotError {
  const options = { cause: err };
  if (outcome === "throttled") {
    return new ThrottledError(operation, { ...options, service: names.service });
  }
  if (outcome === "denied") {
    const action = names.iamActions?.[operation] ?? operation;
    return new AccessDeniedError(`${names.iamPrefix}:${action}`, options);
  }
  if (outcome === "timeout") return new UpstreamTimeoutError(names.service, ms, options);
  const message = err instanceof Error ? err.message : String(err);
  return new UpstreamError(names.service, `${operation} failed: ${message}`, options);
}

/** Settles with `promise`, or rejects as soon as `signal` aborts even if `promise` never settles. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Rate-limited, deadline-bound SDK calls with errors as BotErrors. Amazon Connect by default;
 * `names` points the same discipline at another AWS service (CloudWatch Logs).
 */
export function createLimitedCall(options: {
  limiterFor: (operation: string) => RateLimiter;
  hooks?: LimitedCallHooks;
  names?: ServiceNames;
}): LimitedCall {
  const { limiterFor, hooks, names = CONNECT } = options;
  return {
    async send(operation, deadline, call) {
      const limiter = limiterFor(operation);
      try {
        await limiter.acquire(deadline.signal, { background: deadline.background });
      } catch (err) {
        hooks?.onCall?.(operation, "timeout", 0);
        throw new UpstreamTimeoutError(names.service, deadline.ms, { cause: err });
      }
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const attempts = withRetryGate(limiter, deadline, () => call(deadline.signal));
        const output = await abortable(attempts, deadline.signal);
        hooks?.onCall?.(operation, "ok", seconds());
        return output;
      } catch (err) {
        const outcome = classifyAwsError(err, deadline.signal);
        hooks?.onCall?.(operation, outcome, seconds());
        if (outcome === "not_found") return undefined;
        throw toBotError(outcome, err, operation, deadline.ms, names);
      }
    },
  };
}
