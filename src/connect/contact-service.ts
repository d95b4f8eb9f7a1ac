import type { ChainLeg, ContactRecord } from "../../blocks/model.js";
import type { ContactRef } from "./contact-ref.js";

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
  lookup(ref: ContactRef): Promise<LookupResult>;
  /** User-defined attributes (GetContactAttributes), deny-listed names removed. */
  attributes(instanceId: string, contactId: string): Promise<Record<string, string>>;
  /** The transfer chain the record belongs to, oldest leg first. */
  chain(record: ContactRecord): Promise<ChainLeg[]>;
}
