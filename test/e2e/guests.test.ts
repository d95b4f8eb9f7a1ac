import { beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { blockSuggestionBody, globalShortcutBody, postSigned } from "../support/slack-request.js";
import { nthAnswer, SIGNING_SECRET, startHarness, textOf, useHarness } from "./harness.js";
import { alertMessage, freshTs, settle, waitForPosts } from "./surface-support.js";
import { expectNothingLookedUp, expectRefusal, lookVia, SURFACES, type Where } from "./surfaces.js";

const ALERTS = "CALERT";
const h = useHarness({
  env: { ALERT_CHANNEL_IDS: ALERTS, SLACK_POSTS_PER_SECOND_PER_CHANNEL: "200" },
});

const GUEST = "UGUEST";
const SINGLE_CHANNEL_GUEST = "USINGLE";
const GUEST_REFUSAL = /Guest accounts don't have access to contact lookups/;
const UNVERIFIED = /could not confirm your account type/;

beforeAll(() => {
  h.slack.setGuest(GUEST, "restricted");
  h.slack.setGuest(SINGLE_CHANNEL_GUEST, "ultra_restricted");
});

const infoCalls = (userId: string) =>
  h.slack.calls.filter((c) => c.method === "users.info" && c.args.user === userId);

/** No access list is set here: guests are refused all the same. */
describe.each([GUEST, SINGLE_CHANNEL_GUEST])("the guest %s", (userId) => {
  const where: Where = { userId, channelId: ALERTS };

  it.each(SURFACES.filter((s) => s !== "alert"))(
    "is refused on %s, privately, with no AWS call",
    async (surface) => {
      const reply = await h.slack.waitFor(await lookVia(h, surface, CONTACT_IDS.chat, where));
      expectRefusal(surface, reply, GUEST_REFUSAL, CONTACT_IDS.chat);
      await expectNothingLookedUp(h);
    },
  );

  it("gets no thread answer for a contact id typed in an alert channel", async () => {
    const pick = await lookVia(h, "alert", CONTACT_IDS.email, where);
    await settle();
    expect(pick()).toBeUndefined();
    expect(h.connect.count()).toBe(0);
  });

  it("opens no search form and gets no queue names", async () => {
    const post = (body: string) => postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
    await post(globalShortcutBody({ callbackId: "find_contacts", userId }));
    const menu = await post(blockSuggestionBody({ actionId: "queue", value: "", userId }));
    expect(menu.status).toBe(200);
    expect(menu.body).not.toContain("options");
    await settle(100);
    expect(h.slack.calls.filter((c) => c.method === "views.open")).toHaveLength(0);
    expect(h.connect.count()).toBe(0);
  });
});

describe("members and bots", () => {
  it("answer a member on every surface, and an alert a bot posted", async () => {
    for (const surface of SURFACES) {
      const reply = await h.slack.waitFor(
        await lookVia(h, surface, CONTACT_IDS.chat, { userId: "U1", channelId: ALERTS }),
      );
      expect(textOf(reply)).toContain(CONTACT_IDS.chat);
    }
    const menu = await postSigned(
      h.eventsUrl,
      blockSuggestionBody({ actionId: "queue", value: "", userId: "U1" }),
      { secret: SIGNING_SECRET },
    );
    expect((JSON.parse(menu.body) as { options: unknown[] }).options.length).toBeGreaterThan(0);
    const ts = freshTs();
    const alert = { subtype: "bot_message", bot_id: "BCLOUDWATCH", user: GUEST };
    await h.event(alertMessage(ts, `contact ${CONTACT_IDS.task} stuck`, alert));
    expect(textOf((await waitForPosts(h, ts, 1))[0]?.args)).toContain(CONTACT_IDS.task);
  });

  it("asks Slack about each person once, then uses the cache", async () => {
    h.slack.setGuest("UNEWGUEST", "restricted");
    const where: Where = { userId: "UCACHED", channelId: "C1" };
    for (const surface of ["command", "command", "action", "shortcut", "unfurl"] as const) {
      await h.slack.waitFor(await lookVia(h, surface, CONTACT_IDS.minimal, where));
    }
    for (let i = 0; i < 3; i++) {
      const reply = await h.slack.waitFor(
        await lookVia(h, "command", CONTACT_IDS.minimal, { userId: "UNEWGUEST", channelId: "C1" }),
      );
      expect(textOf(reply)).toMatch(GUEST_REFUSAL);
    }
    expect(infoCalls("UCACHED")).toHaveLength(1);
    expect(infoCalls("UNEWGUEST")).toHaveLength(1);
  });

  it("refuses, saying why, when Slack cannot confirm the account type; asks again next time", async () => {
    h.slack.failNext("users.info", "internal_error");
    const { responseUrl } = await h.command(CONTACT_IDS.chat, { userId: "UFAILED" });
    const refused = await nthAnswer(h, responseUrl);
    expect(textOf(refused)).toMatch(UNVERIFIED);
    expect(refused.response_type).toBe("ephemeral");
    expect(h.connect.count()).toBe(0);
    const again = await h.command(CONTACT_IDS.chat, { userId: "UFAILED" });
    expect(textOf(await nthAnswer(h, again.responseUrl))).toContain(CONTACT_IDS.chat);
    expect(infoCalls("UFAILED")).toHaveLength(2);
  });
});

describe("a guest listed in ALLOWED_USER_IDS", () => {
  it("is answered on every surface", async () => {
    const listed = await startHarness({
      share: h,
      env: { ALERT_CHANNEL_IDS: ALERTS, ALLOWED_USER_IDS: `U1,${GUEST}` },
    });
    try {
      for (const surface of SURFACES) {
        const where = { userId: GUEST, channelId: ALERTS };
        const reply = await listed.slack.waitFor(
          await lookVia(listed, surface, CONTACT_IDS.voiceInbound, where),
        );
        expect(textOf(reply)).toContain(CONTACT_IDS.voiceInbound);
      }
      const { responseUrl } = await listed.command(CONTACT_IDS.chat, {
        userId: SINGLE_CHANNEL_GUEST,
      });
      // Listed by id only: a guest the list does not name is refused by the list itself.
      expect(textOf(await nthAnswer(listed, responseUrl))).toMatch(/You don't have access/);
    } finally {
      await listed.bot.stop();
    }
  });
});
