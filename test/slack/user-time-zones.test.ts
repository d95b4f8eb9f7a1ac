import { describe, expect, it } from "vitest";
import { createUserTimeZones } from "../../src/slack/user-time-zones.js";
import { infoCalls, quietLogger, useSlackUsersFixture } from "./slack-users-fixture.js";

const fixture = useSlackUsersFixture();

async function setup() {
  const { slack, users, metrics } = await fixture();
  slack.setTimeZone("U1", "America/Chicago");
  slack.setTimeZone("U3", "Not/AZone");
  const zones = createUserTimeZones({ users, logger: quietLogger });
  return { zones, slack, metrics };
}

describe("createUserTimeZones", () => {
  it("reads users.info once per user, concurrent lookups included, then answers from the cache", async () => {
    const { zones, slack } = await setup();
    const first = await Promise.all([zones.zoneOf("U1"), zones.zoneOf("U1")]);
    expect(first).toEqual(["America/Chicago", "America/Chicago"]);
    expect(await zones.zoneOf("U1")).toBe("America/Chicago");
    expect(infoCalls(slack)).toBe(1);
  });

  it("reads UTC for a user without a zone, an invalid zone, or no user", async () => {
    const { zones } = await setup();
    expect(await zones.zoneOf("U2")).toBe("UTC");
    expect(await zones.zoneOf("U3")).toBe("UTC");
    expect(await zones.zoneOf(undefined)).toBe("UTC");
  });

  it("answers UTC when Slack fails, counts the error and asks again next time", async () => {
    const { zones, slack, metrics } = await setup();
    slack.failNext("users.info", "ratelimited_custom");
    expect(await zones.zoneOf("U1")).toBe("UTC");
    expect(await zones.zoneOf("U1")).toBe("America/Chicago");
    expect(infoCalls(slack)).toBe(2);
    expect((await metrics.render()).body).toMatch(/method="users\.info"/);
  });
});
