import { BotError } from "./errors.js";

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
