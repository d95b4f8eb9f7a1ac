import { describe, expect, it } from "vitest";
import { maskEndpoint } from "../../../src/domain/masking/mask.js";
import { isWellFormed } from "../../blocks/support/inspect.js";

describe("maskEndpoint", () => {
  it.each([
    ["+15550100123", "TELEPHONE_NUMBER", "+1••••••0123"],
    ["+447700900123", "TELEPHONE_NUMBER", "+4•••••••0123"],
    ["+1 (555) 010-0123", "TELEPHONE_NUMBER", "+1••••••0123"],
    ["5550100123", "TELEPHONE_NUMBER", "5•••••0123"],
    ["+12345", "TELEPHONE_NUMBER", "+•••••"],
    ["jane.doe@example.com", "EMAIL_ADDRESS", "j•••@example.com"],
    ["j@example.com", "EMAIL_ADDRESS", "j•••@example.com"],
    ["sip:alice-device-42", "VOIP", "s•••42"],
    ["short", "VOIP", "•••"],
  ])("masks %s (%s) as %s", (address, type, expected) => {
    expect(maskEndpoint(address, type)).toBe(expected);
  });

  it("guesses the kind when the type is missing", () => {
    expect(maskEndpoint("+15550100123")).toBe("+1••••••0123");
    expect(maskEndpoint("jane@example.com")).toBe("j•••@example.com");
  });

  it("never reveals the middle of a phone number or an email's local part", () => {
    expect(maskEndpoint("+15558675309", "TELEPHONE_NUMBER")).not.toContain("867");
    expect(maskEndpoint("secret.name@example.com", "EMAIL_ADDRESS")).not.toContain("secret");
  });

  it("does not split emoji", () => {
    expect(isWellFormed(maskEndpoint("😀😀😀😀😀😀😀😀😀", "VOIP"))).toBe(true);
  });
});
