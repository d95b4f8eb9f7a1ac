import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { hostileText, KNOWN_HOSTILE } from "../support/hostile-text.js";
import { nthAnswer, textOf, useHarness } from "./harness.js";
import { alertEnv, alertMessage, freshTs, waitForPosts } from "./surface-support.js";

/**
 * Issue 16 end to end: an alert, a message shortcut and commands, each carrying 40,000 hostile
 * characters, through the real bot over signed HTTP. The bot runs in this process: had a parser
 * blocked the event loop, nothing after it (the bot's own answers, this test) would run again.
 */
const h = useHarness({ env: alertEnv("hostile-text:") });

async function sendHostile(text: string): Promise<void> {
  const alert = await h.event(alertMessage(freshTs(), text, { user: "U42" }));
  expect(alert.status).toBe(200);
  const { status, responseUrl } = await h.shortcut({
    channelId: "CSUPPORT",
    message: { ts: freshTs(), user: "U42", text, attachments: [{ text }] },
  });
  expect(status).toBe(200);
  // Every shortcut is answered: summaries, not-found notices, or "no contact ids".
  expect((await nthAnswer(h, responseUrl)).response_type).toBe("ephemeral");
  for (const command of [text, `search ${text}`, `search queue:"${text}"`]) {
    expect((await h.command(command)).status).toBe(200);
  }
}

/** What every test ends with: the bot still answers people and alerts as usual. */
async function answersNormally(): Promise<void> {
  const { responseUrl } = await h.command(CONTACT_IDS.chat);
  expect(textOf(await nthAnswer(h, responseUrl))).toContain(CONTACT_IDS.chat);
  const ts = freshTs();
  await h.event(alertMessage(ts, `Calls failing: ${CONTACT_IDS.task}`, { user: "U42" }));
  const [post] = await waitForPosts(h, ts, 1);
  expect(textOf(post?.args)).toContain(CONTACT_IDS.task);
}

describe("hostile text end to end: alerts, shortcuts and commands of 40,000 characters", () => {
  it.each(KNOWN_HOSTILE.slice(0, 5))(
    "%s: answered, and so is the next request",
    async (_name, text) => {
      await sendHostile(text);
      await answersNormally();
    },
  );

  it("any run of spaces, digits, keys, partial ids and ARNs: answered, and so is the next request", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        await sendHostile(text);
        await answersNormally();
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});
