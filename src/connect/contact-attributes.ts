import { type ConnectClient, GetContactAttributesCommand } from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import type { InstanceRef } from "../config/config.js";
import { ContactNotFoundError } from "../domain/errors.js";
import { startDeadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { readCachedJson } from "../infra/read-cached-json.js";
import type { createContactStore } from "./contact-store.js";

type Attributes = Record<string, string>;

/**
 * GetContactAttributes for a contact, cached briefly (`attributes:<instance>:<initialId>`).
 * Attributes belong to the initial contact and are shared along its transfer chain; they are
 * deny-list filtered before caching, so deny-listed values never reach Redis.
 */
export function createContactAttributes(deps: {
  api: LimitedCall;
  cache: Cache;
  clients: { forRegion(region: string): ConnectClient };
  contacts: ReturnType<typeof createContactStore>;
  filter: (attributes: Attributes) => Attributes;
  ttlSeconds: number;
  deadlineMs: number;
}): (target: InstanceRef, contactId: string) => Promise<Attributes> {
  const { api, cache, contacts } = deps;
  return async (target, contactId) => {
    const id = contactId.toLowerCase();
    const initialId = (
      (await contacts.read(target.instanceId, id))?.contact.InitialContactId ?? id
    ).toLowerCase();
    const key = `attributes:${target.instanceId}:${initialId}`;
    const cached = await readCachedJson<Attributes>(cache, key);
    if (cached) return cached;
    const input = { InstanceId: target.instanceId, InitialContactId: initialId };
    const out = await api.send(
      "GetContactAttributes",
      startDeadline(deps.deadlineMs),
      (abortSignal) =>
        deps.clients
          .forRegion(target.region)
          .send(new GetContactAttributesCommand(input), { abortSignal }),
    );
    if (!out) throw new ContactNotFoundError(id, [target.instanceId]);
    const attributes = deps.filter(out.Attributes ?? {});
    await cache.set(key, encodeJson(attributes), deps.ttlSeconds);
    return attributes;
  };
}
