import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { postSigned, viewSubmissionBody } from "../support/slack-request.js";
import {
  BOT_TOKEN,
  type Harness,
  nthAnswer,
  SIGNING_SECRET,
  startHarness,
  textOf,
} from "./harness.js";
import {
  auditLines,
  expectNothingLookedUp,
  expectRefusal,
  lookVia,
  SURFACES,
  type SurfaceName,
  type Where,
} from "./surfaces.js";

const GROUP = "S0PS";
const MEMBER: Where = { userId: "U1", channelId: "C1" };
const GROUP_MEMBER: Where = { userId: "U7", channelId: "C1" };
const STRANGER: Where = { userId: "U9", channelId: "C1" };
const ELSEWHERE: Where = { userId: "U1", channelId: "C2" };
const ALERTS: Where = { userId: "UALERTS", channelId: "CALERT" };
const REFUSAL = /don't have access to contact lookups/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    redis: false,
    env: {
      LOG_LEVEL: "trace",
      ALLOWED_CHANNEL_IDS: "C1",
      ALLOWED_USER_IDS: "U1",
      ALLOWED_USERGROUP_IDS: GROUP,
      ALERT_CHANNEL_IDS: ALERTS.channelId,
    },
  });
  h.slack.setUsergroup(GROUP, [GROUP_MEMBER.userId]);
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  h.connect.reset();
  h.slack.reset();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Who is allowed on each surface: people in C1 for the interactive ones, any poster in CALERT. */
function allowedOn(surface: SurfaceName): Where[] {
  return surface === "alert" ? [ALERTS] : [MEMBER, GROUP_MEMBER];
}
function refusedOn(surface: SurfaceName): Where[] {
  return surface === "alert" ? [MEMBER] : [STRANGER, ELSEWHERE];
}

describe.each(SURFACES)("access control on %s", (surface) => {
  it.each(allowedOn(surface))("answers $userId in $channelId", async (where) => {
    const reply = await h.slack.waitFor(await lookVia(h, surface, CONTACT_IDS.chat, where));
    expect(textOf(reply)).toContain(CONTACT_IDS.chat);
    expect(textOf(reply)).not.toMatch(REFUSAL);
    expect(h.connect.count("DescribeContact")).toBeLessThanOrEqual(1);
  });

  it.each(refusedOn(surface))("refuses $userId in $channelId with no AWS call", async (where) => {
    const pick = await lookVia(h, surface, CONTACT_IDS.task, where);
    if (surface === "alert") {
      // Messages outside the alert channels are not alerts: no answer at all, not even a refusal.
      await sleep(300);
      expect(pick()).toBeUndefined();
    } else {
      expectRefusal(surface, await h.slack.waitFor(pick), REFUSAL, CONTACT_IDS.task);
    }
    await expectNothingLookedUp(h);
  });
});

it("asks Slack for the user group's members once, then uses the cache", async () => {
  const fresh = await startHarness({ redis: false, env: { ALLOWED_USERGROUP_IDS: GROUP } });
  try {
    fresh.slack.setUsergroup(GROUP, [GROUP_MEMBER.userId]);
    const replies = [];
    for (const where of [GROUP_MEMBER, STRANGER, GROUP_MEMBER]) {
      replies.push(
        textOf(
          await fresh.slack.waitFor(await lookVia(fresh, "command", CONTACT_IDS.minimal, where)),
        ),
      );
    }
    expect(replies.map((text) => REFUSAL.test(text))).toEqual([false, true, false]);
    const asked = fresh.slack.calls.filter((c) => c.method === "usergroups.users.list");
    expect(asked.map((c) => c.args.usergroup)).toEqual([GROUP]);
  } finally {
    await fresh.stop();
  }
});

