import { describe, expect, it } from "vitest";
import { CONTACT_IDS, contactArn } from "../fixtures/contacts.js";
import { answersTo, buttonsOf, nthAnswer, textOf, useHarness } from "./harness.js";
import { freshTs, settle } from "./surface-support.js";

const h = useHarness();

const CHANNEL = "CSUPPORT";

describe("message shortcut: Investigate contact", () => {
  it("answers privately for every id, ARN and console URL in text, attachments and blocks", async () => {
    const { status, responseUrl } = await h.shortcut({
      channelId: CHANNEL,
      message: {
        ts: freshTs(),
        user: "U42",
        text: `customer says ${CONTACT_IDS.voiceInbound} dropped`,
        attachments: [{ text: `escalated from ${contactArn(CONTACT_IDS.chat)}` }],
        blocks: [
          {
            type: "section",
            text: {
              type: "mrkdwn",
              text: `<https://example.awsapps.com/connect/contact-trace-records/details/${CONTACT_IDS.task}|the task>`,
            },
          },
        ],
      },
    });
    expect(status).toBe(200);
    await nthAnswer(h, responseUrl, 3);
    await settle();
    const answers = answersTo(h.slack, responseUrl);
    expect(answers).toHaveLength(3);
    expect(answers.map((a) => a.response_type)).toEqual(["ephemeral", "ephemeral", "ephemeral"]);
    expect(textOf(answers[0])).toContain(CONTACT_IDS.voiceInbound);
    expect(textOf(answers[1])).toContain(CONTACT_IDS.chat);
    expect(textOf(answers[2])).toContain(CONTACT_IDS.task);
    for (const answer of answers) expect(buttonsOf(answer).has("contact_share")).toBe(true);
    expect(h.slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(0);
  });

  it("says so, privately, when the message names no contact", async () => {
    const { responseUrl } = await h.shortcut({
      channelId: CHANNEL,
      message: { ts: freshTs(), user: "U42", text: "the IVR is slow again, ticket 8f3e" },
    });
    const answer = await nthAnswer(h, responseUrl);
    expect(answer.response_type).toBe("ephemeral");
    expect(textOf(answer)).toMatch(/no Amazon Connect contact ids/i);
    expect(h.connect.count()).toBe(0);
  });

  it.each([
    ["a message", undefined],
    ["a reply in a thread", "1700000000.000042"],
  ])("shares the summary publicly in the thread of %s", async (_kind, threadTs) => {
    const ts = freshTs();
    const { responseUrl } = await h.shortcut({
      channelId: CHANNEL,
      message: {
        ts,
        user: "U42",
        text: `look at ${CONTACT_IDS.email}`,
        ...(threadTs && { thread_ts: threadTs }),
      },
    });
    const answer = await nthAnswer(h, responseUrl);
    const share = buttonsOf(answer).get("contact_share");
    expect(share?.value).toBeTruthy();
    const clicked = await h.click({
      actionId: "contact_share",
      value: share?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    expect(clicked.status).toBe(200);
    const post = await h.slack.waitFor(() => h.slack.postsTo(CHANNEL)[0]);
    expect(post.args.thread_ts).toBe(threadTs ?? ts);
    expect(textOf(post.args)).toContain(CONTACT_IDS.email);
    expect(buttonsOf(post.args).has("contact_share")).toBe(false);
    expect(buttonsOf(post.args).has("contact_section_chain")).toBe(true);
    // The private copy goes away once it is public.
    const done = await nthAnswer(h, clicked.responseUrl);
    expect(done.delete_original).toBe(true);
  });

  it("shares the section that was open when Share was clicked", async () => {
    const { responseUrl } = await h.shortcut({
      channelId: CHANNEL,
      message: { ts: freshTs(), user: "U42", text: CONTACT_IDS.voiceInbound },
    });
    const answer = await nthAnswer(h, responseUrl);
    const opened = await h.click({
      actionId: "contact_section_queue",
      value: buttonsOf(answer).get("contact_section_queue")?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    const open = await nthAnswer(h, opened.responseUrl);
    expect(buttonsOf(open).has("contact_share")).toBe(true);
    await h.click({
      actionId: "contact_share",
      value: buttonsOf(open).get("contact_share")?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    const post = await h.slack.waitFor(() => h.slack.postsTo(CHANNEL)[0]);
    expect(buttonsOf(post.args).get("contact_section_queue")).toMatchObject({ style: "primary" });
    expect(buttonsOf(post.args).has("contact_share")).toBe(false);
  });

  it("asks to be invited when it may not post in the channel", async () => {
    const { responseUrl } = await h.shortcut({
      channelId: CHANNEL,
      message: { ts: freshTs(), user: "U42", text: CONTACT_IDS.chat },
    });
    const answer = await nthAnswer(h, responseUrl);
    h.slack.failNext("chat.postMessage", "not_in_channel");
    const clicked = await h.click({
      actionId: "contact_share",
      value: buttonsOf(answer).get("contact_share")?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    const note = await nthAnswer(h, clicked.responseUrl);
    expect(note.replace_original).toBe(false);
    expect(textOf(note)).toContain("/invite");
  });
});
