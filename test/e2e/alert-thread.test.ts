import { describe, expect, it } from "vitest";
import { CONSOLE_BASE_URL, CONTACT_IDS, contactArn, QUEUES } from "../fixtures/contacts.js";
import { answersTo, buttonsOf, nthAnswer, textOf, useHarness } from "./harness.js";
import { VOICE_ATTRIBUTES } from "./seed.js";
import {
  ALERT_CHANNEL,
  alertEnv,
  alertMessage,
  botAlert,
  clickOnPost,
  freshTs,
  richTextLink,
  settle,
  threadPosts,
  waitForPosts,
} from "./surface-support.js";

const h = useHarness({ env: alertEnv("alert-thread:") });

describe("alert threads", () => {
  it("answers an alert naming two contacts with two summaries in its thread", async () => {
    const ts = freshTs();
    const text = `:rotating_light: Calls failing: ${CONTACT_IDS.voiceInbound} and ${CONTACT_IDS.chat}`;
    const { status } = await h.event(alertMessage(ts, text, { user: "U42" }));
    expect(status).toBe(200);
    const posts = await waitForPosts(h, ts, 2);
    await settle();
    expect(threadPosts(h, ts)).toHaveLength(2);
    expect(textOf(posts[0]?.args)).toContain(CONTACT_IDS.voiceInbound);
    expect(textOf(posts[0]?.args)).toContain(QUEUES.billing.name);
    expect(textOf(posts[1]?.args)).toContain(CONTACT_IDS.chat);
    // Public answers: the section buttons, but nothing to share.
    expect(buttonsOf(posts[0]?.args).has("contact_section_chain")).toBe(true);
    expect(buttonsOf(posts[0]?.args).has("contact_share")).toBe(false);
  });

  it("leaves out ids that are not contacts (request ids): no public 'not found' in the thread", async () => {
    const ts = freshTs();
    const requestId = "0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c";
    await h.event(alertMessage(ts, `RequestId: ${requestId} contact ${CONTACT_IDS.task}`));
    const [post] = await waitForPosts(h, ts, 1);
    await settle();
    expect(threadPosts(h, ts)).toHaveLength(1);
    expect(textOf(post?.args)).toContain(CONTACT_IDS.task);
    expect(textOf(threadPosts(h, ts))).not.toContain(requestId);
    expect(h.connect.count("DescribeContact")).toBeGreaterThanOrEqual(2);
  });

  it("finds contacts inside another app's attachments and blocks (ARN, console URL)", async () => {
    const ts = freshTs();
    const event = botAlert(ts, {
      attachments: [{ fallback: "ALARM", fields: [{ value: contactArn(CONTACT_IDS.email) }] }],
      blocks: [
        richTextLink(`${CONSOLE_BASE_URL}/contact-trace-records/details/${CONTACT_IDS.task}`),
      ],
    });
    await h.event(event);
    const posts = await waitForPosts(h, ts, 2);
    expect(textOf(posts)).toContain(CONTACT_IDS.email);
    expect(textOf(posts)).toContain(CONTACT_IDS.task);
  });

  it("summarises at most MAX_CONTACTS_PER_MESSAGE (5) and lists the rest by id", async () => {
    const ts = freshTs();
    const ids = Object.values(CONTACT_IDS).slice(0, 7);
    await h.event(alertMessage(ts, `Affected contacts: ${ids.join(", ")}`));
    const posts = await waitForPosts(h, ts, 5);
    await settle();
    expect(threadPosts(h, ts)).toHaveLength(5);
    const last = textOf(posts[4]?.args);
    expect(last).toMatch(/and 2 more/);
    expect(last).toContain(ids[5]);
    expect(last).toContain(ids[6]);
    const looked = h.connect.calls.filter((c) => c.operation === "DescribeContact");
    expect(looked.some((c) => c.path.includes(ids[5] ?? "?"))).toBe(false);
  });

  it("ignores the bot's own messages and messages in other channels", async () => {
    const own = freshTs();
    await h.event(
      alertMessage(own, `Voice contact ${CONTACT_IDS.abandoned}`, {
        subtype: "bot_message",
        bot_id: "BBOT",
        user: "UBOT",
      }),
    );
    const elsewhere = freshTs();
    await h.event({ ...alertMessage(elsewhere, CONTACT_IDS.abandoned), channel: "CRANDOM" });
    await settle();
    expect(h.slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(0);
    expect(h.connect.count("DescribeContact")).toBe(0);
  });

  it("does not answer another deployment's summaries (no staging ↔ production loop)", async () => {
    const ts = freshTs();
    await h.event(alertMessage(ts, `see ${CONTACT_IDS.chat}`, { user: "U42" }));
    const [post] = await waitForPosts(h, ts, 1);
    h.slack.reset();
    // The same summary, as the staging bot (another app) would post it in the thread.
    const staging = { ...post?.args, bot_id: "BSTAGING", user: "USTAGING", thread_ts: ts };
    await h.event(alertMessage(freshTs(), String(post?.args.text), staging));
    await settle();
    expect(h.slack.postsTo(ALERT_CHANNEL)).toHaveLength(0);
  });

  it.each([
    [
      "message_changed",
      { message: { type: "message", text: CONTACT_IDS.minimal, ts: "1700000000.000001" } },
    ],
    ["message_deleted", { previous_message: { text: CONTACT_IDS.minimal } }],
    ["channel_topic", { text: `set the channel topic: tracking ${CONTACT_IDS.minimal}` }],
    ["channel_join", { text: "<@U42> has joined the channel" }],
  ])("ignores %s events", async (subtype, fields) => {
    await h.event(alertMessage(freshTs(), "", { subtype, user: "U42", ...fields }));
    await settle();
    expect(h.slack.postsTo(ALERT_CHANNEL)).toHaveLength(0);
    expect(h.connect.count()).toBe(0);
  });

  it.each(["queue", "agent"])(
    "expands %s of a thread summary in place with chat.update",
    async (section) => {
      const ts = freshTs();
      await h.event(alertMessage(ts, `see ${CONTACT_IDS.voiceInbound}`));
      const [post] = await waitForPosts(h, ts, 1);
      const actionId = `contact_section_${section}`;
      const clicked = await clickOnPost(h, post, actionId, ts);
      expect(clicked.status).toBe(200);
      const update = await h.slack.waitFor(() =>
        h.slack.calls.find((c) => c.method === "chat.update" && !c.error),
      );
      expect(update.args.channel).toBe(ALERT_CHANNEL);
      expect(update.args.ts).toBe(clicked.botTs);
      expect(textOf(update.args).length).toBeGreaterThan(textOf(post?.args).length);
      expect(buttonsOf(update.args).get(actionId)).toMatchObject({ style: "primary" });
      // Still a public message: its private sections still open apart.
      expect(textOf(update.args)).toContain("🔒 Attributes");
      expect(answersTo(h.slack, clicked.responseUrl)).toHaveLength(0);
      expect(h.connect.count("DescribeContact")).toBe(0);
    },
  );

  it.each([
    ["attributes", VOICE_ATTRIBUTES.orderId],
    ["flow", "Press 1 for billing"],
  ])(
    "opens %s of a thread summary for the clicker only, never in the public message",
    async (section, shown) => {
      const ts = freshTs();
      await h.event(alertMessage(ts, `see ${CONTACT_IDS.voiceInbound}`));
      const [post] = await waitForPosts(h, ts, 1);
      expect(textOf(post?.args)).not.toContain(shown);
      const clicked = await clickOnPost(h, post, `contact_section_${section}`, ts);
      const answer = await nthAnswer(h, clicked.responseUrl);
      expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(textOf(answer)).toContain(shown);
      expect(textOf(answer)).toContain(CONTACT_IDS.voiceInbound);
      expect(textOf(answer)).toContain("Only you can see this");
      expect(textOf(answer)).not.toMatch(/4111111111111111|\+15550100123|jane\.customer/);
      await settle();
      expect(h.slack.calls.filter((c) => c.method === "chat.update")).toHaveLength(0);
      expect(answersTo(h.slack, clicked.responseUrl)).toHaveLength(1);
    },
  );
});
