import { describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { AGENTS, CONTACT_IDS, INSTANCE_ID, QUEUES } from "../fixtures/contacts.js";
import { decodePng } from "../support/png.js";
import { buttonsOf, type Harness, nthAnswer, textOf, useHarness } from "./harness.js";
import {
  ALERT_CHANNEL,
  alertEnv,
  alertMessage,
  freshTs,
  settle,
  waitForPosts,
} from "./surface-support.js";

const h = useHarness({
  env: alertEnv("timeline:", { CONNECT_MAX_RPS: "50", CONNECT_BURST: "50" }),
});

const AGENT_NAMES = [AGENTS.bob, AGENTS.jane, AGENTS.ahmed].map(
  (a) => `${a.firstName} ${a.lastName}`,
);

async function renders(harness: Harness): Promise<number> {
  const body = await (await fetch(`${harness.baseUrl}/metrics`)).text();
  return Number(/^ccb_timeline_renders_total\{outcome="ok"\} (\d+)/m.exec(body)?.[1] ?? 0);
}

/** `/contact <id>` privately, then its Timeline button: the response_url of the click. */
async function clickPrivateTimeline(contactId: string, userId = "U1") {
  const { responseUrl } = await h.command(contactId, { userId });
  const value = buttonsOf(await nthAnswer(h, responseUrl)).get("contact_timeline")?.value;
  expect(value).toBeTruthy();
  const click = await h.click({ actionId: "contact_timeline", value, isEphemeral: true, userId });
  expect(click.status).toBe(200);
  return { value, answer: await nthAnswer(h, click.responseUrl) };
}

const uploads = () => [...h.slack.files.values()].filter((file) => file.completed);

describe("Timeline button", () => {
  it("private summary: the PNG goes to the user's DM and the private message links it", async () => {
    const before = await renders(h);
    const { value, answer } = await clickPrivateTimeline(CONTACT_IDS.chainLast);
    expect(h.slack.calls.find((c) => c.method === "conversations.open")?.args.users).toBe("U1");
    const [file] = uploads();
    expect(file?.channel).toBe("D1");
    expect(file?.threadTs).toBeUndefined();
    expect(file?.comment).toContain(CONTACT_IDS.chainLast);
    const png = decodePng(file!.bytes!);
    expect(png.width).toBe(1200);
    expect(file!.bytes!.length).toBeLessThan(300 * 1024);
    // The picture in words: every leg's agent and queue, and durations.
    for (const name of [...AGENT_NAMES, QUEUES.support.name, QUEUES.billing.name]) {
      expect(file?.altText).toContain(name);
    }
    expect(file?.altText).toContain("12m 20s");
    expect(answer.replace_original).toBe(true);
    expect(textOf(answer)).toContain(file!.permalink);
    expect(textOf(answer)).toContain(`· ${CONTACT_IDS.chainLast}`);
    expect(buttonsOf(answer).get("contact_timeline")?.value).toBe(value);
    expect(await renders(h)).toBe(before + 1);

    // Again: no new render and no new upload; the same DM file is linked.
    const again = await h.click({ actionId: "contact_timeline", value, isEphemeral: true });
    const second = await nthAnswer(h, again.responseUrl);
    expect(textOf(second)).toContain(file!.permalink);
    expect(uploads()).toHaveLength(1);
    expect(h.slack.calls.filter((c) => c.method === "conversations.open")).toHaveLength(1);
    expect(await renders(h)).toBe(before + 1);
  });

  it("alert thread: the PNG is uploaded into that channel and thread, once", async () => {
    const ts = freshTs();
    await h.event(alertMessage(ts, `Long transfer on ${CONTACT_IDS.chainTransfer}`));
    const [post] = await waitForPosts(h, ts, 1);
    const value = buttonsOf(post?.args).get("contact_timeline")?.value;
    const message = { ts: "1800000000.999999", thread_ts: ts, blocks: post?.args.blocks };
    const click = () =>
      h.click({
        actionId: "contact_timeline",
        value,
        channelId: ALERT_CHANNEL,
        message,
        messageTs: message.ts,
      });
    await click();
    const file = await h.slack.waitFor(() => uploads()[0]);
    expect(file).toMatchObject({ channel: ALERT_CHANNEL, threadTs: ts });
    expect(file.comment).toContain(CONTACT_IDS.chainTransfer);
    expect(decodePng(file.bytes!).height).toBeGreaterThan(200);
    const second = await click();
    const note = await nthAnswer(h, second.responseUrl);
    expect(textOf(note)).toMatch(/already in this thread/);
    expect(textOf(note)).toContain(file.permalink);
    await settle();
    expect(uploads()).toHaveLength(1);
  });

  it("shortcut answer: privately into the DM; once shared in the thread, into that thread", async () => {
    const ts = freshTs();
    const { responseUrl } = await h.shortcut({
      channelId: "C9",
      message: { ts, user: "U42", text: `see ${CONTACT_IDS.chainInitial}` },
    });
    const answer = await nthAnswer(h, responseUrl);
    const value = buttonsOf(answer).get("contact_timeline")?.value;
    const mine = await h.click({
      actionId: "contact_timeline",
      value,
      isEphemeral: true,
      channelId: "C9",
    });
    await nthAnswer(h, mine.responseUrl);
    expect(uploads().map((f) => f.channel)).toEqual(["D1"]);
    const share = buttonsOf(answer).get("contact_share")?.value;
    await h.click({ actionId: "contact_share", value: share, isEphemeral: true, channelId: "C9" });
    const post = await h.slack.waitFor(() => h.slack.postsTo("C9")[0]);
    const shared = buttonsOf(post.args).get("contact_timeline")?.value;
    const message = { ts: "1800000001.000001", thread_ts: ts, blocks: post.args.blocks };
    await h.click({
      actionId: "contact_timeline",
      value: shared,
      channelId: "C9",
      message,
      messageTs: message.ts,
    });
    const inThread = await h.slack.waitFor(() => uploads().find((f) => f.channel === "C9"));
    expect(inThread.threadTs).toBe(ts);
  });

  it("draws times in the viewer's time zone", async () => {
    h.slack.setTimeZone("U77", "Asia/Kolkata");
    await clickPrivateTimeline(CONTACT_IDS.chainInitial, "U77");
    const [file] = uploads();
    expect(file?.altText).toContain("Asia/Kolkata (UTC+5:30)");
    expect(file?.channel).toBe("D77");
  });

  it("draws an in-progress contact again on every click (up to now)", async () => {
    const before = await renders(h);
    const { value } = await clickPrivateTimeline(CONTACT_IDS.inProgress);
    const again = await h.click({ actionId: "contact_timeline", value, isEphemeral: true });
    await nthAnswer(h, again.responseUrl);
    expect(uploads()).toHaveLength(2);
    expect(uploads()[0]?.altText).toMatch(/ongoing/);
    expect(await renders(h)).toBe(before + 2);
  });

  it("answers with the timeline in words when Slack refuses the upload", async () => {
    h.slack.failNext("files.completeUploadExternal", "not_in_channel");
    const { answer } = await clickPrivateTimeline(CONTACT_IDS.voiceInbound);
    expect(answer.replace_original).toBe(false);
    expect(textOf(answer)).toMatch(/here is the timeline in words/);
    expect(textOf(answer)).toContain(`${AGENTS.jane.firstName} ${AGENTS.jane.lastName}`);
    expect(textOf(answer)).toMatch(/step 1 expired at/);
  });

  it("a forged button or an unknown contact gets a clear private answer and no upload", async () => {
    const forged = await h.click({
      actionId: "contact_timeline",
      value: "{nope",
      isEphemeral: true,
    });
    expect(textOf(await nthAnswer(h, forged.responseUrl))).toMatch(/not a contact id/);
    const unknown = encodeButtonState({
      i: INSTANCE_ID,
      c: "00000000-0000-4000-8000-000000000000",
    });
    const click = await h.click({
      actionId: "contact_timeline",
      value: unknown,
      isEphemeral: true,
    });
    expect(textOf(await nthAnswer(h, click.responseUrl))).toMatch(/could not find/);
    expect(uploads()).toHaveLength(0);
  });
});
