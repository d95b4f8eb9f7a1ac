import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

it("starts without the rasteriser, CloudWatch Logs or Secrets Manager: they load on first use", () => {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "test/packaging/lazy-modules-child.ts"],
    { encoding: "utf8", env: { PATH: process.env.PATH }, timeout: 30_000 },
  );
  expect(JSON.parse(out.trim().split("\n").at(-1)!)).toEqual([]);
});
