import { beforeAll, describe, expect, it } from "vitest";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import {
  blockSuggestionBody,
  globalShortcutBody,
  postSigned,
  viewSubmissionBody,
} from "../support/slack-request.js";
import { SIGNING_SECRET, textOf, useHarness } from "./harness.js";
import { FOUND, seedSearch } from "./search-seed.js";
import {
  ALERT_CHANNEL,
  alertEnv,
  alertMessage,
  freshTs,
  settle,
  threadPosts,
  waitForPosts,
} from "./surface-support.js";

const h = useHarness({ env: alertEnv(`form-${Date.now()}:`) });
beforeAll(() => seedSearch(h.connect));

const post = (body: string) => postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
const opened = () => h.slack.waitFor(() => h.slack.calls.find((c) => c.method === "views.open"));

function submit(values: Record<string, Record<string, unknown>>, privateMetadata = '{"c":"C1"}') {
  return post(viewSubmissionBody({ callbackId: "contact_search", privateMetadata, values }));
}

const selected = (value: string) => ({
  type: "static_select",
  selected_option: { value, text: { type: "plain_text", text: value } },
});

describe("the search form", () => {
  it("opens from /contact search with the channel in private_metadata", async () => {
    await h.command("search", { channelId: "C777" });
    const call = await opened();
    const view = call.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { type: string; action_id: string } }[];
    };
    expect(view.callback_id).toBe("contact_search");
    expect(JSON.parse(view.private_metadata)).toEqual({ c: "C777" });
    const ids = Object.fromEntries(view.blocks.map((b) => [b.block_id, b.element]));
    expect(ids.queue).toMatchObject({ type: "external_select", action_id: "queue" });
    expect(ids.agent).toMatchObject({ type: "external_select", action_id: "agent" });
    expect(Object.keys(ids)).toEqual(expect.arrayContaining(["channel", "outcome", "time"]));
  });

  it("opens from the global shortcut find_contacts, answering in the DM", async () => {
    const res = await post(globalShortcutBody({ callbackId: "find_contacts", userId: "U9" }));
    expect(res.status).toBe(200);
    const call = await opened();
    expect(JSON.parse((call.args.view as { private_metadata: string }).private_metadata)).toEqual(
      {},
    );
  });

  it("answers block_suggestion for queues with the names containing what was typed", async () => {
    const res = await post(blockSuggestionBody({ actionId: "queue", value: "bil" }));
    const { options } = JSON.parse(res.body) as { options: { value: string }[] };
    expect(options.map((o) => o.value)).toEqual(["Billing", "Billing Support"]);
    const agents = await post(blockSuggestionBody({ actionId: "agent", value: "jane" }));
    expect(JSON.parse(agents.body)).toMatchObject({
      options: [{ value: "jdoe", text: { text: "Jane Doe (jdoe)" } }],
    });
  });

  it("posts the result list privately in the channel it was opened from", async () => {
    const res = await submit({
      queue: { queue: { type: "external_select", selected_option: { value: "Billing Support" } } },
      outcome: { outcome: { type: "checkboxes", selected_options: [{ value: "abandoned" }] } },
      time: { time: selected("3600") },
    });
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postEphemeral"),
    );
    expect(call.args).toMatchObject({ channel: "C1", user: "U1" });
    expect(textOf(call.args)).toContain(
      "Abandoned contacts in Billing Support, last 1 h — 1 found",
    );
    expect(textOf(call.args)).toContain(FOUND.abandoned);
  });

  it("posts to the user's DM when opened from the shortcut", async () => {
    await submit(
      { channel: { channel: selected("chat") }, time: { time: selected("86400") } },
      "{}",
    );
    const call = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postMessage"),
    );
    expect(call.args.channel).toBe("U1");
    expect(textOf(call.args)).toContain(FOUND.chat);
  });

  it("falls back to the DM when the bot may not post in the channel", async () => {
    h.slack.failNext("chat.postEphemeral", "channel_not_found");
    await submit({ channel: { channel: selected("chat") }, time: { time: selected("86400") } });
    const call = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postMessage"),
    );
    expect(call.args.channel).toBe("U1");
    expect(textOf(call.args)).toContain(FOUND.chat);
  });

  it("answers invalid input in the modal", async () => {
    const noStart = await submit({ time: { time: selected("custom") } });
    expect(JSON.parse(noStart.body)).toMatchObject({
      response_action: "errors",
      errors: { since: expect.any(String) },
    });
    const now = Math.floor(Date.now() / 1000);
    const backwards = await submit({
      time: { time: selected("custom") },
      since: { since: { type: "datetimepicker", selected_date_time: now - 600 } },
      until: { until: { type: "datetimepicker", selected_date_time: now - 3600 } },
    });
    expect(JSON.parse(backwards.body)).toMatchObject({
      response_action: "errors",
      errors: { until: expect.stringContaining("not after") },
    });
    expect(h.connect.count("SearchContacts")).toBe(0);
  });
});

