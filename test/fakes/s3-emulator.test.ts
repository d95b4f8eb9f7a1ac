import {
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emulatorClientConfig } from "../support/emulator-client-config.js";
import { type S3Emulator, startS3Emulator } from "../support/s3-emulator.js";

const BUCKET = "amazon-connect-acme";
const DAY = "Analysis/Voice/2024/05/01/";

describe("S3 emulator with the real S3Client", () => {
  let emulator: S3Emulator;
  let s3: S3Client;

  const client = (extra: Partial<ConstructorParameters<typeof S3Client>[0]> = {}) =>
    new S3Client({
      // A host name, not an IP: the SDK would go virtual-hosted (bucket.localhost) without it.
      ...emulatorClientConfig(`http://localhost:${emulator.port}`),
      forcePathStyle: true,
      ...extra,
    });

  beforeAll(async () => {
    emulator = await startS3Emulator();
    for (const n of [1, 2, 3, 4, 5]) {
      emulator.putObject(BUCKET, `${DAY}c${n}_analysis_2024-05-01T10:0${n}:00Z.json`, `{"n":${n}}`);
    }
    emulator.putObject(BUCKET, "Analysis/Chat/2024/05/01/c1_analysis_x.json", "{}");
    emulator.putObject(BUCKET, "big.json", "0123456789");
    s3 = client();
  });
  beforeEach(() => emulator.reset());
  afterAll(async () => {
    s3.destroy();
    await emulator.stop();
  });

  it("lists a prefix page by page with continuation tokens, path-style and signed", async () => {
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: BUCKET,
          Prefix: DAY,
          MaxKeys: 2,
          ...(token && { ContinuationToken: token }),
        }),
      );
      pages += 1;
      keys.push(...(page.Contents ?? []).map((o) => o.Key ?? ""));
      expect(page.KeyCount).toBe(page.Contents?.length ?? 0);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    expect(pages).toBe(3);
    expect(keys).toHaveLength(5);
    expect(keys[0]).toBe(`${DAY}c1_analysis_2024-05-01T10:01:00Z.json`);
    expect(emulator.calls[0]).toMatchObject({
      operation: "ListObjectsV2",
      bucket: BUCKET,
      prefix: DAY,
      maxKeys: 2,
      signed: true,
    });
  });

  it("caps a page at the emulator's page size and finds one contact's files by prefix", async () => {
    emulator.setPageSize(1);
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${DAY}c3_analysis_` }),
    );
    expect(page.Contents?.map((o) => [o.Key, o.Size])).toEqual([
      [`${DAY}c3_analysis_2024-05-01T10:03:00Z.json`, 7],
    ]);
    expect(page.IsTruncated).toBe(false);
  });

  it("gets an object whole or by Range", async () => {
    const whole = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: "big.json" }));
    expect(await whole.Body?.transformToString()).toBe("0123456789");
    expect(whole.ContentLength).toBe(10);
    const head = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: "big.json", Range: "bytes=0-3" }),
    );
    expect(await head.Body?.transformToString()).toBe("0123");
    expect(head.ContentRange).toBe("bytes 0-3/10");
    const tail = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: "big.json", Range: "bytes=-2" }),
    );
    expect(await tail.Body?.transformToString()).toBe("89");
    expect(emulator.calls.map((c) => c.range)).toEqual([undefined, "bytes=0-3", "bytes=-2"]);
  });

  it("answers NoSuchKey, NoSuchBucket and AccessDenied as S3's XML errors", async () => {
    await expect(
      s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: "missing.json" })),
    ).rejects.toBeInstanceOf(NoSuchKey);
    await expect(
      s3.send(new ListObjectsV2Command({ Bucket: "no-such-bucket" })),
    ).rejects.toBeInstanceOf(NoSuchBucket);
    emulator.deny("GetObject", "Analysis/");
    const denied = s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${DAY}c1_x.json` }));
    await expect(denied).rejects.toMatchObject({
      name: "AccessDenied",
      $metadata: { httpStatusCode: 403 },
    });
    await expect(denied).rejects.toBeInstanceOf(S3ServiceException);
    // Denied under Analysis/ only, as a policy scoped to that prefix would.
    await expect(
      s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: "big.json" })),
    ).resolves.toBeDefined();
  });

  it("throttles with SlowDown and hangs a request until the SDK gives up", async () => {
    emulator.failNext("ListObjectsV2", {
      status: 503,
      code: "SlowDown",
      message: "Please reduce your request rate.",
    });
    await expect(
      s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: DAY })),
    ).rejects.toMatchObject({ name: "SlowDown", $metadata: { httpStatusCode: 503 } });
    const impatient = client({
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
    });
    emulator.hangNext("GetObject");
    await expect(
      impatient.send(new GetObjectCommand({ Bucket: BUCKET, Key: "big.json" })),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    impatient.destroy();
  });
});

describe("S3 emulator rate limit", () => {
  it("answers SlowDown above the quota and counts it", async () => {
    const emulator = await startS3Emulator({ rateLimit: { rps: 1, burst: 2 } });
    emulator.putObject(BUCKET, "a.json", "{}");
    const s3 = new S3Client({ ...emulatorClientConfig(emulator.url), forcePathStyle: true });
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: "a.json" }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(emulator.throttled).toBe(2);
    s3.destroy();
    await emulator.stop();
  });
});
