import { describe, expect, it } from "vitest";
import {
  AGENTS,
  CONSOLE_BASE_URL,
  CONTACT_IDS,
  contactArn,
  INSTANCE_ID,
  QUEUES,
} from "../fixtures/contacts.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { answersTo, buttonsOf, nthAnswer, SIGNING_SECRET, textOf, useHarness } from "./harness.js";

const h = useHarness();

async function ask(
  text: string,
): Promise<{ answer: Record<string, unknown>; responseUrl: string }> {
  const { status, responseUrl } = await h.command(text);
  expect(status).toBe(200);
  return { answer: await nthAnswer(h, responseUrl), responseUrl };
}

describe("/contact", () => {
  it("answers privately with the summary: channel, times, queue and agent names, masked customer, console link", async () => {
    const { answer } = await ask(CONTACT_IDS.voiceInbound);
    const text = textOf(answer);
    expect(answer.response_type).toBe("ephemeral");
    expect(text).toContain("Voice");
    expect(text).toContain("Inbound");
    expect(text).toContain(CONTACT_IDS.voiceInbound);
    expect(text).toContain(QUEUES.billing.name);
    expect(text).toContain(`${AGENTS.jane.firstName} ${AGENTS.jane.lastName}`);
    expect(text).toMatch(/<!date\^\d+\^/);
    expect(text).not.toContain("+15551230123");
    expect(text).toContain("0123");
    expect(text).toContain(
      `${CONSOLE_BASE_URL}/contact-trace-records/details/${CONTACT_IDS.voiceInbound}`,
    );
    expect(text).not.toMatch(/undefined|NaN|Invalid Date/);
    const buttons = buttonsOf(answer);
    for (const section of ["agent", "queue", "routing", "quality", "details"]) {
      expect(buttons.has(`contact_section_${section}`)).toBe(true);
    }
  });

  it("acks before the lookup finishes (Slack allows 3 s)", async () => {
    // DescribeContact never answers: the lookup can only end at its deadline, so an ack that
    // waited for it would come after the answer.
    h.connect.hangNext("DescribeContact", 10);
    const { status, responseUrl } = await h.command(CONTACT_IDS.chat);
    expect(status).toBe(200);
    expect(answersTo(h.slack, responseUrl)).toHaveLength(0);
    expect(textOf(await nthAnswer(h, responseUrl))).toMatch(/Amazon Connect did not answer/);
  });

  it("serves the second lookup of a contact from the cache: one DescribeContact", async () => {
    await ask(CONTACT_IDS.task);
    await ask(CONTACT_IDS.task);
    expect(h.connect.count("DescribeContact")).toBe(1);
  });

  it("accepts a contact ARN and a console URL", async () => {
    const byArn = await ask(contactArn(CONTACT_IDS.email));
    expect(textOf(byArn.answer)).toContain("Email");
    const url = `https://example.my.connect.aws/contact-trace-records/details/${CONTACT_IDS.abandoned}?tz=UTC`;
    const byUrl = await ask(url);
    expect(textOf(byUrl.answer)).toContain(CONTACT_IDS.abandoned);
  });

  it("gives one summary per contact when several are given", async () => {
    const { responseUrl } = await h.command(`${CONTACT_IDS.chat} ${CONTACT_IDS.task}`);
    const second = await nthAnswer(h, responseUrl, 2);
    const both = textOf(answersTo(h.slack, responseUrl));
    expect(both).toContain(CONTACT_IDS.chat);
    expect(both).toContain(CONTACT_IDS.task);
    expect(second.response_type).toBe("ephemeral");
  });

  it.each(["", "help", "HELP"])("shows usage for %j", async (input) => {
    const { answer } = await ask(input);
    expect(textOf(answer)).toContain("/contact");
    expect(h.connect.count()).toBe(0);
  });

  it("refuses a malformed id before any AWS call", async () => {
    const { answer } = await ask("12345 <!channel>");
    const text = textOf(answer);
    expect(text).toMatch(/not a contact id/i);
    expect(text).not.toContain("<!channel>");
    expect(h.connect.count()).toBe(0);
  });

  it("says when a contact is not found, mentioning the 24-month retention", async () => {
    const { answer } = await ask("00000000-0000-4000-8000-000000000000");
    const text = textOf(answer);
    expect(text).toMatch(/could not find|not found/i);
    expect(text).toMatch(/24 months/);
    expect(text).toContain(INSTANCE_ID);
  });

  it("rides out one throttle (SDK retry) and then answers", async () => {
    h.connect.failNext("DescribeContact", { status: 429, type: "ThrottlingException" }, 1);
    const { answer } = await ask(CONTACT_IDS.minimal);
    expect(textOf(answer)).toContain(CONTACT_IDS.minimal);
    expect(h.connect.count("DescribeContact")).toBe(2);
  });

  it("says so when Connect keeps throttling", async () => {
    h.connect.failNext("DescribeContact", { status: 429, type: "ThrottlingException" }, 10);
    const { answer } = await ask(CONTACT_IDS.inProgress);
    expect(textOf(answer)).toMatch(/throttl/i);
  });

  it("names the missing IAM action when access is denied", async () => {
    h.connect.denyAll("DescribeContact");
    try {
      const { answer } = await ask(CONTACT_IDS.chainLast);
      expect(textOf(answer)).toContain("connect:DescribeContact");
    } finally {
      h.connect.allow("DescribeContact");
    }
  });

  it("reads a form whose content type carries a charset", async () => {
    const responseUrl = h.slack.responseUrl("charset");
    const body = slashCommandBody({ text: CONTACT_IDS.voiceInbound, responseUrl });
    const { status } = await postSigned(h.eventsUrl, body, {
      secret: SIGNING_SECRET,
      contentType: "application/x-www-form-urlencoded; charset=utf-8",
    });
    expect(status).toBe(200);
    expect(textOf(await nthAnswer(h, responseUrl))).toContain(CONTACT_IDS.voiceInbound);
  });

  it("refuses a request with a bad signature and does nothing", async () => {
    const responseUrl = h.slack.responseUrl("forged");
    const body = slashCommandBody({ text: CONTACT_IDS.voiceInbound, responseUrl });
    const forged = await postSigned(h.eventsUrl, body, {
      secret: SIGNING_SECRET,
      badSignature: true,
    });
    const wrongSecret = await postSigned(h.eventsUrl, body, { secret: "not-the-secret" });
    const stale = await postSigned(h.eventsUrl, body, {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    const future = await postSigned(h.eventsUrl, body, {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) + 600,
    });
    expect([forged.status, wrongSecret.status, stale.status, future.status]).toEqual([
      401, 401, 401, 401,
    ]);
    await new Promise((r) => setTimeout(r, 200));
    expect(answersTo(h.slack, responseUrl)).toHaveLength(0);
    expect(h.connect.count()).toBe(0);
  });
});

describe("expanding sections in place", () => {
  const sections: [string, RegExp][] = [
    [
      "agent",
      new RegExp(
        `${AGENTS.jane.username}[\\s\\S]*Basic Routing Profile|Basic Routing Profile[\\s\\S]*${AGENTS.jane.username}`,
      ),
    ],
    ["queue", /Billing/],
    ["routing", /AND|OR/],
    ["quality", /[Qq]uality/],
    ["details", /[Ss]egment|Tags|Attributes/],
  ];

  it.each(sections)(
    "opens and closes %s from the cache, replacing the original",
    async (section, expected) => {
      const { answer } = await ask(CONTACT_IDS.voiceInbound);
      const button = buttonsOf(answer).get(`contact_section_${section}`);
      expect(button?.value).toBeTruthy();
      const opened = await h.click({
        actionId: `contact_section_${section}`,
        value: button?.value,
        isEphemeral: true,
      });
      expect(opened.status).toBe(200);
      const open = await nthAnswer(h, opened.responseUrl);
      expect(open.replace_original).toBe(true);
      expect(textOf(open)).toMatch(expected);
      expect(textOf(open).length).toBeGreaterThan(textOf(answer).length);
      const again = buttonsOf(open).get(`contact_section_${section}`);
      const closed = await h.click({
        actionId: `contact_section_${section}`,
        value: again?.value,
        isEphemeral: true,
      });
      const close = await nthAnswer(h, closed.responseUrl);
      expect(close.replace_original).toBe(true);
      expect(textOf(close).length).toBeLessThan(textOf(open).length);
      expect(h.connect.count("DescribeContact")).toBeLessThanOrEqual(1);
    },
  );

  it("answers a forged button value with an error and no AWS call", async () => {
    const clicked = await h.click({
      actionId: "contact_section_agent",
      value: '{"i":"../../etc","c":"<!channel>"}',
      isEphemeral: true,
    });
    const answer = await nthAnswer(h, clicked.responseUrl);
    expect(answer.replace_original).toBe(false);
    expect(textOf(answer)).not.toContain("<!channel>");
    expect(h.connect.count()).toBe(0);
  });
});
