import type { ContactRecord } from "../domain/contact-record.js";
import type { ContactRef } from "./contact-ref.js";

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

/** One contact by reference: what the chain walk and the timeline read each leg with. */
export type ContactLookup = (ref: ContactRef) => Promise<LookupResult>;
