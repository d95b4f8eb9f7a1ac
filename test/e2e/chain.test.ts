import { randomUUID } from "node:crypto";
import type { Contact } from "@aws-sdk/client-connect";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AGENTS, at, CONTACT_IDS, INSTANCE_ID, QUEUES } from "../fixtures/contacts.js";
import { buttonsOf, type Harness, nthAnswer, startHarness } from "./harness.js";
import { openSectionText } from "./surface-support.js";

let h: Harness;
beforeAll(async () => {
  // Connect's real quota would make the later tests wait on the rate limiter.
  h = await startHarness({ env: { CONNECT_MAX_RPS: "50", CONNECT_BURST: "50" } });
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  h.connect.reset();
  h.slack.reset();
});

/** `/contact <id>`, then its Chain button: the text of the chain section it opens. */
async function openChain(contactId: string): Promise<{ chain: string; value?: string }> {
  const { responseUrl } = await h.command(contactId);
  const summary = await nthAnswer(h, responseUrl);
  const value = buttonsOf(summary).get("contact_section_chain")?.value;
  expect(value).toBeTruthy();
  return { chain: await clickChain(value), value };
}

async function clickChain(value: string | undefined): Promise<string> {
  const clicked = await h.click({ actionId: "contact_section_chain", value, isEphemeral: true });
  const answer = await nthAnswer(h, clicked.responseUrl);
  expect(answer.replace_original).toBe(true);
  return openSectionText(answer);
}

function voice(id: string, fields: Partial<Contact>): Contact {
  return { Id: id, Channel: "VOICE", InitiationMethod: "TRANSFER", ...fields };
}

/** Positions of `needles` in `text`, to check their order. */
const positions = (text: string, needles: string[]) => needles.map((n) => text.indexOf(n));

describe("transfer chain", () => {
  it("shows a 3-leg transfer oldest first, with queue and agent per leg, from the cache the second time", async () => {
    const { chain, value } = await openChain(CONTACT_IDS.chainLast);
    const legs = positions(chain, [
      CONTACT_IDS.chainInitial,
      CONTACT_IDS.chainTransfer,
      CONTACT_IDS.chainLast,
    ]);
    expect(legs.every((p) => p >= 0)).toBe(true);
    expect([...legs].sort((a, b) => a - b)).toEqual(legs);
    const agents = [AGENTS.bob, AGENTS.jane, AGENTS.ahmed].map(
      (a) => `${a.firstName} ${a.lastName}`,
    );
    const names = positions(chain, agents);
    expect(names.every((p) => p >= 0)).toBe(true);
    expect([...names].sort((a, b) => a - b)).toEqual(names);
    expect(chain).toContain(QUEUES.support.name);
    expect(chain).toContain("this contact");
    expect(chain).toMatch(/5m|5 min/);
    const described = h.connect.count("DescribeContact");
    expect(described).toBe(3);
    await clickChain(value);
    expect(h.connect.count("DescribeContact")).toBe(described);
  });

  it("shows a cycle once and stops", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    h.connect.putContact(
      INSTANCE_ID,
      voice(a, { PreviousContactId: b, InitiationTimestamp: at(600) }),
    );
    h.connect.putContact(
      INSTANCE_ID,
      voice(b, { PreviousContactId: a, InitiationTimestamp: at(0) }),
    );
    const { chain } = await openChain(a);
    expect(chain).toMatch(/cycle/i);
    expect(chain).toContain(b);
    // Two legs, numbered 1 and 2: the cycle marker repeats one, it is not a third.
    expect(chain).toContain("▶ *2. ");
    expect(chain).not.toContain("*3. ");
    expect(h.connect.count("DescribeContact")).toBe(2);
  });

  it("shows a leg that is no longer in Connect as not found", async () => {
    const [gone, last] = [randomUUID(), randomUUID()];
    h.connect.putContact(
      INSTANCE_ID,
      voice(last, { PreviousContactId: gone, InitialContactId: gone, InitiationTimestamp: at(0) }),
    );
    const { chain } = await openChain(last);
    expect(chain).toMatch(new RegExp(`${gone}[^"]*not found`));
    expect(chain.indexOf(gone)).toBeLessThan(chain.indexOf("this contact"));
  });

  it("includes the related and associated contacts", async () => {
    const [associated, task] = [randomUUID(), randomUUID()];
    h.connect.putContact(INSTANCE_ID, voice(associated, { InitiationTimestamp: at(5000) }));
    h.connect.putContact(INSTANCE_ID, {
      ...voice(task, { Channel: "TASK", InitiationMethod: "API", InitiationTimestamp: at(1300) }),
      RelatedContactId: CONTACT_IDS.voiceInbound,
      ContactAssociationId: associated,
    });
    const { chain } = await openChain(task);
    const legs = positions(chain, [CONTACT_IDS.voiceInbound, task, associated]);
    expect(legs.every((p) => p >= 0)).toBe(true);
    expect([...legs].sort((x, y) => x - y)).toEqual(legs);
  });
});
