import { describe, expect, it } from "vitest";
import { renderError } from "../../blocks/error-message.js";
import { renderHelp } from "../../blocks/help.js";
import {
  moreContactsNote,
  renderLookingUp,
  renderNoIdsFound,
  renderNotice,
} from "../../blocks/notices.js";
import { renderUnfurl } from "../../blocks/unfurl.js";
import {
  AccessDeniedError,
  BotError,
  ContactNotFoundError,
  InvalidContactIdError,
  ThrottledError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../../src/domain/errors.js";
import { ConfigError, NotAllowedError } from "../../src/domain/request-errors.js";
import {
  CONSOLE_BASE_URL,
  CONTACT_IDS,
  IN_PROGRESS,
  INSTANCE_ID,
  recordOf,
  resolvedRecordOf,
  VOICE_INBOUND,
} from "../fixtures/contacts.js";
import { allText } from "./support/inspect.js";

describe("renderUnfurl", () => {
  it("is a compact summary with a console link", () => {
    const blocks = renderUnfurl(resolvedRecordOf(VOICE_INBOUND), { maskEndpoints: true });
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    expect(blocks.length).toBeLessThanOrEqual(3);
    const text = allText(blocks);
    expect(text).toContain("*📞 Voice · Inbound* — ended");
    expect(text).toContain("Billing · Jane Doe · +1••••••0123 · Phone");
    expect(text).toContain("Initiated <!date^1714557600^");
    expect(text).toContain(
      `<${CONSOLE_BASE_URL}/contact-trace-records/details/${CONTACT_IDS.voiceInbound}|Open in Amazon Connect>`,
    );
  });

  it("says in progress and works without names or console", () => {
    const text = allText(renderUnfurl(recordOf(IN_PROGRESS), { maskEndpoints: true }));
    expect(text).toContain("— in progress");
    expect(text).toContain("+1••••••0123");
    expect(text).not.toMatch(/undefined|<http/);
  });
});

describe("renderHelp", () => {
  it("explains the command, the shortcut and alert threads with examples", () => {
    const { text, blocks } = renderHelp();
    expect(text).toContain("/contact");
    const all = allText(blocks);
    expect(all).toContain("`/contact &lt;contact id | contact ARN | console URL&gt;`");
    // Outside renderer-made tokens, a raw "<" would start a Slack link or mention.
    expect(`${text}${all}`).not.toMatch(/[<>]/);
    expect(all).toContain("Investigate contact");
    expect(all).toContain("Alert threads");
    expect(all).toContain("/contact 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  });

  it("shows every search filter and the form", () => {
    const all = allText(renderHelp().blocks);
    for (const filter of [
      "queue:",
      "agent:",
      "channel:",
      "method:",
      "last:",
      "since:",
      "until:",
      "attr:",
    ]) {
      expect(all).toContain(filter);
    }
    for (const word of [
      "abandoned",
      "answered",
      "transferred",
      "long-wait",
      "/contact find",
      "Find contacts",
    ]) {
      expect(all).toContain(word);
    }
  });
});

describe("renderError", () => {
  const textOf = (err: unknown, context?: Parameters<typeof renderError>[1]) =>
    allText(renderError(err, context).blocks);

  it("explains an invalid id with the expected forms, escaping the input", () => {
    const text = textOf(new InvalidContactIdError("<!channel> 123"));
    expect(text).toContain("`&lt;!channel&gt; 123` is not a contact id.");
    expect(text).toMatch(/UUID like .*arn:aws:connect:.*instance\/.*\/contact\/.*console URL/);
  });

  it("names the searched instances and the 24-month retention", () => {
    const text = textOf(
      new ContactNotFoundError(CONTACT_IDS.minimal, [
        INSTANCE_ID,
        "22222222-2222-3333-4444-555555555555",
      ]),
    );
    expect(text).toContain(CONTACT_IDS.minimal);
    expect(text).toContain(`\`${INSTANCE_ID}\`, \`22222222-2222-3333-4444-555555555555\``);
    expect(text).toContain("24 months");
  });

  it("asks to retry when throttled or timed out", () => {
    expect(textOf(new ThrottledError("DescribeContact"))).toContain("try again in a few seconds");
    expect(textOf(new UpstreamTimeoutError("connect", 3000))).toContain(
      "did not answer within 3 s",
    );
  });

  it("names the service that failed", () => {
    expect(textOf(new UpstreamTimeoutError("Slack", 5000))).toContain(
      "Slack did not answer within 5 s",
    );
    expect(textOf(new UpstreamError("Slack", "channel_not_found"))).toContain(
      "Slack answered with an error",
    );
  });

  it("names the missing IAM action", () => {
    expect(textOf(new AccessDeniedError("connect:DescribeContact"))).toContain(
      "`connect:DescribeContact`",
    );
  });

  it("politely refuses users without access", () => {
    expect(textOf(new NotAllowedError("U123"))).toBe(
      "⚠️ You don't have access to contact lookups here — ask your Slack admin.",
    );
  });

  it("gives a reference, never the internal message, for upstream and internal errors", () => {
    for (const err of [
      new UpstreamError("connect", "secret detail"),
      new Error("secret detail"),
      new ConfigError("X", "secret detail"),
    ]) {
      const { text, blocks } = renderError(err);
      expect(allText(blocks)).toMatch(/Reference `[a-z0-9]+`/);
      expect(text).toContain("reference");
      expect(`${text}${allText(blocks)}`).not.toContain("secret detail");
    }
    const internal = new BotError("INTERNAL", "boom");
    expect(textOf(internal)).toContain(internal.ref);
  });

  it("escapes whatever the error carries", () => {
    const hostile = "<!channel> <https://evil.example|x>";
    const errors = [
      new InvalidContactIdError(hostile),
      new ContactNotFoundError(hostile, [hostile]),
      new AccessDeniedError(hostile),
      new BotError("CONTACT_NOT_FOUND", hostile),
    ];
    for (const err of errors) {
      const { text, blocks } = renderError(err, { input: hostile, contactId: hostile });
      expect(`${text}\n${allText(blocks)}`).not.toMatch(/[<>]/);
    }
  });

  it("uses the context when the error does not carry the input", () => {
    expect(textOf(new BotError("INVALID_CONTACT_ID", "x"), { input: "abc" })).toContain(
      "`abc` is not a contact id.",
    );
  });
});

describe("notices", () => {
  it("says no ids were found", () => {
    expect(renderNoIdsFound().text).toBe("I found no Amazon Connect contact ids in that message.");
  });

  it("escapes a free notice", () => {
    expect(renderNotice("<!here> hi").text).toBe("&lt;!here&gt; hi");
  });

  it("lists the contacts beyond the limit", () => {
    expect(allText(moreContactsNote(["a", "b"]))).toBe("…and 2 more: `a`, `b`");
    expect(moreContactsNote([])).toEqual([]);
    expect(allText(moreContactsNote(Array.from({ length: 30 }, (_, i) => `id${i}`)))).toContain(
      "(10 more)",
    );
  });

  it("says it is looking", () => {
    expect(renderLookingUp(3).text).toContain("Looking up 3 contacts");
  });
});
