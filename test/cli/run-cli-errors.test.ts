import { describe, expect, it } from "vitest";
import { FIXTURE, runCliCaptured } from "./run-cli-captured.js";

describe("connect-contact-bot render: errors", () => {
  it.each([
    [
      "a missing file",
      ["render", "test/fixtures/no-such.json"],
      "",
      /Cannot read .*no-such\.json \(ENOENT\)/,
    ],
    ["input that is not JSON", ["render", "-"], "Contact: 42", /standard input is not JSON/],
    ["JSON with no Contact.Id", ["render"], '{"Contact": {}}', /holds no contact.*"Id"/],
    [
      "an unparseable timestamp",
      ["render"],
      '{"Contact": {"Id": "c", "InitiationTimestamp": "later"}}',
      /Contact\.InitiationTimestamp is not a timestamp/,
    ],
  ])("exits 1 on %s, with nothing on stdout", async (_name, argv, stdin, message) => {
    const { code, stdout, stderr } = await runCliCaptured(argv, stdin);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^connect-contact-bot: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [
      "an unknown section",
      ["render", "--section", "bogus", FIXTURE],
      /Unknown section: "bogus"; choose one of agent, queue, routing, quality, details/,
    ],
    [
      "a section that needs Connect",
      ["render", "--section", "attributes", FIXTURE],
      /--section attributes cannot be rendered offline: it needs more calls to Amazon Connect/,
    ],
    [
      "the Conversation section without its analysis",
      ["render", "--section", "conversation", FIXTURE],
      /--section conversation reads Contact Lens's analysis: use --analysis FILE/,
    ],
    ["an unknown option", ["render", "--bogus", FIXTURE], /Unknown option '--bogus'/],
    [
      "a missing option value",
      ["render", FIXTURE, "--section"],
      /--section <value>' argument missing/,
    ],
    ["no command", [FIXTURE], /Unknown command: test\/fixtures/],
    ["an empty command line", [], /Missing command: render/],
    ["a second file", ["render", FIXTURE, FIXTURE], /Unexpected argument/],
    [
      "a console URL that is not one",
      ["render", "--console-url", "acme", FIXTURE],
      /--console-url/,
    ],
  ])("exits 2 on %s, with usage on stderr", async (_name, argv, message) => {
    const { code, stdout, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage: connect-contact-bot render");
  });

  it("does not wait for a terminal to type JSON when no file is given", async () => {
    const { code, stderr } = await runCliCaptured(["render"], "", { tty: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/No input: give a file/);
  });
});
