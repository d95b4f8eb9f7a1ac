import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cli-error.js";
import { contactRecord } from "../../src/cli/contact-record.js";
import { readContact } from "../../src/cli/read-contact.js";
import { fixtureText } from "./run-cli-captured.js";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const read = (value: unknown) => readContact(JSON.stringify(value), "input");

describe("readContact", () => {
  it("turns the AWS CLI's ISO timestamps into Dates, nested ones included", () => {
    const contact = readContact(fixtureText(), "fixture");
    expect(contact.InitiationTimestamp).toEqual(new Date("2024-05-01T10:00:00.123Z"));
    expect(contact.QueueInfo?.EnqueueTimestamp).toEqual(new Date("2024-05-01T10:00:21.412Z"));
    expect(contact.RoutingCriteria?.Steps?.[0]?.Expiry?.ExpiryTimestamp).toBeInstanceOf(Date);
    expect(contact.Recordings?.[0]?.StopTimestamp).toBeInstanceOf(Date);
    expect(contact.AgentInfo?.AfterContactWorkDuration).toBe(46);
  });

  it("reads epoch seconds (the wire form), as numbers or numeric strings", () => {
    const contact = read({
      Contact: {
        Id: "c-1",
        InitiationTimestamp: 1714557600.123,
        LastUpdateTimestamp: "1714557601",
      },
    });
    expect(contact.InitiationTimestamp).toEqual(new Date("2024-05-01T10:00:00.123Z"));
    expect(contact.LastUpdateTimestamp).toEqual(new Date("2024-05-01T10:00:01Z"));
  });

  it("takes a bare Contact without the DescribeContact wrapper", () => {
    const contact = read({ Id: "c-1", DisconnectTimestamp: "2024-05-01T10:09:47+00:00" });
    expect(contact.Id).toBe("c-1");
    expect(contact.DisconnectTimestamp).toEqual(new Date("2024-05-01T10:09:47Z"));
  });

  it("leaves user-defined maps alone, whatever their keys", () => {
    const contact = read({
      Id: "c-1",
      Tags: { CallbackTimestamp: "2024-05-01T10:00:00Z" },
      Attributes: { lastTimestamp: "yesterday" },
      SegmentAttributes: { "x:LastTimestamp": { ValueString: "2024-05-01" } },
    });
    expect(contact.Tags).toEqual({ CallbackTimestamp: "2024-05-01T10:00:00Z" });
    expect(contact.Attributes).toEqual({ lastTimestamp: "yesterday" });
    expect(contact.SegmentAttributes?.["x:LastTimestamp"]?.ValueString).toBe("2024-05-01");
  });

  it("drops null timestamps like absent ones", () => {
    expect(read({ Id: "c-1", DisconnectTimestamp: null })).toEqual({ Id: "c-1" });
  });

  it.each([
    ["not JSON", "{not json", /input is not JSON/],
    ["no Id", JSON.stringify({ Contact: { Channel: "VOICE" } }), /input holds no contact/],
    ["an array", "[]", /input holds no contact/],
    [
      "a bad timestamp",
      JSON.stringify({ Contact: { Id: "c", QueueInfo: { EnqueueTimestamp: "soon" } } }),
      /Contact\.QueueInfo\.EnqueueTimestamp is not a timestamp: "soon"/,
    ],
  ])("rejects %s with exit code 1", (_name, text, message) => {
    const error = thrown(() => readContact(text, "input"));
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toMatch(message);
  });
});

describe("contactRecord", () => {
  it("takes region and instance id from the contact ARN", () => {
    const record = contactRecord(
      readContact(fixtureText(), "fixture"),
      "https://acme.my.connect.aws",
    );
    expect(record).toMatchObject({
      region: "eu-west-2",
      instanceId: "8f4f1c2e-3b6a-4d7e-9c1a-2b3c4d5e6f70",
      consoleBaseUrl: "https://acme.my.connect.aws",
    });
  });

  it("says unknown when there is no ARN to read them from", () => {
    expect(contactRecord({ Id: "c-1" })).toEqual({
      region: "unknown",
      instanceId: "unknown",
      contact: { Id: "c-1" },
    });
  });
});
