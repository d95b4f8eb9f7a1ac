import { describe, expect, it } from "vitest";
import { FIXTURE, fixtureText, parseOutput, runCliCaptured } from "./run-cli-captured.js";

const CONTACT_ID = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const CUSTOMER_NUMBER = "447700900123";

/** The fixture as the service puts it on the wire: timestamps as epoch seconds. */
function wireForm(): string {
  return JSON.stringify(JSON.parse(fixtureText()), (key, value: unknown) =>
    key.endsWith("Timestamp") && typeof value === "string" ? Date.parse(value) / 1000 : value,
  );
}

describe("connect-contact-bot render", () => {
  it("prints the blocks and a Block Kit Builder link that opens the same blocks", async () => {
    const { code, stdout, stderr } = await runCliCaptured(["render", FIXTURE]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const { blocks, builderUrl } = parseOutput(stdout);
    expect(blocks.length).toBeGreaterThan(0);
    expect(stdout).toContain(CONTACT_ID);
    expect(builderUrl).toMatch(
      /^https:\/\/app\.slack\.com\/block-kit-builder\/#%7B%22blocks%22:%5B/,
    );
    const fragment = decodeURIComponent(builderUrl?.split("#")[1] ?? "");
    expect(JSON.parse(fragment)).toEqual({ blocks });
  });

  it("masks the customer's phone number unless --no-mask", async () => {
    const masked = await runCliCaptured(["render", FIXTURE]);
    expect(masked.stdout).not.toContain(CUSTOMER_NUMBER);
    expect(masked.stdout).toMatch(/\+4•+0123/);
    const full = await runCliCaptured(["render", "--no-mask", FIXTURE]);
    expect(full.code).toBe(0);
    expect(full.stdout).toContain(CUSTOMER_NUMBER);
  });

  it("opens the section named by --section", async () => {
    // The routing section's title and step heading (the findings quote the expression too).
    const closed = await runCliCaptured(["render", "--json", FIXTURE]);
    expect(closed.stdout).not.toContain("*Step 1*");
    const open = await runCliCaptured(["render", "--section", "routing", FIXTURE]);
    expect(open.code).toBe(0);
    expect(open.stdout).toContain("*Step 1*");
    expect(open.stdout).toContain("Refunds");
  });

  it("prints only JSON with --json", async () => {
    const { code, stdout } = await runCliCaptured(["render", "--json", FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("Block Kit Builder");
    expect(JSON.parse(stdout)).toEqual({ blocks: expect.any(Array) });
  });

  it("reads standard input with - or with no file", async () => {
    const fromFile = await runCliCaptured(["render", FIXTURE]);
    const dash = await runCliCaptured(["render", "-"], fixtureText());
    const none = await runCliCaptured(["render"], fixtureText());
    expect(dash).toEqual(fromFile);
    expect(none).toEqual(fromFile);
  });

  it("renders the wire form (epoch seconds) and a bare Contact the same way", async () => {
    const expected = await runCliCaptured(["render", "--json", FIXTURE]);
    const wire = await runCliCaptured(["render", "--json"], wireForm());
    const bare = JSON.stringify(JSON.parse(fixtureText()).Contact);
    expect(wire).toEqual(expected);
    expect(await runCliCaptured(["render", "--json"], bare)).toEqual(expected);
  });

  it("links to the console given by --console-url", async () => {
    const base = "https://acme.my.connect.aws";
    const { code, stdout } = await runCliCaptured(["render", "--console-url", `${base}/`, FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${base}/`);
    expect(stdout).not.toContain(`${base}//`);
  });

  it("prints help on stdout with --help", async () => {
    const { code, stdout, stderr } = await runCliCaptured(["--help"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/^Usage: connect-contact-bot render/);
  });
});
