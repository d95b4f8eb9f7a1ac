import { FILE_HANDLERS, type FileContext } from "./slack-files.js";

/** The Web API methods the bot uses, answered the way Slack answers them (HTTP 200, `ok` flag). */
export interface SlackMethodContext extends FileContext {
  /** A fresh message ts, strictly increasing like Slack's. */
  nextTs(): string;
  usergroups: ReadonlyMap<string, string[]>;
  /** users.info answers: user id → IANA time zone (`tz`); other users have none. */
  timeZones: ReadonlyMap<string, string>;
  /** users.info answers: guests by id; everyone else is a full member. */
  guests: ReadonlyMap<string, GuestKind>;
  socketUrl: string;
}

/** A multi-channel guest (`is_restricted`) or a single-channel one (both flags, as Slack sets them). */
export type GuestKind = "restricted" | "ultra_restricted";

export type SlackResult = { ok: boolean; error?: string } & Record<string, unknown>;
type Args = Record<string, unknown>;
type Handler = (args: Args, ctx: SlackMethodContext) => SlackResult;

export const BOT = { user_id: "UBOT", bot_id: "BBOT", team_id: "T123" } as const;

const fail = (error: string): SlackResult => ({ ok: false, error });

const ECHOED = ["blocks", "attachments", "thread_ts", "metadata"];

/** The message as Slack echoes it back, so the bot can read its own post. */
function message(args: Args, ts: string): Args {
  const echoed = Object.fromEntries(
    ECHOED.filter((key) => args[key] !== undefined).map((key) => [key, args[key]]),
  );
  return {
    type: "message",
    user: BOT.user_id,
    bot_id: BOT.bot_id,
    ts,
    text: args.text ?? "",
    ...echoed,
  };
}

function hasContent(args: Args): boolean {
  return Boolean(args.text || args.blocks || args.attachments);
}

const HANDLERS: Record<string, Handler> = {
  "auth.test": () => ({
    ok: true,
    url: "https://fake.slack.com/",
    team: "Fake Team",
    user: "bot",
    ...BOT,
    is_enterprise_install: false,
  }),
  "chat.postMessage": (args, ctx) => {
    if (!args.channel) return fail("channel_not_found");
    if (!hasContent(args)) return fail("no_text");
    const ts = ctx.nextTs();
    return { ok: true, channel: args.channel, ts, message: message(args, ts) };
  },
  "chat.postEphemeral": (args, ctx) => {
    if (!args.channel) return fail("channel_not_found");
    if (!args.user) return fail("user_not_in_channel");
    if (!hasContent(args)) return fail("no_text");
    return { ok: true, message_ts: ctx.nextTs() };
  },
  "chat.update": (args) => {
    if (!args.channel) return fail("channel_not_found");
    if (!args.ts) return fail("message_not_found");
    const ts = String(args.ts);
    return {
      ok: true,
      channel: args.channel,
      ts,
      text: args.text ?? "",
      message: message(args, ts),
    };
  },
  "chat.unfurl": (args) =>
    args.unfurls || args.user_auth_message ? { ok: true } : fail("invalid_arguments"),
  "usergroups.users.list": (args, ctx) => {
    const users = ctx.usergroups.get(String(args.usergroup ?? ""));
    return users ? { ok: true, users: [...users] } : fail("no_such_subteam");
  },
  "users.info": (args, ctx) => {
    const id = String(args.user ?? "");
    if (!/^[UW][A-Z0-9]+$/.test(id)) return fail("user_not_found");
    const tz = ctx.timeZones.get(id);
    const guest = ctx.guests.get(id);
    return {
      ok: true,
      user: {
        id,
        name: id.toLowerCase(),
        is_bot: false,
        is_restricted: guest !== undefined,
        is_ultra_restricted: guest === "ultra_restricted",
        ...(tz ? { tz } : {}),
      },
    };
  },
  "apps.connections.open": (_args, ctx) => ({ ok: true, url: ctx.socketUrl }),
  "views.open": (args, ctx) => {
    if (!args.trigger_id || !args.view) return fail("invalid_arguments");
    const view = typeof args.view === "object" ? args.view : {};
    return { ok: true, view: { id: `V${ctx.nextTs().replace(".", "")}`, ...view } };
  },
};

export function callSlackMethod(method: string, args: Args, ctx: SlackMethodContext): SlackResult {
  const handler = HANDLERS[method] ?? FILE_HANDLERS[method];
  return handler ? handler(args, ctx) : fail("unknown_method");
}
