import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createLogger } from "../../src/observability/logger.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { createUsergroupMembers } from "../../src/slack/usergroup-members.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { logCapture } from "../support/log-capture.js";

const logger = createLogger({ level: "warn", destination: logCapture() });
let slack: FakeSlack | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

async function setup(token?: () => Promise<string>) {
  slack = await startFakeSlack();
  slack.setUsergroup("S1", ["U1", "U2"]);
  const cache = createMemoryCache();
  const metrics = createMetrics();
  const client = new WebClient(
    token ? undefined : "xoxb-static",
    webClientOptions({ apiUrl: `${slack.url}/api`, timeoutMs: 2000, logger }),
  );
  const usergroups = createUsergroupMembers({
    client,
    cache,
    ttlSeconds: 60,
    token,
    logger,
    metrics,
  });
  return { usergroups, cache, metrics, slack };
}

describe("createUsergroupMembers", () => {
  it("reads usergroups.users.list once and then answers from the cache", async () => {
    const { usergroups, cache, slack } = await setup();
    const concurrent = await Promise.all([usergroups.members("S1"), usergroups.members("S1")]);
    expect(concurrent.map((set) => [...set])).toEqual([
      ["U1", "U2"],
      ["U1", "U2"],
    ]);
    slack.setUsergroup("S1", ["U3"]);
    expect(await usergroups.members("S1")).toEqual(new Set(["U1", "U2"]));
    expect(slack.calls).toHaveLength(1);
    expect(slack.calls[0]).toMatchObject({ method: "usergroups.users.list", token: "xoxb-static" });
    expect(await cache.get("usergroup:S1")).toBe('["U1","U2"]');
  });

  it("denies on a Slack error: empty set, nothing cached, asked again next time", async () => {
    const { usergroups, cache, metrics, slack } = await setup();
    slack.failNext("usergroups.users.list", "missing_scope");
    expect((await usergroups.members("S1")).size).toBe(0);
    expect(await cache.get("usergroup:S1")).toBeUndefined();
    expect(await usergroups.members("S1")).toEqual(new Set(["U1", "U2"]));
    expect((await usergroups.members("S404")).size).toBe(0);
    expect(slack.calls).toHaveLength(3);
    const { body } = await metrics.render();
    expect(body).toContain(
      'ccb_slack_api_errors_total{method="usergroups.users.list",error="missing_scope"} 1',
    );
    expect(body).toContain(
      'ccb_slack_api_errors_total{method="usergroups.users.list",error="no_such_subteam"} 1',
    );
  });

  it("treats a corrupt cache entry as a miss", async () => {
    const { usergroups, cache } = await setup();
    await cache.set("usergroup:S1", "{not json", 60);
    expect(await usergroups.members("S1")).toEqual(new Set(["U1", "U2"]));
  });

  it("sends the token the supplier gives at call time", async () => {
    let token = "xoxb-before-rotation";
    const { usergroups, slack } = await setup(async () => token);
    await usergroups.members("S404");
    token = "xoxb-after-rotation";
    await usergroups.members("S404");
    expect(slack.calls.map((call) => call.token)).toEqual([
      "xoxb-before-rotation",
      "xoxb-after-rotation",
    ]);
  });
});
