import { bool, type Env, num, str } from "./config-env.js";
import { ConfigError } from "./errors.js";

/** Settings for running several replicas on one (ElastiCache) Redis. */
export interface ReplicasConfig {
  /** Replicas sharing the Connect quota; each takes 1/count of it while Redis cannot share it. */
  count: number;
  /** How long start-up waits for Redis before taking Slack's requests degraded. */
  redisConnectTimeoutMs: number;
  /** PEM file of the private CA that signed Redis's TLS certificate (rediss://). */
  redisTlsCaFile?: string;
  /** ElastiCache cluster mode: REDIS_URL's host is the configuration endpoint. */
  redisCluster: boolean;
}

export function replicasConfig(env: Env): ReplicasConfig {
  const url = str(env, "REDIS_URL");
  if (url && !/^rediss?:\/\/[^/]/i.test(url)) {
    throw new ConfigError("REDIS_URL", "must be a redis:// or rediss:// URL");
  }
  const count = num(env, "CONNECT_REPLICAS", 1, 1);
  if (!Number.isInteger(count)) throw new ConfigError("CONNECT_REPLICAS", "must be a whole number");
  return {
    count,
    redisConnectTimeoutMs: num(env, "REDIS_CONNECT_TIMEOUT_MS", 2000, 0),
    redisTlsCaFile: str(env, "REDIS_TLS_CA_FILE"),
    redisCluster: bool(env, "REDIS_CLUSTER", false),
  };
}
