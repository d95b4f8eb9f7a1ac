import { ConfigError } from "../domain/request-errors.js";
import { bool, type Env, num, str } from "./env.js";

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
  /** ACL user when REDIS_URL names none (ElastiCache RBAC). */
  redisUsername?: string;
  /**
   * AUTH token or ACL password when REDIS_URL carries none: an orchestrator injects a secret as a
   * variable of its own, which then needs no percent-encoding nor a shell to build the URL.
   */
  redisPassword?: string;
}

/** The parsed REDIS_URL; its errors never echo it, as it may carry a password. */
function redisUrl(env: Env): URL | undefined {
  const url = str(env, "REDIS_URL");
  if (!url) return undefined;
  if (!/^rediss?:\/\/[^/]/i.test(url)) {
    throw new ConfigError("REDIS_URL", "must be a redis:// or rediss:// URL");
  }
  try {
    return new URL(url);
  } catch {
    throw new ConfigError("REDIS_URL", "is not a valid URL");
  }
}

export function replicasConfig(env: Env): ReplicasConfig {
  const url = redisUrl(env);
  const redisUsername = str(env, "REDIS_USERNAME");
  const redisPassword = str(env, "REDIS_PASSWORD");
  const orphan = url ? undefined : ["REDIS_USERNAME", "REDIS_PASSWORD"].find((n) => str(env, n));
  if (orphan) throw new ConfigError(orphan, "is set without REDIS_URL");
  // Two sources for one password would leave it unclear which one Redis is sent.
  if (redisPassword && url?.password) {
    throw new ConfigError("REDIS_PASSWORD", "is set while REDIS_URL carries a password too");
  }
  const count = num(env, "CONNECT_REPLICAS", 1, 1);
  if (!Number.isInteger(count)) throw new ConfigError("CONNECT_REPLICAS", "must be a whole number");
  return {
    count,
    redisConnectTimeoutMs: num(env, "REDIS_CONNECT_TIMEOUT_MS", 2000, 0),
    redisTlsCaFile: str(env, "REDIS_TLS_CA_FILE"),
    redisCluster: bool(env, "REDIS_CLUSTER", false),
    redisUsername,
    redisPassword,
  };
}
