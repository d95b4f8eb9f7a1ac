import { type Env, num } from "./config-env.js";

export interface FindingsConfig {
  /** A queue wait longer than this is a finding (and the `long-wait` search word). */
  queueWaitSeconds: number;
}

export function findingsConfig(env: Env): FindingsConfig {
  return { queueWaitSeconds: num(env, "FINDING_QUEUE_WAIT_SECONDS", 60, 1) };
}
