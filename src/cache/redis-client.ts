import { readFileSync } from "node:fs";
import { Cluster, Redis, type RedisOptions } from "ioredis";

/** A single node or a cluster: the cache, the shared limiters and the locks use either alike. */
export type RedisClient = Redis | Cluster;

/** The slice of a pino-style logger the Redis adapters need. */
export interface CacheLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RedisClientOptions {
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** PEM file of a private CA, for rediss:// URLs. */
  tlsCaFile?: string;
  /** The URL's host is a cluster's configuration endpoint (ElastiCache cluster mode). */
  cluster?: boolean;
  /** ACL user, when the URL names none. */
  username?: string;
  /** AUTH token or ACL password, when the URL carries none. */
  password?: string;
  logger?: CacheLogger;
}

const RETRY_STEP_MS = 200;
const RETRY_MAX_MS = 2000;
const reconnectDelay = (attempt: number) => Math.min(attempt * RETRY_STEP_MS, RETRY_MAX_MS);
/** A URL's user or password, percent-decoded like any userinfo; undefined when empty. */
const userinfo = (part: string) => (part ? decodeURIComponent(part) : undefined);

/** Host, port and the options every node connection shares, from a redis:// or rediss:// URL. */
function fromUrl(url: string, options: RedisClientOptions) {
  const parsed = new URL(url);
  const tls = parsed.protocol === "rediss:";
  const db = Number(parsed.pathname.slice(1) || 0);
  const shared: RedisOptions = {
    // In cluster mode these are every node's options, so each node connection authenticates.
    username: userinfo(parsed.username) ?? options.username,
    password: userinfo(parsed.password) ?? options.password,
    tls: tls ? (options.tlsCaFile ? { ca: readFileSync(options.tlsCaFile) } : {}) : undefined,
    db: options.cluster ? undefined : db,
    // A cache, not a database: a command fails fast rather than queue or retry.
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: options.connectTimeoutMs ?? 1000,
  };
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  return { host, port: Number(parsed.port || 6379), shared };
}

/**
 * A client for a cache, not a database: commands fail fast instead of queueing while Redis is
 * down, and it reconnects forever so the cache comes back when Redis does.
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): RedisClient {
  const { host, port, shared } = fromUrl(url, options);
  const redis: RedisClient = options.cluster
    ? new Cluster([{ host, port }], {
        redisOptions: shared,
        enableOfflineQueue: false,
        clusterRetryStrategy: reconnectDelay,
        // ElastiCache's certificates name its endpoints, not the addresses they resolve to.
        dnsLookup: (address, callback) => callback(null, address),
        slotsRefreshTimeout: shared.connectTimeout,
        retryDelayOnFailover: 50,
        retryDelayOnClusterDown: 50,
        maxRedirections: 2,
      })
    : new Redis({
        host,
        port,
        ...shared,
        enableOfflineQueue: false,
        retryStrategy: reconnectDelay,
        lazyConnect: false,
      });
  // Without a listener ioredis reports every reconnect attempt as an unhandled error.
  let down = false;
  redis.on("error", (err: Error) => {
    if (down) return;
    down = true;
    options.logger?.warn({ err }, "Redis unavailable, caching in-process until it is back");
  });
  redis.on("ready", () => {
    if (!down) return;
    down = false;
    options.logger?.info({}, "Redis available again");
  });
  return redis;
}

/** Resolves true once `redis` is ready, false if it is not within `timeoutMs`. */
export function redisReady(redis: RedisClient, timeoutMs: number): Promise<boolean> {
  if (redis.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      resolve(false);
    }, timeoutMs);
    redis.once("ready", onReady);
  });
}
