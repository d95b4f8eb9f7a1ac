import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { ConfigError } from "../../src/domain/request-errors.js";

const BASE = {
  SLACK_SIGNING_SECRET: "secret",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "eu-west-2",
};

describe("search settings", () => {
  it("defaults: an hour back for alarms, no phone search", () => {
    expect(loadConfig(BASE).search).toEqual({ alertMinutes: 60, phoneAttribute: undefined });
  });

  it("reads SEARCH_PHONE_ATTRIBUTE, a contact attribute key", () => {
    const config = loadConfig({ ...BASE, SEARCH_PHONE_ATTRIBUTE: " caller_Phone-1 " });
    expect(config.search.phoneAttribute).toBe("caller_Phone-1");
  });

  it("refuses a key Connect would not have, naming the variable", () => {
    expect(() => loadConfig({ ...BASE, SEARCH_PHONE_ATTRIBUTE: "caller phone" })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ ...BASE, SEARCH_PHONE_ATTRIBUTE: "$.Phone" })).toThrow(
      /SEARCH_PHONE_ATTRIBUTE/,
    );
  });
});
