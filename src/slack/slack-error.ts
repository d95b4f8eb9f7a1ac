import { ErrorCode, type WebAPIRateLimitedError } from "@slack/web-api";

function code(error: unknown): unknown {
  return error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
}

/** By code rather than `instanceof`, which fails when two copies of @slack/web-api are loaded. */
export function isRateLimited(error: unknown): error is WebAPIRateLimitedError {
  return (
    code(error) === ErrorCode.RateLimitedError &&
    typeof (error as { retryAfter?: unknown }).retryAfter === "number"
  );
}

/**
 * A short, bounded label for a failed Web API call (for metrics and logs): Slack's own error
 * string (`channel_not_found`), `ratelimited`, `http_<status>`, `request_error` or `unknown`.
 */
export function slackErrorCode(error: unknown): string {
  switch (code(error)) {
    case ErrorCode.PlatformError: {
      const data = (error as { data?: { error?: unknown } }).data;
      return typeof data?.error === "string" ? data.error : "platform_error";
    }
    case ErrorCode.RateLimitedError:
      return "ratelimited";
    case ErrorCode.HTTPError:
      return `http_${(error as { statusCode?: unknown }).statusCode}`;
    case ErrorCode.RequestError:
      return "request_error";
    default:
      return "unknown";
  }
}

/** Slack's answers when the bot may not post in a channel: the user can fix that with /invite. */
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

export function isNotAMember(error: unknown): boolean {
  return NOT_A_MEMBER.has(slackErrorCode(error));
}
