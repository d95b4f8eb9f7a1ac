import type { AnyMiddlewareArgs } from "@slack/bolt";

export type Surface = "command" | "action" | "shortcut" | "form" | "alert" | "unfurl" | "other";

/** Who asked, where, and through which surface — read the same way for every kind of request. */
export interface RequestInfo {
  surface: Surface;
  teamId?: string;
  userId?: string;
  channelId?: string;
  /** The message came from an app's bot (an alert), not from a person typing it. */
  fromBot?: boolean;
}

type Loose = Record<string, unknown> | undefined;

function field(value: unknown, key: string): unknown {
  return value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

export function requestInfo(args: AnyMiddlewareArgs): RequestInfo {
  const body = args.body as Loose;
  if ("command" in args) {
    return {
      surface: "command",
      teamId: text(field(body, "team_id")),
      userId: text(field(body, "user_id")),
      channelId: text(field(body, "channel_id")),
    };
  }
  const teamId = text(field(field(body, "team"), "id")) ?? text(field(body, "team_id"));
  if ("event" in args) {
    const event = args.event as unknown as Loose;
    return {
      surface: field(event, "type") === "link_shared" ? "unfurl" : "alert",
      teamId,
      userId: text(field(event, "user")),
      channelId: text(field(event, "channel")),
      ...(text(field(event, "bot_id")) ? { fromBot: true } : {}),
    };
  }
  const type = field(body, "type");
  return {
    surface: SURFACES[String(type)] ?? "other",
    teamId,
    userId: text(field(field(body, "user"), "id")),
    channelId:
      text(field(field(body, "channel"), "id")) ??
      text(field(field(body, "container"), "channel_id")) ??
      formChannel(field(body, "view")),
  };
}

const SURFACES: Record<string, Surface> = {
  block_actions: "action",
  message_action: "shortcut",
  shortcut: "shortcut",
  view_submission: "form",
  block_suggestion: "form",
};

/** A form opened from a channel carries it in `private_metadata` (`{"c":"C123"}`). */
export function formChannel(view: unknown): string | undefined {
  const metadata = text(field(view, "private_metadata"));
  if (!metadata) return undefined;
  try {
    return text(field(JSON.parse(metadata), "c"));
  } catch {
    return undefined;
  }
}
