import { expect, it } from "vitest";
import { createLocalClaims } from "../../src/cache/local-claims.js";

it("keeps the claims it holds within a byte budget, the oldest going first", () => {
  const claims = createLocalClaims();
  const mebibyte = "x".repeat(1024 * 1024);
  for (let i = 0; i < 10; i++) claims.add(`claim:${i}`, `${mebibyte}${i}`, 600);
  expect(claims.has("claim:0")).toBe(false);
  expect(claims.has("claim:9")).toBe(true);
});
