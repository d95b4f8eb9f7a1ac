import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dockerfile = readFileSync("Dockerfile", "utf8");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
/** Docker cannot run on these machines; these checks keep the file honest by reading it. */
describe("Dockerfile", () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it("builds in one stage and runs from another, with production dependencies only", () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/npm ci/);
    expect(stages[0]).toMatch(/npm run build && npm prune --omit=dev/);
    expect(stages[1]).not.toMatch(/npm (ci|install)/);
  });

  it("runs as a non-root user, checks /healthz and starts with npm start", () => {
    expect(stages[1]).toMatch(/^USER node$/m);
    expect(stages[1]).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(stages[1]).toMatch(/^CMD \["npm", "start"\]$/m);
  });

  it("ships what npm start needs: the start script and the compiled code", () => {
    expect(pkg.scripts.prestart).toBeUndefined();
    expect(pkg.scripts.start).toMatch(/^node .*scripts\/start\.mjs$/);
    expect(stages[1]).toMatch(/COPY .*\/app\/scripts \.\/scripts/);
    expect(stages[1]).toMatch(/COPY .*\/app\/dist \.\/dist/);
  });

  it("builds and runs on Node 24 LTS, while package.json still allows Node 20", () => {
    expect(stages[0]).toMatch(/^node:24-(bookworm-slim|alpine)\b/);
    expect(stages[1]).toMatch(/^node:24-(bookworm-slim|alpine)\b/);
    const engines = JSON.parse(readFileSync("package.json", "utf8")).engines as { node: string };
    expect(engines.node).toBe(">=20");
  });

  it("ships the Timeline's rasteriser and font: production dependencies, in the copied node_modules", () => {
    // The slim image has no system fonts; the picture needs the packaged font and resvg's binary.
    expect(pkg.dependencies).toHaveProperty("@resvg/resvg-js");
    expect(pkg.dependencies).toHaveProperty("dejavu-fonts-ttf");
    expect(stages[1]).toMatch(/COPY .*\/app\/node_modules \.\/node_modules/);
    expect(stages[0]).not.toMatch(/--omit=optional|--no-optional/);
  });
});
