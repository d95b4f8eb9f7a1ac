import { describe, expect, it } from "vitest";
import { renderError } from "../../blocks/error-message.js";
import { loadConfig } from "../../src/config/config.js";
import { AccessDeniedError, ThrottledError } from "../../src/domain/errors.js";
import { startDeadline } from "../../src/infra/deadline.js";
import { createLimitedCall } from "../../src/infra/limited-call.js";
import { createRateLimiter } from "../../src/infra/rate-limiter.js";

const BASE = {
  SLACK_SIGNING_SECRET: "secret",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "eu-west-2",
};

describe("Contact Lens settings", () => {
  it("defaults: the instance's bucket, 8 MB, virtual-hosted S3", () => {
    expect(loadConfig(BASE).conversation).toEqual({
      s3: undefined,
      maxBytes: 8 * 1024 * 1024,
      s3PathStyle: false,
    });
  });

  it("reads CONTACT_LENS_S3_URI, CONTACT_LENS_MAX_BYTES; an S3 endpoint override means path-style", () => {
    const config = loadConfig({
      ...BASE,
      CONTACT_LENS_S3_URI: "s3://acme-lens-replica/connect/acme",
      CONTACT_LENS_MAX_BYTES: "1048576",
      AWS_ENDPOINT_URL_S3: "http://localhost:9000",
    });
    expect(config.conversation).toEqual({
      s3: { bucket: "acme-lens-replica", prefix: "connect/acme/" },
      maxBytes: 1048576,
      s3PathStyle: true,
    });
    expect(loadConfig({ ...BASE, CONTACT_LENS_S3_URI: "s3://acme" }).conversation.s3).toEqual({
      bucket: "acme",
      prefix: "",
    });
    expect(loadConfig({ ...BASE, AWS_ENDPOINT_URL: "http://x" }).conversation.s3PathStyle).toBe(
      true,
    );
  });

  it.each([
    ["CONTACT_LENS_S3_URI", "https://acme.s3.amazonaws.com/x"],
    ["CONTACT_LENS_S3_URI", "s3://Not_A_Bucket"],
    ["CONTACT_LENS_S3_URI", "acme/prefix"],
    ["CONTACT_LENS_MAX_BYTES", "12"],
    ["CONTACT_LENS_MAX_BYTES", "lots"],
  ])("rejects %s=%s, naming the variable", (name, value) => {
    expect(() => loadConfig({ ...BASE, [name]: value })).toThrow(name);
  });
});

describe("S3 behind the limited API", () => {
  const api = createLimitedCall({
    limiterFor: () => createRateLimiter({ ratePerSecond: 100, burst: 100 }),
    names: { service: "Amazon S3", iamPrefix: "s3", iamActions: { ListObjectsV2: "ListBucket" } },
  });
  const fail = (operation: string, name: string, status: number) =>
    api.send(operation, startDeadline(1000), () =>
      Promise.reject(
        Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } }),
      ),
    );

  it("NoSuchKey is a missing object; SlowDown is throttling, worded with the service", async () => {
    await expect(fail("GetObject", "NoSuchKey", 404)).resolves.toBeUndefined();
    const throttled = await fail("GetObject", "SlowDown", 503).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(ThrottledError);
    expect(renderError(throttled).text).toContain("Amazon S3 is busy right now (throttled)");
  });

  it("a refusal names the IAM action, which for ListObjectsV2 is s3:ListBucket", async () => {
    const denied = await fail("ListObjectsV2", "AccessDenied", 403).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect((denied as AccessDeniedError).action).toBe("s3:ListBucket");
    expect(renderError(denied).text).toContain("`s3:ListBucket`");
  });
});
