import { describe, expect, it } from "vitest";
import { infoCalls, useSlackUsersFixture } from "./slack-users-fixture.js";

const setup = useSlackUsersFixture();

describe("createSlackUsers", () => {
  it("tells members, multi-channel guests and single-channel guests apart", async () => {
    const { users, slack } = await setup();
    slack.setGuest("UMULTI", "restricted");
    slack.setGuest("USINGLE", "ultra_restricted");
    slack.setTimeZone("UMULTI", "Europe/Paris");
    expect(await users.info("UMEMBER")).toEqual({ guest: false });
    expect(await users.info("UMULTI")).toEqual({ guest: true, tz: "Europe/Paris" });
    expect(await users.info("USINGLE")).toEqual({ guest: true });
  });

  it("caches only the account type and the zone, under slack-user:<id>", async () => {
    const { users, slack, cache } = await setup();
    slack.setGuest("UG", "restricted");
    await Promise.all([users.info("UG"), users.info("UG")]);
    await users.info("UG");
    expect(infoCalls(slack)).toBe(1);
    expect(JSON.parse((await cache.get("slack-user:UG")) ?? "null")).toEqual({ guest: true });
  });

  it("throws when Slack fails and caches nothing, so the next request asks again", async () => {
    const { users, slack } = await setup();
    slack.failNext("users.info", "ratelimited_custom");
    await expect(users.info("U1")).rejects.toThrow(/ratelimited_custom/);
    await expect(users.info("UNKNOWN-id")).rejects.toThrow(/user_not_found/);
    expect(await users.info("U1")).toEqual({ guest: false });
    expect(infoCalls(slack)).toBe(3);
  });
});
