import { describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { answersTo, textOf, useHarness } from "./harness.js";
import { timedAsk } from "./lookups.js";

// Slack carries out each post below but confirms it only after the bot has stopped waiting.
const TIMEOUT_MS = 300;
const SLOW = { answerAfterMs: 1500 };
const h = useHarness({ env: { SLACK_TIMEOUT_MS: String(TIMEOUT_MS) } });

const settled = () => new Promise((resolve) => setTimeout(resolve, SLOW.answerAfterMs + 500));
const failures = () => h.logs.filter((line) => line.msg === "listener failed");

describe("an answer Slack confirms too late is never sent twice", () => {
  it("a /contact answer whose response_url times out after it arrived: one answer, no error note", async () => {
    await timedAsk(h, CONTACT_IDS.voiceInbound);
    const before = failures().length;
    h.slack.failNext("response_url", SLOW);
    const { responseUrl } = await h.command(CONTACT_IDS.voiceInbound);
    await h.slack.waitFor(() => failures().length > before);
    await settled();
    const answers = answersTo(h.slack, responseUrl);
    expect(answers).toHaveLength(1);
    expect(textOf(answers[0])).toContain(CONTACT_IDS.voiceInbound);
    expect(failures().at(-1)).toMatchObject({ code: "UPSTREAM_TIMEOUT" });
  });

  it("a section click on a public message whose chat.update times out: one update, no note", async () => {
    await timedAsk(h, CONTACT_IDS.voiceInbound);
    h.slack.failNext("chat.update", SLOW);
    const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.voiceInbound });
    const before = failures().length;
    const { responseUrl } = await h.click({ actionId: "contact_section_agent", value });
    await h.slack.waitFor(() => failures().length > before);
    await settled();
    expect(h.slack.calls.filter((c) => c.method === "chat.update")).toHaveLength(1);
    expect(answersTo(h.slack, responseUrl)).toEqual([]);
  });
});
