import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskField, maskFreeText } from "../../../src/domain/masking/free-text-mask.js";

const ON = { endpoints: true };
const OFF = { endpoints: false };

/** [as written, as shown]: every one masked wherever it stands in a text. */
const MASKED: [string, string][] = [
  ["+1 415 555 0123", "+1••••••0123"],
  ["+14155550123", "+1••••••0123"],
  ["14155550123", "1••••••0123"],
  ["(415) 555-0123", "4•••••0123"],
  ["415.555.0123", "4•••••0123"],
  ["415-555-0123", "4•••••0123"],
  ["020 7946 0958", "0••••••0958"],
  ["+44 20 7946 0958", "+4•••••••0958"],
  ["+44 (0)20 7946 0958", "+4••••••••0958"],
  ["+33 1 23 45 67 89", "+3••••••6789"],
  ["4111 1111 1111 1111", "••••1111"],
  ["4111-1111-1111-1111", "••••1111"],
  ["4111111111111111", "••••1111"],
  ["378282246310005", "••••0005"],
  ["3782 822463 10005", "••••0005"],
  ["6011 0009 9013 9424", "••••9424"],
  ["jane@example.com", "j•••@example.com"],
  ["jane.doe+billing@mail.example.co.uk", "j•••@mail.example.co.uk"],
];

/** Ids, dates, times and other numbers that are not a customer's: never touched. */
const KEPT = [
  "A-10042",
  "order A-10042 shipped",
  "0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c",
  "12345678-1234-1234-1234-123456789012",
  "arn:aws:connect:us-east-1:123456789012:instance/0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c",
  "arn:aws:iam::123456789012:role/connect-bot",
  "2026-12-07T10:00:00Z",
  "2026-12-07",
  "2026-12-07 10:00:00",
  "12:34:56",
  "waited 00:02:14",
  "1234567812345678",
  "42",
  "call 555-0123",
  "Billing queue",
  "BasicQueue 2",
  "1700000001.000100",
  "total 12345678.90",
  "pino@10.4.0",
  "<@U0123> and <#C0123|alerts>",
  "version 1.2.3",
];

describe("maskFreeText", () => {
  it.each(MASKED)("masks %s as %s, alone and inside a sentence", (written, shown) => {
    expect(maskFreeText(written, ON)).toBe(shown);
    expect(maskFreeText(`Call back on ${written}, thanks.`, ON)).toBe(
      `Call back on ${shown}, thanks.`,
    );
    expect(maskFreeText(`{"note":"${written}"}`, ON)).toBe(`{"note":"${shown}"}`);
  });

  it.each(KEPT)("leaves %s as it is", (text) => {
    expect(maskFreeText(text, ON)).toBe(text);
    expect(maskFreeText(`see ${text}.`, ON)).toBe(`see ${text}.`);
  });

  it("masks card numbers even when phones and emails are to be shown", () => {
    const text = "card 4111-1111-1111-1111, phone +1 415 555 0123, mail jane@example.com";
    expect(maskFreeText(text, OFF)).toBe(
      "card ••••1111, phone +1 415 555 0123, mail jane@example.com",
    );
  });

  it("masks the customer's own address however it is written, and several numbers in a row", () => {
    const policy = { endpoints: true, customerAddress: "sip:alice-42@pbx" };
    expect(maskFreeText("from sip:alice-42@pbx then", policy)).not.toContain("alice-42");
    expect(maskFreeText("4155550123 4155550124", ON)).toBe("4•••••0123 4•••••0124");
    expect(maskFreeText("call 4155550123 on 2026-12-07", ON)).toBe("call 4•••••0123 on 2026-12-07");
  });

  it("masks a card beside another number, whichever of the two windows passes Luhn", () => {
    for (const before of ["5", "1234", "2026-12-07", "A-10042"]) {
      const masked = maskFreeText(`${before} 4111 1111 1111 1111`, OFF);
      expect(masked).not.toContain("4111");
      expect(masked.match(/1111/g) ?? []).toHaveLength(1);
    }
  });

  it("reads only what is kept, never showing half of a number the cut went through", () => {
    const card = "4111 1111 1111 1111";
    const across = maskFreeText(`${"x".repeat(995)} ${card} ${"y".repeat(2000)}`, OFF, 1000);
    expect(across).toContain("••••1111");
    expect(across).not.toContain("4111");
    expect(across.endsWith("…")).toBe(true);
    // Cut in two where the reading stops: left out altogether, no half of it shown.
    for (const at of [1000, 1390, 1395]) {
      const after = maskFreeText(`${"x".repeat(at)} ${card} ${"y".repeat(1000)}`, OFF, 1000);
      expect(after).not.toMatch(/\d/);
    }
  });

  it("finds every card in 40,000 characters of digits and spaces", () => {
    const noise = "1 ".repeat(20_000);
    const masked = maskFreeText(`${noise}card 4111 1111 1111 1111 ${noise}`, OFF);
    expect(masked).not.toContain("4111");
  });
});

describe("maskField", () => {
  it("leaves an epoch in a time field alone, and masks one anywhere else", () => {
    expect(maskField("StartTimestamp", "1733565600000", ON)).toBe("1733565600000");
    expect(maskField("createdAt", "1733565600", ON)).toBe("1733565600");
    expect(maskField("expires_at", "1733565600.25", ON)).toBe("1733565600.25");
    expect(maskField("callback", "1733565600", ON)).toBe("1•••••5600");
    expect(maskField("StartTime", "card 4111111111111111", ON)).toBe("card ••••1111");
  });
});

/** A Luhn-valid card number of `length` digits, from `body` digits and its check digit. */
function luhnCard(body: number[]): string {
  const sum = body
    .slice()
    .reverse()
    .reduce((total, digit, i) => {
      const doubled = i % 2 === 0 ? digit * 2 : digit;
      return total + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
  return [...body, (10 - (sum % 10)) % 10].join("");
}

const cards = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }),
    fc.constantFrom("", " ", "-"),
  )
  .map(([body, separator]) => {
    const digits = luhnCard(body);
    return { digits, written: (digits.match(/.{1,4}/g) ?? []).join(separator) };
  });

describe("a card number in any text", () => {
  it("never survives, whatever surrounds it and whatever the policy", () => {
    fc.assert(
      fc.property(fc.string(), cards, fc.string(), fc.boolean(), (before, card, after, on) => {
        const masked = maskFreeText(`${before} ${card.written} ${after}`, { endpoints: on });
        expect(masked).not.toContain(card.written);
        expect(masked.replace(/\D/g, "")).not.toContain(card.digits.slice(0, -4));
      }),
      { numRuns: 500 },
    );
  });
});
