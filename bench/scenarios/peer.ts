import { execFile } from "node:child_process";
import { TEST_INSTANCE_ID } from "../../test/e2e/seed.js";
import { sleep } from "../../test/support/http-io.js";
import type { Cleanup } from "../cleanup.js";
import { type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";

const CLI_TIMEOUT_MS = 30_000;

/** One `aws connect describe-contact` against the emulator: wall time of the whole process. */
function describeWithCli(endpoint: string, contactId: string, cleanup: Cleanup): Promise<number> {
  const args = ["connect", "describe-contact", "--instance-id", TEST_INSTANCE_ID];
  args.push("--contact-id", contactId, "--endpoint-url", endpoint, "--region", "us-east-1");
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_PAGER: "",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = execFile("aws", args, { env, timeout: CLI_TIMEOUT_MS }, (error, stdout) => {
      forget();
      const ms = performance.now() - started;
      if (error) return reject(new Error(`aws connect describe-contact failed: ${error.message}`));
      const id = (JSON.parse(stdout) as { Contact?: { Id?: string } }).Contact?.Id;
      if (id !== contactId) return reject(new Error(`aws CLI answered contact ${id}`));
      resolve(ms);
    });
    const forget = cleanup.add(
      "aws CLI",
      async () => void child.kill("SIGTERM"),
      () => void child.kill("SIGKILL"),
    );
  });
}

/**
 * Scenario 6: the same lookup through the AWS CLI, the peer an engineer would otherwise use.
 * Paced under the emulator's rate limit, like the bot's cold lookups.
 */
export async function measureCli(
  endpoint: string,
  options: { rounds: number; take: () => string[]; connectRps: number },
  cleanup: Cleanup,
) {
  const rounds: Percentiles[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const samples: number[] = [];
    for (const contactId of options.take()) {
      const started = Date.now();
      samples.push(await describeWithCli(endpoint, contactId, cleanup));
      await sleep(Math.max(0, started + 1000 / options.connectRps - Date.now()));
    }
    rounds.push(percentiles(samples));
  }
  return percentilesAcrossRounds(rounds);
}
