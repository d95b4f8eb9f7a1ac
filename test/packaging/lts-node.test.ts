import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs start-up script, without type declarations.
import { hasReusePort, ltsNode } from "../../scripts/lts-node.mjs";

describe("npm start's choice of Node", () => {
  it("knows which Node versions share a port between listening sockets", () => {
    expect(hasReusePort("20.20.2")).toBe(false);
    expect(hasReusePort("22.11.0")).toBe(false);
    expect(hasReusePort("22.12.0")).toBe(true);
    expect(hasReusePort("24.1.0")).toBe(true);
  });

  it("stays on the machine's Node when the operator asks for it", () => {
    const logged: string[] = [];
    expect(ltsNode({ CCB_NODE: "current" }, (line: string) => logged.push(line))).toBeUndefined();
    expect(logged).toEqual([]);
  });
});
