import type { Config } from "../config/config.js";
import {
  type CacheLogger,
  createRedisClient,
  type RedisClient,
  redisReady,
} from "./redis-client.js";
import { createRedisHealth, type RedisHealth } from "./redis-health.js";

/** The one Redis connection of a replica, and what every adapter on it needs to share. */
export interface SharedRedis {
  client: RedisClient;
  health: RedisHealth;
  keyPrefix: string;
  /** Resolves true once Redis is ready, false after `timeoutMs` without it. */
  ready(timeoutMs: number): Promise<boolean>;
}

export function createSharedRedis(
  config: Pick<Config, "cache" | "replicas">,
  logger?: CacheLogger,
): SharedRedis | undefined {
  const { redisUrl, keyPrefix } = config.cache;
  if (!redisUrl) return undefined;
  const client = createRedisClient(redisUrl, {
    tlsCaFile: config.replicas.redisTlsCaFile,
    cluster: config.replicas.redisCluster,
    username: config.replicas.redisUsername,
    password: config.replicas.redisPassword,
    logger,
  });
  return {
    client,
    health: createRedisHealth({ redis: client, logger }),
    keyPrefix,
    ready: (timeoutMs) => redisReady(client, timeoutMs),
  };
}
