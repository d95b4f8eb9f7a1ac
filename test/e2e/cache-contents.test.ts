import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECTIONS, sectionActionId } from "../../blocks/action-ids.js";
import { decodeJson } from "../../src/cache/json-codec.js";
import { createRedisClient, type RedisClient } from "../../src/cache/redis-client.js";
import type { StoredContact } from "../../src/connect/contact-store.js";
import { found, leaves, piiMask } from "../blocks/support/leaves.js";
import { FULL_CONTACT, INSTANCE_ID } from "../fixtures/contacts.js";
import { eventually } from "./eventually.js";
import { buttonsOf, type Harness, nthAnswer, startHarness } from "./harness.js";
import { alertMessage, freshTs, waitForPosts } from "./surface-support.js";

const PREFIX = `contents-${Date.now()}:`;
const DENIED = { name: "orderNumber", value: FULL_CONTACT.Attributes?.orderNumber ?? "" };
const CONTACT_KEY = `${PREFIX}contact:${INSTANCE_ID}:${FULL_CONTACT.Id}`;

let h: Harness;
let raw: RedisClient;
/** Every text the bot showed about the contact, section by section. */
const shown = new Map<string, string[]>();

/** Every text object's text in a message as Slack received it. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "text" && typeof value === "string" ? [value] : texts(value),
  );
}

/** Everything the bot stored, key by key, once it has been used on every surface that caches. */
async function everything(): Promise<Map<string, string>> {
  const keys = await raw.keys(`${PREFIX}*`);
  // The rate limiters' buckets are hashes; everything else is a string.
  const read = async (key: string) =>
    (await raw.type(key)) === "hash"
      ? JSON.stringify(await raw.hgetall(key))
      : ((await raw.get(key)) ?? "");
  const values = await Promise.all(keys.map(read));
  return new Map(keys.map((key, i) => [key.slice(PREFIX.length), values[i] ?? ""]));
}

beforeAll(async () => {
  h = await startHarness({
    env: {
      REDIS_KEY_PREFIX: PREFIX,
      ATTRIBUTE_DENYLIST: DENIED.name,
      ALERT_CHANNEL_IDS: "CALERT",
      ALLOWED_USERGROUP_IDS: "SOPS",
      SLACK_POSTS_PER_SECOND_PER_CHANNEL: "200",
    },
  });
  h.slack.setUsergroup("SOPS", ["U1"]);
  h.connect.putAttributes(INSTANCE_ID, FULL_CONTACT.InitialContactId, FULL_CONTACT.Attributes);
  raw = createRedisClient(h.redis?.url ?? "");
  const { responseUrl } = await h.command(FULL_CONTACT.Id);
  const summary = await nthAnswer(h, responseUrl);
  shown.set("summary", texts(summary.blocks));
  for (const section of SECTIONS) {
    const value = buttonsOf(summary).get(sectionActionId(section))?.value;
    const click = await h.click({ actionId: sectionActionId(section), value, isEphemeral: true });
    shown.set(section, texts((await nthAnswer(h, click.responseUrl)).blocks));
  }
  const timeline = buttonsOf(summary).get("contact_timeline")?.value;
  const drawn = await h.click({ actionId: "contact_timeline", value: timeline, isEphemeral: true });
  await nthAnswer(h, drawn.responseUrl);
  await nthAnswer(h, (await h.command("search last:1h")).responseUrl);
  const ts = freshTs();
  await h.event(alertMessage(ts, `stuck: ${FULL_CONTACT.Id}`, { bot_id: "BALARM" }));
  await waitForPosts(h, ts, 1);
  await eventually(async () => (await raw.exists(CONTACT_KEY)) === 1);
}, 60_000);
afterAll(async () => {
  raw?.disconnect();
  await h?.stop();
});

describe("what Redis holds after a contact was looked up on every surface", () => {
  it("keeps the contact's attribute values out of its record, only their number", async () => {
    const stored = decodeJson<StoredContact>((await raw.get(CONTACT_KEY)) ?? undefined);
    expect(stored?.contact.Id).toBe(FULL_CONTACT.Id);
    expect(stored?.contact).not.toHaveProperty("Attributes");
    // Two attributes, one deny-listed: the Details section says "1 — open Attributes".
    expect(stored?.attributeCount).toBe(1);
    expect(shown.get("details")?.join("\n")).toContain("1 — open *Attributes* to see them");
  });

  it("holds no field of the record that no answer shows", async () => {
    const stored = decodeJson<StoredContact>((await raw.get(CONTACT_KEY)) ?? undefined);
    // What the record itself renders: every answer but the Attributes section, which reads the
    // values from GetContactAttributes (their own short-lived key).
    const haystack = [...shown].flatMap(([name, t]) => (name === "attributes" ? [] : t)).join("\n");
    const unshown = leaves(stored?.contact).filter((leaf) => {
      const mask = piiMask(leaf.path);
      return mask ? !haystack.includes(mask(String(leaf.value))) : !found(haystack, leaf);
    });
    expect(unshown.map((leaf) => `${leaf.path} = ${String(leaf.value)}`)).toEqual([]);
  });

  it("never holds a deny-listed attribute, under any key", async () => {
    const stored = await everything();
    expect(stored.size).toBeGreaterThan(5);
    for (const [key, value] of stored) {
      expect(value, key).not.toContain(DENIED.value);
      expect(value, key).not.toContain(DENIED.name);
    }
    const attributes = stored.get(`attributes:${INSTANCE_ID}:${FULL_CONTACT.InitialContactId}`);
    expect(JSON.parse(attributes ?? "{}")).toEqual({ accountTier: "Gold" });
  });

  it("writes only keys that SECURITY.md lists, none without a TTL", async () => {
    const documented = new Set(
      readFileSync("SECURITY.md", "utf8")
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .flatMap((line) => [...line.matchAll(/`([a-z][a-z-]*):/g)].map((m) => m[1])),
    );
    const stored = await everything();
    const kinds = new Set([...stored.keys()].map((key) => key.split(":")[0]));
    expect([...kinds].filter((kind) => !documented.has(kind))).toEqual([]);
    for (const kind of ["contact", "attributes", "slack-user", "usergroup", "dedupe"]) {
      expect(kinds).toContain(kind);
    }
    for (const key of stored.keys()) expect(await raw.ttl(PREFIX + key), key).not.toBe(-1);
  });
});
