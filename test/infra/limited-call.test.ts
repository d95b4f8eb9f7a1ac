import {
  AccessDeniedException,
  InternalServiceException,
  InvalidParameterException,
  LimitExceededException,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import {
  AccessDeniedError,
  ThrottledError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../../src/domain/errors.js";
import { type Deadline, startDeadline } from "../../src/infra/deadline.js";
import { type CallOutcome, createLimitedCall } from "../../src/infra/limited-call.js";
import { createRateLimiter } from "../../src/infra/rate-limiter.js";

const $metadata = {};

function named(name: string, httpStatusCode?: number): Error {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode } });
}

function harness() {
  const calls: [string, CallOutcome][] = [];
  const api = createLimitedCall({
    limiterFor: () => createRateLimiter({ ratePerSecond: 100, burst: 100 }),
    hooks: { onCall: (operation, outcome) => calls.push([operation, outcome]) },
  });
  const fail = (err: unknown, deadline: Deadline = startDeadline(1000)) =>
    api.send("DescribeContact", deadline, () => Promise.reject(err)).catch((e: unknown) => e);
  return { api, calls, fail };
}

describe("createLimitedCall", () => {
  it("passes results through and reports the call", async () => {
    const { api, calls } = harness();
    expect(await api.send("DescribeQueue", startDeadline(1000), async () => 42)).toBe(42);
    expect(calls).toEqual([["DescribeQueue", "ok"]]);
  });

  it("hands the deadline's signal to the SDK call", async () => {
    const { api } = harness();
    const deadline = startDeadline(1000);
    await api.send("DescribeQueue", deadline, async (signal) =>
      expect(signal).toBe(deadline.signal),
    );
  });

  it("turns ResourceNotFoundException into undefined", async () => {
    const { calls, fail } = harness();
    expect(await fail(new ResourceNotFoundException({ message: "x", $metadata }))).toBeUndefined();
    expect(calls).toEqual([["DescribeContact", "not_found"]]);
  });

  it.each([
    ["ThrottlingException", new ThrottlingException({ message: "x", $metadata })],
    ["LimitExceededException", new LimitExceededException({ message: "x", $metadata })],
    ["TooManyRequestsException", named("TooManyRequestsException")],
    ["HTTP 429", named("SomethingElse", 429)],
  ])("maps %s to ThrottledError", async (_label, err) => {
    const { calls, fail } = harness();
    const error = await fail(err);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ operation: "DescribeContact", cause: err });
    expect(calls).toEqual([["DescribeContact", "throttled"]]);
  });

  it.each([
    ["AccessDeniedException", new AccessDeniedException({ message: "x", $metadata })],
    ["UnauthorizedException", named("UnauthorizedException")],
    ["UnrecognizedClientException", named("UnrecognizedClientException")],
    ["ExpiredTokenException", named("ExpiredTokenException")],
    ["HTTP 403", named("Whatever", 403)],
  ])("maps %s to AccessDeniedError naming the IAM action", async (_label, err) => {
    const { calls, fail } = harness();
    const error = await fail(err);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(error).toMatchObject({ action: "connect:DescribeContact" });
    expect(calls).toEqual([["DescribeContact", "denied"]]);
  });

  it.each(["TimeoutError", "RequestTimeout", "AbortError"])(
    "maps %s to UpstreamTimeoutError",
    async (name) => {
      const { calls, fail } = harness();
      const error = await fail(named(name), startDeadline(1234));
      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(error).toMatchObject({ service: "Amazon Connect", timeoutMs: 1234 });
      expect(calls).toEqual([["DescribeContact", "timeout"]]);
    },
  );

  it.each([
    ["InternalServiceException", new InternalServiceException({ message: "x", $metadata })],
    ["InvalidParameterException", new InvalidParameterException({ message: "x", $metadata })],
    ["a plain Error", new Error("socket hang up")],
  ])("maps %s to UpstreamError with the original as cause", async (_label, err) => {
    const { calls, fail } = harness();
    const error = await fail(err);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ cause: err });
    expect(calls).toEqual([["DescribeContact", "error"]]);
  });

  it("rejects at the deadline even when the call never settles", async () => {
    const { api, calls } = harness();
    // Only the deadline can settle it: a hang fails the test by its timeout.
    const error = await api
      .send("DescribeContact", startDeadline(100), () => new Promise(() => {}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(calls).toEqual([["DescribeContact", "timeout"]]);
  });

  it("gives up waiting for the rate limiter at the deadline without calling", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 0.1, burst: 1 });
    const api = createLimitedCall({ limiterFor: () => limiter });
    await api.send("DescribeContact", startDeadline(1000), async () => 1);
    let called = false;
    const error = await api
      .send("DescribeContact", startDeadline(100), async () => {
        called = true;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(called).toBe(false);
  });
});