describe("metric alarms in alert threads", () => {
  const alarm = (ts: string) =>
    alertMessage(
      ts,
      [
        'ALARM: "Billing abandon rate" in US East (N. Virginia)',
        "Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (10.0).",
        "Dimensions:",
        `InstanceId = ${INSTANCE_ID}`,
        "MetricGroup = Queue",
        "QueueName = Billing Support",
      ].join("\n"),
      { subtype: "bot_message", bot_id: "BCLOUDWATCH" },
    );

  it("replies once with the queue's contacts, problems first, and not again on the retry", async () => {
    const ts = freshTs();
    const eventId = `EvAlarm${Date.now()}`;
    await h.event(alarm(ts), { eventId });
    const [reply] = await waitForPosts(h, ts, 1);
    const text = textOf(reply?.args);
    expect(text).toContain("Billing Support");
    const args = reply?.args as
      | { blocks: { accessory?: { action_id: string; value: string } }[] }
      | undefined;
    const blocks = args?.blocks ?? [];
    const ids = blocks
      .filter((b) => b.accessory?.action_id === "contact_open")
      .map((b) => JSON.parse(b.accessory!.value).c);
    expect(ids[0]).toBe(FOUND.abandoned);
    expect(ids[1]).toBe(FOUND.longWait);
    expect(ids).not.toContain(FOUND.old);
    await h.event(alarm(ts), { eventId, retryNum: 1 });
    await settle();
    expect(threadPosts(h, ts)).toHaveLength(1);
    expect(h.slack.postsTo(ALERT_CHANNEL)).toHaveLength(1);
  });

  it('reads the "QueueName": "…" form of the dimension too', async () => {
    const ts = freshTs();
    await h.event(
      alertMessage(ts, '{"Dimensions": {"QueueName": "billing support"}}', {
        bot_id: "BX",
        subtype: "bot_message",
      }),
    );
    const [reply] = await waitForPosts(h, ts, 1);
    expect(textOf(reply?.args)).toContain(FOUND.abandoned);
  });

  it("still answers with the queue when its other UUIDs turn out not to be contacts", async () => {
    const ts = freshTs();
    const text = "QueueName: Billing Support\nRequestId: 0d6e9d3c-1f2a-4b5c-8d7e-9f0a1b2c3d4e";
    await h.event(alertMessage(ts, text, { bot_id: "BX", subtype: "bot_message" }));
    const [reply] = await waitForPosts(h, ts, 1);
    expect(textOf(reply?.args)).toContain(FOUND.abandoned);
    expect(h.connect.count("DescribeContact")).toBe(1);
  });

  it("stays quiet for a queue name the instance does not have", async () => {
    const ts = freshTs();
    await h.event(alertMessage(ts, "QueueName: Nowhere", { bot_id: "BX", subtype: "bot_message" }));
    await settle();
    expect(threadPosts(h, ts)).toHaveLength(0);
    expect(h.connect.count("SearchContacts")).toBe(0);
  });
});
