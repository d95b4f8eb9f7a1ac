import { ErrorCode, WebClient } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

const BLOCKS = [{ type: "section", text: { type: "mrkdwn", text: "*Contact* c-1" } }];

describe("fake slack with the real WebClient", () => {
  let slack: FakeSlack;
  let web: WebClient;

  beforeAll(async () => {
    slack = await startFakeSlack({ rateLimitPerChannel: 1 });
    web = new WebClient("xoxb-good", {
      slackApiUrl: `${slack.url}/api/`,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  });
  afterEach(() => {
    slack.reset();
    slack.setValidTokens(undefined);
  });
  afterAll(() => slack.stop());

  it("answers auth.test as the bot", async () => {
    const out = await web.auth.test();
    expect(out).toMatchObject({ ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T123" });
  });

  it("records chat.postMessage with blocks parsed and increasing ts", async () => {
    const first = await web.chat.postMessage({ channel: "C1", text: "hi", blocks: BLOCKS });
    const second = await web.chat.postMessage({ channel: "C2", text: "again" });
    expect(first).toMatchObject({ ok: true, channel: "C1", message: { blocks: BLOCKS } });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(slack.postsTo("C1")).toEqual([
      expect.objectContaining({
        method: "chat.postMessage",
        token: "xoxb-good",
        args: { channel: "C1", text: "hi", blocks: BLOCKS },
      }),
    ]);
  });

  it("accepts JSON bodies too", async () => {
    const res = await fetch(`${slack.url}/api/chat.postEphemeral`, {
      method: "POST",
      headers: {
        authorization: "Bearer xoxb-json",
        "content-type": "application/json; charset=utf-8",
      },
      body: JSON.stringify({ channel: "C1", user: "U1", blocks: BLOCKS }),
    });
    expect(await res.json()).toMatchObject({ ok: true, message_ts: expect.any(String) });
    expect(slack.calls[0]).toMatchObject({ token: "xoxb-json", args: { blocks: BLOCKS } });
  });

  it("refuses tokens outside setValidTokens with invalid_auth", async () => {
    slack.setValidTokens(["xoxb-other"]);
    await expect(web.chat.postMessage({ channel: "C1", text: "x" })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: "invalid_auth" },
    });
    expect(slack.calls[0]?.error).toBe("invalid_auth");
    expect(slack.postsTo("C1")).toEqual([]);
  });

  it("rate-limits posts per channel, not across channels", async () => {
    await web.chat.postMessage({ channel: "C1", text: "one" });
    await expect(web.chat.postMessage({ channel: "C1", text: "two" })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 1,
    });
    await expect(web.chat.postMessage({ channel: "C2", text: "other" })).resolves.toMatchObject({
      ok: true,
    });
    expect(slack.rateLimited).toBe(1);
    expect(slack.postsTo("C1")).toHaveLength(1);
  });

  it("fails the next calls as told, then recovers", async () => {
    slack.failNext("chat.update", "message_not_found");
    slack.failNext("chat.update", { status: 429, retryAfter: 3 });
    slack.failNext("chat.update", { status: 503 });
    const update = () => web.chat.update({ channel: "C1", ts: "1.2", text: "x" });
    await expect(update()).rejects.toMatchObject({ data: { error: "message_not_found" } });
    await expect(update()).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 3,
    });
    await expect(update()).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    await expect(update()).resolves.toMatchObject({ ok: true, ts: "1.2" });
    expect(slack.rateLimited).toBe(0);
  });

  it("answers usergroups, unfurls, views and unknown methods", async () => {
    slack.setUsergroup("S1", ["U1", "U2"]);
    await expect(web.usergroups.users.list({ usergroup: "S1" })).resolves.toMatchObject({
      users: ["U1", "U2"],
    });
    await expect(web.usergroups.users.list({ usergroup: "S9" })).rejects.toMatchObject({
      data: { error: "no_such_subteam" },
    });
    const unfurls = { "https://x": { blocks: BLOCKS } };
    await web.chat.unfurl({ channel: "C1", ts: "1.2", unfurls });
    expect(slack.calls.at(-1)?.args.unfurls).toEqual(unfurls);
    const view = {
      type: "modal" as const,
      title: { type: "plain_text" as const, text: "T" },
      blocks: [],
    };
    await expect(web.views.open({ trigger_id: "t1", view })).resolves.toMatchObject({
      view: { type: "modal" },
    });
    await expect(web.apiCall("nope.nothing")).rejects.toMatchObject({
      data: { error: "unknown_method" },
    });
  });

  it("records posts to response_url endpoints", async () => {
    const target = slack.responseUrl("cmd-1");
    expect(target).toBe(`${slack.url}/response/cmd-1`);
    const res = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", text: "working" }),
    });
    expect(res.status).toBe(200);
    expect(slack.responses).toEqual([
      {
        id: "cmd-1",
        body: { response_type: "ephemeral", text: "working" },
        at: expect.any(Number),
      },
    ]);
    expect(slack.responseUrl()).not.toBe(slack.responseUrl());
  });

  it("waits for a condition or times out", async () => {
    setTimeout(() => void web.chat.postMessage({ channel: "C3", text: "later" }), 50);
    const post = await slack.waitFor(() => slack.postsTo("C3")[0]);
    expect(post.args.text).toBe("later");
    await expect(slack.waitFor(() => slack.postsTo("C4")[0], 100)).rejects.toThrow(/within 100 ms/);
  });
});
