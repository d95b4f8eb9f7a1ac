import type { Contact } from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import type { Config, InstanceRef } from "../config/config.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { readCachedJson } from "../infra/read-cached-json.js";

/** DescribeContact's answer as cached; names are cached on their own and added on every read. */
export type StoredContact = Pick<
  ContactRecord,
  "instanceId" | "region" | "contact" | "attributeCount"
>;

/** The contact cache: `contact:<instanceId>:<contactId>` and `notfound:<instanceId>:<contactId>`. */
export function createContactStore(cache: Cache, ttl: Config["cache"]) {
  const contactKey = (instanceId: string, id: string) => `contact:${instanceId}:${id}`;
  const notFoundKey = (instanceId: string, id: string) => `notfound:${instanceId}:${id}`;
  const read = (instanceId: string, contactId: string) =>
    readCachedJson<StoredContact>(
      cache,
      contactKey(instanceId, contactId),
      ({ contact }) => typeof contact === "object" && contact !== null,
    );
  const isMissing = async (instanceId: string, contactId: string) =>
    (await cache.get(notFoundKey(instanceId, contactId))) !== undefined;
  return {
    read,
    /** What the cache knows: the contact from any of `targets`, and the targets not known to lack it. */
    async known(contactId: string, targets: readonly InstanceRef[]) {
      // The not-found marker matters only without a record: asked on every warm lookup, it was a
      // Redis round trip a request (the near cache cannot remember that a key is absent).
      const known = await Promise.all(
        targets.map(async (t) => {
          const cached = await read(t.instanceId, contactId);
          // Where the contact lives is the config's word: an entry written before regions were
          // checked must not send a call (or build a client) elsewhere.
          const stored = cached && { ...cached, instanceId: t.instanceId, region: t.region };
          return { stored, missing: !stored && (await isMissing(t.instanceId, contactId)) };
        }),
      );
      const hit = known.find((k) => k.stored)?.stored;
      return { hit, searchable: targets.filter((_, i) => !known[i]!.missing) };
    },
    async write(
      target: InstanceRef,
      contactId: string,
      described: Contact,
    ): Promise<StoredContact> {
      // Attribute values are customer data that no answer reads from here (only their number is
      // shown): kept out of the cache, and so out of Redis for CACHE_TTL_ENDED_SECONDS.
      // Where a recording lies in S3 is never shown either (people listen on the console).
      const { Attributes, Recordings, ...rest } = described;
      const contact: Contact = {
        ...rest,
        ...(Recordings && {
          Recordings: Recordings.map(
            ({ Location: _, UnprocessedTranscriptLocation: __, ...shown }) => shown,
          ),
        }),
      };
      const stored: StoredContact = {
        instanceId: target.instanceId,
        region: target.region,
        contact,
        ...(Attributes && { attributeCount: Object.keys(Attributes).length }),
      };
      // An ended contact barely changes; one in progress changes by the second.
      const seconds = contact.DisconnectTimestamp ? ttl.endedTtlSeconds : ttl.activeTtlSeconds;
      await cache.set(contactKey(target.instanceId, contactId), encodeJson(stored), seconds);
      return stored;
    },
    async markMissing(instanceId: string, contactId: string): Promise<void> {
      await cache.set(notFoundKey(instanceId, contactId), "1", ttl.notFoundTtlSeconds);
    },
  };
}