describe.each(SURFACES)("audit on %s", (surface) => {
  it("writes exactly one structured line per lookup, ids and facts only", async () => {
    const id = CONTACT_IDS.abandoned;
    const where = allowedOn(surface)[0]!;
    const before = auditLines(h, id, surface).length;
    await h.slack.waitFor(await lookVia(h, surface, id, where));
    await h.slack.waitFor(await lookVia(h, surface, id, where));
    const lines = await h.slack.waitFor(() => {
      const written = auditLines(h, id, surface).slice(before);
      return written.length >= 2 && written;
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toEqual({
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        surface,
        team: "T123",
        user: where.userId,
        channel: where.channelId,
        instance: INSTANCE_ID,
        contactId: id,
        outcome: "ok",
        latencyMs: expect.any(Number),
        cacheHit: expect.any(Boolean),
      });
    }
    expect(lines[1]?.cacheHit).toBe(true);
  });
});

it("audits a failed lookup once, with its outcome", async () => {
  const unknown = "00000000-0000-4000-8000-00000000a0d1";
  await h.slack.waitFor(await lookVia(h, "command", unknown, MEMBER));
  await h.slack.waitFor(() => auditLines(h, unknown).length > 0);
  expect(auditLines(h, unknown)).toEqual([
    expect.objectContaining({ outcome: "CONTACT_NOT_FOUND", cacheHit: false, surface: "command" }),
  ]);
});

describe("access control on search", () => {
  const form = (where: Where) =>
    postSigned(
      h.eventsUrl,
      viewSubmissionBody({
        callbackId: "contact_search",
        userId: where.userId,
        privateMetadata: JSON.stringify({ c: where.channelId }),
        values: { time: { time: { type: "static_select", selected_option: { value: "3600" } } } },
      }),
      { secret: SIGNING_SECRET },
    );

  it("searches for a member, with one audit line", async () => {
    const { responseUrl } = await h.command("search last:1h", MEMBER);
    const reply = await nthAnswer(h, responseUrl);
    expect(textOf(reply)).toContain("last 1 h");
    expect(h.connect.count("SearchContacts")).toBe(1);
    const audits = h.logs.filter(
      (l) => l.msg === "audit" && (l.audit as { search?: unknown }).search,
    );
    expect(audits.at(-1)?.audit).toMatchObject({ surface: "command", user: "U1", channel: "C1" });
  });

  it.each([STRANGER, ELSEWHERE])(
    "refuses $userId in $channelId, command and form, with no AWS call",
    async (where) => {
      const { responseUrl } = await h.command("search last:1h", where);
      expect(textOf(await nthAnswer(h, responseUrl))).toMatch(REFUSAL);
      expect((await form(where)).status).toBe(200);
      await sleep(300);
      expect(h.connect.count()).toBe(0);
      expect(h.slack.calls.filter((c) => c.method.startsWith("chat."))).toHaveLength(0);
    },
  );

  it("answers a member's form in the channel it was opened from", async () => {
    await form(MEMBER);
    const post = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postEphemeral"),
    );
    expect(post.args).toMatchObject({ channel: "C1", user: "U1" });
  });
});

describe("logs at LOG_LEVEL=trace", () => {
  const CUSTOMER = [
    "+15550100123",
    "+15550100987",
    "jane.customer@example.com",
    "john.partner@example.net",
    "supervisor@example.com",
  ];

  it("carry no token, signing secret or customer endpoint, Bolt's own body dumps included", async () => {
    for (const surface of SURFACES) {
      for (const id of [CONTACT_IDS.email, CONTACT_IDS.full, CONTACT_IDS.voiceInbound]) {
        await h.slack.waitFor(await lookVia(h, surface, id, allowedOn(surface)[0]!));
      }
    }
    // The scan is only worth something if Bolt's and the WebClient's debug output was there,
    // the posted messages' bodies included.
    const debug = h.logs.filter((l) => l.level === "debug").map((l) => String(l.msg));
    expect(debug.filter((msg) => msg.startsWith("ack() call begins")).length).toBeGreaterThan(0);
    expect(debug.filter((msg) => /^http request body: .*blocks/.test(msg)).length).toBeGreaterThan(
      0,
    );
    const all = h.logs.map((line) => JSON.stringify(line)).join("\n");
    expect(all).not.toMatch(/xox[abpr]-/);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    for (const endpoint of CUSTOMER) expect(all).not.toContain(endpoint);
  });
});
