import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../blocks/action-ids.js";
import { encodeButtonState } from "../../blocks/button-state.js";
import { ACCOUNT_ID, CONTACT_IDS, contactArn, INSTANCE_ID } from "../fixtures/ids.js";
import { nthAnswer, textOf, useHarness } from "./harness.js";
import { alertEnv, alertMessage, freshTs, settle, threadPosts } from "./surface-support.js";

/** The bot is configured with INSTANCE_ID in us-east-1 (see harness.ts) and nothing else. */
const h = useHarness({ redis: false, env: alertEnv("foreign:") });

const FOREIGN = "f0f0f0f0-1111-4222-8333-444444444444";
const arn = (region: string, instance: string, contact = randomUUID()) =>
  `arn:aws:connect:${region}:${ACCOUNT_ID}:instance/${instance}/contact/${contact}`;
const REFUSED = /not one of this bot's instances/;

/** Audit lines of refused lookups so far. */
const refusals = () =>
  h.logs.filter((line) => JSON.stringify(line).includes('"outcome":"FOREIGN_INSTANCE"')).length;

/** Nothing reached Connect or CloudWatch Logs. */
function expectNoAwsCall(): void {
  expect(h.connect.calls).toEqual([]);
  expect(h.cloudWatchLogs.calls).toEqual([]);
}

describe("only the configured instances", () => {
  it.each([
    ["a foreign instance in the configured region", arn("us-east-1", FOREIGN)],
    ["a foreign instance in a made-up region", arn("xx-made-up-7", FOREIGN)],
    ["the configured instance in a made-up region", arn("xx-made-up-7", INSTANCE_ID)],
    ["the configured instance in another real region", arn("eu-west-2", INSTANCE_ID)],
  ])("/contact <ARN of %s> is refused without an AWS call", async (_name, text) => {
    const audited = refusals();
    const { responseUrl } = await h.command(text);
    const answer = await nthAnswer(h, responseUrl);
    expect(answer.response_type).toBe("ephemeral");
    expect(textOf(answer)).toMatch(REFUSED);
    expectNoAwsCall();
    expect(refusals()).toBe(audited + 1);
  });

  it("still answers an ARN of the configured instance in its region", async () => {
    const { responseUrl } = await h.command(contactArn(CONTACT_IDS.email));
    expect(textOf(await nthAnswer(h, responseUrl))).toContain(CONTACT_IDS.email);
  });

  it.each([
    `${ACTION_IDS.sectionPrefix}agent`,
    `${ACTION_IDS.sectionPrefix}attributes`,
    ACTION_IDS.related,
    ACTION_IDS.open,
    ACTION_IDS.timeline,
    ACTION_IDS.share,
  ])(
    "a forged %s button naming a foreign instance is refused without an AWS call",
    async (actionId) => {
      const value = encodeButtonState({ i: FOREIGN, c: CONTACT_IDS.chat, s: "C1/1.000001" });
      const { responseUrl } = await h.click({ actionId, value });
      const answer = await nthAnswer(h, responseUrl);
      expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(textOf(answer)).toMatch(REFUSED);
      expectNoAwsCall();
      expect(h.slack.calls.filter((c) => /^(chat|files)\./.test(c.method))).toEqual([]);
    },
  );

  it("answers a message shortcut on a foreign contact the same way, privately", async () => {
    const message = { ts: freshTs(), user: "U42", text: `see ${arn("us-east-1", FOREIGN)}` };
    const { responseUrl } = await h.shortcut({ channelId: "C1", message });
    expect(textOf(await nthAnswer(h, responseUrl))).toMatch(REFUSED);
    expectNoAwsCall();
  });

  it("leaves foreign contacts out of an alert thread, answering only its own", async () => {
    const ts = freshTs();
    const foreign = [arn("us-east-1", FOREIGN), arn("xx-made-up-7", INSTANCE_ID)];
    const text = `failing: ${foreign.join(" ")} ${contactArn(CONTACT_IDS.task)}`;
    await h.event(alertMessage(ts, text, { user: "U42" }));
    await h.slack.waitFor(() => threadPosts(h, ts).length > 0);
    await settle();
    const posts = threadPosts(h, ts);
    expect(posts).toHaveLength(1);
    expect(textOf(posts[0]?.args)).toContain(CONTACT_IDS.task);
    expect(h.connect.calls.filter((c) => !c.path.includes(INSTANCE_ID))).toEqual([]);
  });

  it("ignores a metric alarm on a foreign instance's queue", async () => {
    const ts = freshTs();
    const queue = `arn:aws:connect:us-east-1:${ACCOUNT_ID}:instance/${FOREIGN}/queue/${randomUUID()}`;
    await h.event(alertMessage(ts, `ALARM: abandon rate on ${queue}`, { user: "U42" }));
    await settle(500);
    expect(threadPosts(h, ts)).toEqual([]);
    expectNoAwsCall();
  });
});
