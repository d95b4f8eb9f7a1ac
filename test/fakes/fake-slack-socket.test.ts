import { App } from "@slack/bolt";
import { LogLevel, SocketModeClient } from "@slack/socket-mode";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

describe("fake slack Socket Mode with the real SocketModeClient", () => {
  let slack: FakeSlack;
  let client: SocketModeClient;

  beforeEach(async () => {
    slack = await startFakeSlack();
    client = new SocketModeClient({
      appToken: "xapp-1-test",
      logLevel: LogLevel.ERROR,
      clientPingTimeout: 600,
      clientOptions: { slackApiUrl: `${slack.url}/api/` },
    });
  });
  afterEach(async () => {
    await client.disconnect();
    await slack.stop();
  });

  it("handshakes, delivers a slash command and resolves with the client's ack", async () => {
    client.on("slash_commands", async ({ ack, body }) => {
      await ack({ response_type: "ephemeral", text: `looking up ${body.text}` });
    });
    await client.start();
    await slack.socket.connected();
    expect(slack.calls).toEqual([
      expect.objectContaining({ method: "apps.connections.open", token: "xapp-1-test" }),
    ]);

    const ack = await slack.socket.send({
      type: "slash_commands",
      payload: { command: "/contact", text: "c-1", user_id: "U1", channel_id: "C1" },
    });
    expect(ack).toEqual({
      envelope_id: expect.any(String),
      payload: { response_type: "ephemeral", text: "looking up c-1" },
    });
  });

  it("passes the envelope fields the client reads", async () => {
    const seen: unknown[] = [];
    client.on("slack_event", async ({ ack, type, body, retry_num, accepts_response_payload }) => {
      seen.push({ type, body, retry_num, accepts_response_payload });
      await ack();
    });
    await client.start();
    const ack = await slack.socket.send({
      type: "interactive",
      payload: { type: "block_actions" },
    });
    expect(ack.payload).toEqual({});
    expect(seen).toEqual([
      {
        type: "interactive",
        body: { type: "block_actions" },
        retry_num: 0,
        accepts_response_payload: false,
      },
    ]);
  });

  it("rejects when nothing acks in time", async () => {
    await client.start();
    await expect(
      slack.socket.send({ type: "events_api", payload: { event: { type: "app_mention" } } }, 200),
    ).rejects.toThrow(/no ack/);
  });

  it("makes the client reconnect after a disconnect message", async () => {
    await client.start();
    expect(slack.socket.connections).toBe(1);
    const reconnected = new Promise((resolve) => client.once("connected", resolve));
    slack.socket.disconnect();
    await reconnected;
    expect(slack.calls.filter((c) => c.method === "apps.connections.open")).toHaveLength(2);
    expect(slack.socket.connections).toBe(1);
  });
});

describe("fake slack Socket Mode with a Bolt app", () => {
  it("routes an envelope to app.command when the URL is given via installerOptions", async () => {
    const slack = await startFakeSlack();
    const slackApiUrl = `${slack.url}/api/`;
    // Bolt hands the socket-mode client installerOptions.clientOptions, not App's clientOptions.
    const app = new App({
      token: "xoxb-test",
      appToken: "xapp-1-test",
      socketMode: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl },
      installerOptions: { clientOptions: { slackApiUrl } },
    });
    app.command("/contact", async ({ ack, command }) => {
      await ack({ response_type: "ephemeral", text: `looking up ${command.text}` });
    });
    try {
      await app.start();
      const ack = await slack.socket.send({
        type: "slash_commands",
        payload: {
          command: "/contact",
          text: "c-9",
          user_id: "U1",
          channel_id: "C1",
          team_id: "T123",
        },
      });
      expect(ack.payload).toEqual({ response_type: "ephemeral", text: "looking up c-9" });
      expect(slack.calls.map((c) => c.method)).toContain("auth.test");
    } finally {
      await app.stop();
      await slack.stop();
    }
  });
});
