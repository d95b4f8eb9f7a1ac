import type { ConnectClient } from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import type { Config, InstanceRef } from "../config/config.js";
import type { ChainLeg, ContactRecord } from "../domain/contact-record.js";
import { ContactNotFoundError } from "../domain/errors.js";
import { type Deadline, startDeadline } from "../infra/deadline.js";
import { createLimitedApi } from "../infra/limited-api.js";
import type { LimitedCall, LimitedCallHooks } from "../infra/limited-call.js";
import type { createRateLimiters, RateLimiter } from "../infra/rate-limiter.js";
import { createSharedFlight, type SharedFlight } from "../infra/shared-flight.js";
import { createSingleFlight } from "../infra/single-flight.js";
import { createAttributeFilter } from "./attribute-filter.js";
import { configuredInstance } from "./configured-instance.js";
import { createContactAttributes } from "./contact-attributes.js";
import { walkContactChain } from "./contact-chain.js";
import type { ContactLookup, LookupOptions, LookupResult } from "./contact-lookup.js";
import type { ContactRef } from "./contact-ref.js";
import { createContactStore, type StoredContact } from "./contact-store.js";
import { createDescribeContact } from "./describe-contact.js";
import { createNameResolver } from "./name-resolver.js";

/**
 * Everything the listeners need from Amazon Connect. Implementations cache, rate-limit and
 * coalesce calls, and throw only BotError subclasses (see src/domain/errors.ts).
 */
export interface ContactService {
  /** DescribeContact (+ names), from the cache when possible. A bare id is tried in each instance. */
  lookup(ref: ContactRef, options?: LookupOptions): Promise<LookupResult>;
  /** User-defined attributes (GetContactAttributes), deny-listed names removed. */
  attributes(instanceId: string, contactId: string): Promise<Record<string, string>>;
  /** The transfer chain the record belongs to, oldest leg first; legs read with `lookup`. */
  chain(record: ContactRecord, lookup?: ContactLookup): Promise<ChainLeg[]>;
}

export interface ContactServiceHooks extends LimitedCallHooks {
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
export { RATE_GUARD_MS } from "../infra/limited-api.js";

export function createContactService(deps: {
  clients: { forRegion(region: string): ConnectClient };
  cache: Cache;
  config: Pick<Config, "connect" | "cache" | "attributeDenylist">;
  hooks?: ContactServiceHooks;
  /** Connect's rate-limited API, shared with the other services that call Connect. */
  api?: LimitedCall;
  deadlineMs?: number;
  backgroundDeadlineMs?: number;
  /** One per operation, like Connect's quotas (per account, whichever instance is asked). */
  limiters?: (spec: Parameters<typeof createRateLimiters>[0]) => (operation: string) => RateLimiter;
  /** Coalesces misses across replicas; in-process coalescing happens anyway. */
  flight?: SharedFlight;
}): ContactService {
  const { clients, cache, hooks } = deps;
  const { connect, cache: ttl } = deps.config;
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const { maxRps: ratePerSecond, burst } = connect;
  const api =
    deps.api ?? createLimitedApi({ ratePerSecond, burst, hooks, limiters: deps.limiters });
  const flight = deps.flight ?? createSharedFlight({});
  const resolveNames = createNameResolver({
    api,
    cache,
    flight,
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
  const describeContact = createDescribeContact({
    api,
    clients,
    contacts,
    filterAttributes,
    withNames,
  });

  async function withNames(stored: StoredContact, deadline: Deadline): Promise<ContactRecord> {
    const client = clients.forRegion(stored.region);
    return {
      ...stored,
      ...(await resolveNames.contact(client, stored.instanceId, stored.contact, deadline)),
    };
  }

  async function find(
    flightKey: string,
    contactId: string,
    targets: readonly InstanceRef[],
    options: LookupOptions,
  ): Promise<LookupResult> {
    const deadline = options.background
      ? startDeadline(deps.backgroundDeadlineMs ?? BACKGROUND_DEADLINE_MS, true)
      : startDeadline(deadlineMs);
    const instanceIds = targets.map((t) => t.instanceId);
    const notFound = () => new ContactNotFoundError(contactId, instanceIds);
    const first = await contacts.known(contactId, targets);
    hooks?.onCache?.(first.hit || first.searchable.length === 0 ? "hit" : "miss");
    if (first.hit) return { record: await withNames(first.hit, deadline), cacheHit: true };
    if (first.searchable.length === 0) throw notFound();
    // What another replica may have found meanwhile (it holds the lock while it asks Connect).
    const cached = async (): Promise<LookupResult | undefined> => {
      const now = await contacts.known(contactId, targets);
      if (now.hit) return { record: await withNames(now.hit, deadline), cacheHit: true };
      if (now.searchable.length === 0) throw notFound();
      return undefined;
    };
    return flight(`contact:${flightKey}`, deadline, cached, () =>
      describeContact(contactId, first.searchable, deadline, notFound),
    );
  }

  const instance = (instanceId: string, region?: string) =>
    configuredInstance(connect, instanceId, region);

  const service: ContactService = {
    async lookup(ref, options = {}) {
      const contactId = ref.contactId.toLowerCase();
      const flightKey = `${ref.instanceId?.toLowerCase() ?? "*"}:${contactId}`;
      // Throws ForeignInstanceError for an instance (or region) not configured: no call, no client.
      const targets = ref.instanceId ? [instance(ref.instanceId, ref.region)] : connect.instances;
      // A person never joins an alert thread's lookup: that one queues behind every person.
      const local = `${options.background ? "bg" : "person"}:${flightKey}`;
      return lookupFlight(local, () => find(flightKey, contactId, targets, options));
    },

    attributes: async (instanceId, contactId) => readAttributes(instance(instanceId), contactId),

    chain: (record, lookup = (ref) => service.lookup(ref)) => walkContactChain(record, lookup),
  };
  return service;
}
