import { DescribeContactCommand, GetContactAttributesCommand } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { ContactNotFoundError } from "../../src/domain/errors.js";
import { contact, contactId, INSTANCE_A, notFound, setup } from "./fixtures.js";

const ID = contactId(7);
const INITIAL = contactId(6);
const ATTRIBUTES = {
  intent: "billing",
  SSN: "123-45-6789",
  CardNumber: "4111111111111111",
  cardExpiry: "12/30",
  discard: "kept: the glob is anchored",
};

describe("attributes", () => {
  it("removes deny-listed names, exact or glob, whatever their case, and never caches them", async () => {
    const { service, eu, cache } = setup();
    eu.on(GetContactAttributesCommand).resolves({ Attributes: ATTRIBUTES });
    const expected = { intent: "billing", discard: "kept: the glob is anchored" };
    expect(await service.attributes(INSTANCE_A, ID)).toEqual(expected);
    const stored = await cache.get(`attributes:${INSTANCE_A}:${ID}`);
    expect(stored).not.toMatch(/4111|6789|12\/30/);
    expect(await service.attributes(INSTANCE_A, ID)).toEqual(expected);
    expect(eu.commandCalls(GetContactAttributesCommand)).toHaveLength(1);
  });

  it("asks for the initial contact's attributes when the contact is known", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).resolves({ Contact: contact(ID, { InitialContactId: INITIAL }) });
    eu.on(GetContactAttributesCommand).resolves({ Attributes: {} });
    await service.lookup({ contactId: ID });
    await service.attributes(INSTANCE_A, ID);
    expect(eu.commandCalls(GetContactAttributesCommand)[0]!.args[0].input).toEqual({
      InstanceId: INSTANCE_A,
      InitialContactId: INITIAL,
    });
  });

  it("throws ContactNotFoundError for an unknown contact", async () => {
    const { service, eu } = setup();
    eu.on(GetContactAttributesCommand).rejects(notFound());
    await expect(service.attributes(INSTANCE_A, ID)).rejects.toBeInstanceOf(ContactNotFoundError);
  });
});
