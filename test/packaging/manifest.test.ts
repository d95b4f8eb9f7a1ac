import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Manifest {
  features: {
    slash_commands: { command: string; url: string }[];
    shortcuts: { type: string; callback_id: string }[];
    app_home: { messages_tab_enabled: boolean };
    unfurl_domains: string[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url: string };
  };
}

const manifest = parse(readFileSync("manifest.yml", "utf8")) as Manifest;

describe("manifest.yml", () => {
  it("declares /contact, the investigate_contact and find_contacts shortcuts and interactivity", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/contact"]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: "investigate_contact" }),
      expect.objectContaining({ type: "global", callback_id: "find_contacts" }),
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    // Search results from the global shortcut go to the user's DM with the bot.
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it("sends every request to /slack/events", () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe("/slack/events");
  });

  it("subscribes to channel messages and link_shared, and unfurls console hosts", () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "link_shared",
      "message.channels",
      "message.groups",
    ]);
    expect(manifest.features.unfurl_domains).toEqual(["my.connect.aws", "awsapps.com"]);
  });

  it("asks for exactly the scopes the bot uses", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "channels:history",
      "chat:write",
      "commands",
      "files:write",
      "groups:history",
      "im:write",
      "links:read",
      "links:write",
      "usergroups:read",
      "users:read",
    ]);
  });
});
