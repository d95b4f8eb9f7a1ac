import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLazyClients } from "../../src/conversation/lazy-clients.js";

const OPTIONS = {
  timeoutMs: 1000,
  instances: ["eu-west-2", "us-east-1"].map((region) => ({ region, instanceId: region })),
};

class FakeClient {
  destroyed = false;
  readonly middlewareStack = { add: () => undefined };
  constructor(readonly region: string) {}
  destroy() {
    this.destroyed = true;
  }
}

describe("lazy clients", () => {
  it("loads the SDK module on first use only, one client per region, all destroyed", async () => {
    let loads = 0;
    const clients = createLazyClients<FakeClient>(OPTIONS, async () => {
      loads += 1;
      return (region) => new FakeClient(region);
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([
      clients.forRegion("eu-west-2"),
      clients.forRegion("eu-west-2"),
    ]);
    const c = await clients.forRegion("us-east-1");
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(c.region).toBe("us-east-1");
    clients.destroy();
    expect([a.destroyed, c.destroyed]).toEqual([true, true]);
  });

  it("destroying before any use loads nothing", () => {
    let loads = 0;
    const clients = createLazyClients<FakeClient>(OPTIONS, async () => {
      loads += 1;
      return (region) => new FakeClient(region);
    });
    clients.destroy();
    expect(loads).toBe(0);
  });
});

describe("start-up stays light", () => {
  it("no module of the bot imports the S3 or Contact Lens SDK statically (types apart)", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const imports = /^import (type )?[^;]*? from "@aws-sdk\/client-(?:s3|connect-contact-lens)";/gm;
    const static_ = files.filter((file) =>
      [...readFileSync(join("src", file), "utf8").matchAll(imports)].some((m) => !m[1]),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(static_).toEqual([]);
  });
});
