import { type ConnectClient, DescribeContactCommand } from "@aws-sdk/client-connect";
import type { ChainLeg, ContactRecord } from "../../blocks/model.js";
import type { Cache } from "../cache/cache.js";
import type { Config, InstanceRef } from "../config.js";
import { ContactNotFoundError } from "../errors.js";
import { createAttributeFilter } from "./attribute-filter.js";
import {
  type ConnectApiHooks,
  createConnectApi,
  type Deadline,
  startDeadline,
} from "./connect-api.js";
import { createContactAttributes } from "./contact-attributes.js";
import { walkContactChain } from "./contact-chain.js";
import type { ContactRef } from "./contact-ref.js";
import { createContactStore, type StoredContact } from "./contact-store.js";
import { createNameResolver } from "./name-resolver.js";
import { createRateLimiters } from "./rate-limiter.js";
import { createSingleFlight } from "./single-flight.js";

export interface LookupOptions {
  /**
   * Nobody is waiting (an alert thread): the lookup queues behind every interactive one for
   * Connect's quota, and may wait `backgroundDeadlineMs` for its turn instead of failing as
   * throttled after the few seconds a person is given.
   */
  background?: boolean;
}

export interface LookupResult {
  record: ContactRecord;
  /** True when the record came from the cache without a DescribeContact call. */
  cacheHit: boolean;
}

/**
 * Everything the listeners need from Amazon Connect. Implementations cache, rate-limit and
 * coalesce calls, and throw only BotError subclasses (see src/errors.ts).
 */
export interface ContactService {
  /** DescribeContact (+ names), from the cache when possible. A bare id is tried in each instance. */
  lookup(ref: ContactRef, options?: LookupOptions): Promise<LookupResult>;
  /** User-defined attributes (GetContactAttributes), deny-listed names removed. */
  attributes(instanceId: string, contactId: string): Promise<Record<string, string>>;
  /** The transfer chain the record belongs to, oldest leg first; legs read with `lookup`. */
  chain(
    record: ContactRecord,
    lookup?: (ref: ContactRef) => Promise<LookupResult>,
  ): Promise<ChainLeg[]>;
}

export interface ContactServiceHooks extends ConnectApiHooks {
  /** Seconds each call waited for the rate limiter (0 when it did not wait). */
  onThrottleWait?(seconds: number): void;
  /** One per lookup: "hit" when no DescribeContact call was needed. */
  onCache?(result: "hit" | "miss"): void;
}

/** A Slack user must hear back within 5 s even while Amazon Connect hangs. */
export const DEFAULT_DEADLINE_MS = 4500;
/** An alert storm naming 50 contacts needs ~25 s at Connect's default 2 rps. */
export const BACKGROUND_DEADLINE_MS = 120_000;
/** How far behind Connect's bucket the limiter keeps its schedule (see createRateLimiter). */
const RATE_GUARD_MS = 100;

export function createContactService(deps: {
  clients: { forRegion(region: string): ConnectClient };
  cache: Cache;
  config: Pick<Config, "connect" | "cache" | "attributeDenylist">;
  hooks?: ContactServiceHooks;
  deadlineMs?: number;
  backgroundDeadlineMs?: number;
}): ContactService {
  const { clients, cache, hooks } = deps;
  const { connect, cache: ttl } = deps.config;
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  // Per process and operation, like Connect's quotas (per account, whichever instance is asked).
  const limiterFor = createRateLimiters({
    ratePerSecond: connect.maxRps,
    burst: connect.burst,
    guardMs: RATE_GUARD_MS,
    onWait: (ms) => hooks?.onThrottleWait?.(ms / 1000),
  });
  const api = createConnectApi({ limiterFor, hooks });
  const resolveNames = createNameResolver({
    api,
    cache,
    ttlSeconds: ttl.namesTtlSeconds,
    missingTtlSeconds: ttl.notFoundTtlSeconds,
    consoleUrl: connect.consoleUrl,
  });
  const contacts = createContactStore(cache, ttl);
  const filterAttributes = createAttributeFilter(deps.config.attributeDenylist);
  const lookupFlight = createSingleFlight<LookupResult>();
  const readAttributes = createContactAttributes({
    api,
    cache,
    clients,
    contacts,
    filter: filterAttributes,
    ttlSeconds: ttl.activeTtlSeconds,
    deadlineMs,
  });

  async function withNames(stored: StoredContact, deadline: Deadline): Promise<ContactRecord> {
    const client = clients.forRegion(stored.region);
    return {
      ...stored,
      ...(await resolveNames(client, stored.instanceId, stored.contact, deadline)),
    };
  }

  async function describe(target: InstanceRef, contactId: string, deadline: Deadline) {
    const input = { InstanceId: target.instanceId, ContactId: contactId };
    const out = await api.send("DescribeContact", deadline, (abortSignal) =>
      clients.forRegion(target.region).send(new DescribeContactCommand(input), { abortSignal }),
    );
    return out?.Contact;
  }

  async function find(
    contactId: string,
    targets: readonly InstanceRef[],
    options: LookupOptions,
  ): Promise<LookupResult> {
    const deadline = options.background
      ? startDeadline(deps.backgroundDeadlineMs ?? BACKGROUND_DEADLINE_MS, true)
      : startDeadline(deadlineMs);
    const known = await Promise.all(
      targets.map(async (t) => ({
        stored: await contacts.read(t.instanceId, contactId),
        missing: await contacts.isMissing(t.instanceId, contactId),
      })),
    );
    const hit = known.find((k) => k.stored)?.stored;
    const searchable = targets.filter((_, i) => !known[i]!.missing);
    hooks?.onCache?.(hit || searchable.length === 0 ? "hit" : "miss");
    if (hit) return { record: await withNames(hit, deadline), cacheHit: true };

    let failure: unknown;
    for (const target of searchable) {
      try {
        const described = await describe(target, contactId, deadline);
        if (described) {
          // Deny-listed attributes never reach the cache (nor, so, any renderer).
          const contact = described.Attributes
            ? { ...described, Attributes: filterAttributes(described.Attributes) }
            : described;
          const stored = await contacts.write(target, contactId, contact);
          return { record: await withNames(stored, deadline), cacheHit: false };
        }
        await contacts.markMissing(target.instanceId, contactId);
      } catch (err) {
        // Another instance may still have it (e.g. access to only some instances).
        failure ??= err;
      }
    }
    if (failure) throw failure;
    throw new ContactNotFoundError(
      contactId,
      targets.map((t) => t.instanceId),
    );
  }

  function instance(instanceId: string, region?: string): InstanceRef {
    const id = instanceId.toLowerCase();
    // An instance missing from the config is still tried: the IAM policy is the real guard.
    const configured = connect.instances.find((i) => i.instanceId === id);
    return { instanceId: id, region: region ?? configured?.region ?? connect.region };
  }

  const service: ContactService = {
    lookup(ref, options = {}) {
      const contactId = ref.contactId.toLowerCase();
      const flightKey = `${ref.instanceId?.toLowerCase() ?? "*"}:${contactId}`;
      const targets = ref.instanceId ? [instance(ref.instanceId, ref.region)] : connect.instances;
      return lookupFlight(flightKey, () => find(contactId, targets, options));
    },

    attributes: (instanceId, contactId) => readAttributes(instance(instanceId), contactId),

    chain: (record, lookup = (ref) => service.lookup(ref)) => walkContactChain(record, lookup),
  };
  return service;
}
