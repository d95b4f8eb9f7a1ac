import { LogLevel } from "@slack/logger";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.js";
import { boltLogger } from "../../src/slack/bolt-logger.js";
import { logCapture } from "../support/log-capture.js";

function setup(level: string) {
  const destination = logCapture();
  const logger = boltLogger(createLogger({ level, destination }));
  return {
    logger,
    text: () => destination.text(),
    lines: () => destination.lines() as Array<Record<string, unknown>>,
  };
}

describe("boltLogger", () => {
  it("writes Bolt's variadic calls as structured, redacted JSON", () => {
    const { logger, lines } = setup("debug");
    logger.error("Slack API error:", "invalid_auth", new Error("token xoxb-1-2-abc rejected"));
    logger.warn({ token: "xoxb-9-9-zzz", channel: "C1" });
    const [first, second] = lines();
    expect(first).toMatchObject({
      level: "error",
      component: "slack",
      msg: "Slack API error: invalid_auth",
      err: { type: "Error", message: "token [redacted] rejected" },
    });
    expect(second).toMatchObject({ level: "warn", args: [{ token: "[redacted]", channel: "C1" }] });
    expect(JSON.stringify(lines())).not.toContain("xoxb-");
  });

  it("uses an error's message when there is no text", () => {
    const { logger, lines } = setup("info");
    logger.error(new Error("boom"));
    expect(lines()[0]).toMatchObject({ msg: "boom", err: { message: "boom" } });
  });

  it("lets Bolt make its logs quieter than LOG_LEVEL but never noisier", () => {
    const { logger, lines } = setup("info");
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    logger.setLevel(LogLevel.DEBUG);
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    logger.debug("request body");
    logger.setLevel(LogLevel.WARN);
    logger.info("quiet now");
    logger.warn("still shown");
    expect(lines().map((line) => line.msg)).toEqual(["still shown"]);
  });

  it("names the component", () => {
    const { logger, lines, text } = setup("info");
    logger.setName("socket-mode:SocketModeClient:0");
    logger.info("connected");
    expect(lines()[0]).toMatchObject({ component: "socket-mode:SocketModeClient:0" });
    expect(text().match(/"component"/g)).toHaveLength(1);
  });
});
