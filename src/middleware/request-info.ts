import type { AnyMiddlewareArgs } from "@slack/bolt";

export type Surface = "command" | "action" | "shortcut" | "alert" | "unfurl" | "other";

/** Who asked, where, and through which surface — read the same way for every kind of request. */
export interface RequestInfo {
  surface: Surface;
  teamId?: string;
  userId?: string;
  channelId?: string;
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
    };
  }
  const type = field(body, "type");
  return {
    surface: type === "block_actions" ? "action" : type === "message_action" ? "shortcut" : "other",
    teamId,
    userId: text(field(field(body, "user"), "id")),
    channelId:
      text(field(field(body, "channel"), "id")) ??
      text(field(field(body, "container"), "channel_id")),
  };
}
