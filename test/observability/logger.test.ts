import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.js";
import { logCapture } from "../support/log-capture.js";

const BOT_TOKEN = "xoxb-123-456-abcdefABCDEF";
const APP_TOKEN = "xapp-1-A111-222-abcdef";
const USER_TOKEN = "xoxp-9-8-7-secret";
const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
const PHONE = "+15551230123";
const EMAIL = "jane.doe@example.com";

function capture(level = "debug") {
  const destination = logCapture();
  return { logger: createLogger({ level, destination }), destination };
}

describe("createLogger", () => {
  it("keeps tokens, signing secrets and customer endpoints out of every line", () => {
    const { logger, destination } = capture();
    logger.info(
      { botToken: BOT_TOKEN, credentials: { appToken: APP_TOKEN, signingSecret: SIGNING_SECRET } },
      "creds",
    );
    logger.info({ token: USER_TOKEN, headers: { authorization: `Bearer ${BOT_TOKEN}` } }, "call");
    logger.info(
      {
        result: {
          record: {
            contact: { Id: "c-1", CustomerEndpoint: { Type: "TELEPHONE_NUMBER", Address: PHONE } },
          },
        },
      },
      "deep contact",
    );
    logger.info(
      { contact: { AdditionalEmailRecipients: { ToList: [{ Address: EMAIL }] } } },
      "email",
    );
    logger.warn(
      `token in text ${BOT_TOKEN} and ${APP_TOKEN}, signature ${SIGNATURE}, caller ${PHONE}`,
    );
    logger.error({ err: new Error(`auth failed for ${BOT_TOKEN}`) }, "error text");
    logger.info(
      { a: { b: { c: { d: { note: `nested ${USER_TOKEN} ${EMAIL}` } } } } },
      "too deep for paths",
    );
    logger.child({ token: BOT_TOKEN }).info("child bindings");
    const text = destination.text();
    for (const secret of [
      BOT_TOKEN,
      APP_TOKEN,
      USER_TOKEN,
      SIGNING_SECRET,
      SIGNATURE,
      PHONE,
      EMAIL,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("a2114d57b48eac39");
    expect(destination.lines()).toHaveLength(8);
  });

  it("masks card numbers, phone numbers in any format and emails in every line", () => {
    const { logger, destination } = capture();
    const written = ["4111 1111 1111 1111", "(415) 555-0123", "+44 20 7946 0958", "020 7946 0958"];
    logger.warn({ attributes: { note: `card ${written[0]}` } }, `callback ${written[1]}`);
    logger.info(`lines:\n${written[2]}\n${written[3]}\nmail ${EMAIL}`);
    const text = destination.text();
    for (const value of [...written, EMAIL]) expect(text).not.toContain(value);
    expect(text).toContain("••••1111");
    expect(text).toContain("+4•••••••0958");
  });

  it("drops the arguments ioredis puts on its errors (AUTH's password), keeping the command", () => {
    const { logger, destination } = capture();
    const failed = (args: string[]) =>
      Object.assign(new Error("WRONGPASS invalid username-password pair"), {
        command: { name: "auth", args },
      });
    logger.warn({ err: failed(["bot", "node-pass"]) }, "Redis unavailable");
    const cluster = Object.assign(new Error("Failed to refresh slots cache."), {
      lastNodeError: failed(["cluster-pass"]),
    });
    logger.warn({ err: cluster }, "Redis unavailable");
    const text = destination.text();
    expect(text).not.toContain("node-pass");
    expect(text).not.toContain("cluster-pass");
    const [standalone, clustered] = destination.lines() as Array<Record<string, unknown>>;
    expect(standalone).toMatchObject({ err: { command: { name: "auth", args: "[redacted]" } } });
    expect(clustered).toMatchObject({
      err: { lastNodeError: { command: { name: "auth", args: "[redacted]" } } },
    });
  });

  it("keeps ordinary fields, ids and messages", () => {
    const { logger, destination } = capture();
    logger.info(
      {
        contactId: "6f0b9b5e-1234-4d2a-9d0e-3a9b5f0c1d2e",
        channel: "C0123456",
        latencyMs: 42,
        text: "asked by <@U0123> with pino@10.4.0 at 2026-01-02T03:04:05+01:00",
        contact: { SystemEndpoint: { Type: "TELEPHONE_NUMBER" }, Channel: "VOICE" },
      },
      "looked up",
    );
    const [line] = destination.lines() as Array<Record<string, unknown>>;
    expect(line).toMatchObject({
      level: "info",
      msg: "looked up",
      contactId: "6f0b9b5e-1234-4d2a-9d0e-3a9b5f0c1d2e",
      channel: "C0123456",
      latencyMs: 42,
      text: "asked by <@U0123> with pino@10.4.0 at 2026-01-02T03:04:05+01:00",
      contact: { SystemEndpoint: { Type: "TELEPHONE_NUMBER" }, Channel: "VOICE" },
    });
    expect(line?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("honours the level", () => {
    const { logger, destination } = capture("warn");
    logger.info("hidden");
    logger.warn("shown");
    expect(destination.lines()).toEqual([expect.objectContaining({ msg: "shown" })]);
  });
});
