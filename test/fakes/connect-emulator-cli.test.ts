import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";

const run = promisify(execFile);
const INSTANCE = "11111111-2222-3333-4444-555555555555";

/**
 * A second, independent client (botocore, not the JS SDK) parsing the emulator's answers, so the
 * wire format is checked against AWS's models rather than against our own reading of them.
 */
describe("connect emulator with the AWS CLI", () => {
  let emulator: ConnectEmulator;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await run("aws", ["--version"]).catch((error: unknown) => {
      throw new Error(
        `the aws CLI is required on PATH for this test (apt-get install awscli): ${error}`,
      );
    });
    emulator = await startConnectEmulator();
    emulator.putContact(INSTANCE, {
      Id: "contact-1",
      Channel: "VOICE",
      InitiationTimestamp: new Date("2024-05-01T10:00:00.250Z"),
      QueueInfo: { Id: "queue-1", EnqueueTimestamp: new Date("2024-05-01T10:00:05Z") },
    });
    // cli v1 prints timestamps raw unless told otherwise; iso8601 makes botocore parse them.
    dir = await mkdtemp(join(tmpdir(), "aws-cli-"));
    await writeFile(join(dir, "config"), "[default]\ncli_timestamp_format = iso8601\n");
    env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_PAGER: "",
      AWS_CONFIG_FILE: join(dir, "config"),
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_PROFILE: undefined,
    };
  });
  afterAll(async () => {
    await emulator?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function describeContact(contactId: string) {
    const args = [
      "connect",
      "describe-contact",
      "--instance-id",
      INSTANCE,
      "--contact-id",
      contactId,
    ];
    const common = ["--endpoint-url", emulator.url, "--region", "us-east-1", "--output", "json"];
    return run("aws", [...args, ...common], { env });
  }

  it("prints the contact with its timestamps parsed as datetimes", async () => {
    const { stdout } = await describeContact("contact-1");
    const out = JSON.parse(stdout);
    expect(out.Contact.Id).toBe("contact-1");
    expect(out.Contact.InitiationTimestamp).toMatch(/^2024-05-01T10:00:00\.25(0*)\+00:00$/);
    expect(out.Contact.QueueInfo.EnqueueTimestamp).toBe("2024-05-01T10:00:05+00:00");
    expect(emulator.calls.at(-1)).toMatchObject({ operation: "DescribeContact", signed: true });
  });

  it("exits non-zero with ResourceNotFoundException for an unknown contact", async () => {
    const failure = await describeContact("nope").then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain("ResourceNotFoundException");
  });
});
