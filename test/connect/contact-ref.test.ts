import { describe, expect, it } from "vitest";
import {
  extractContactRefs,
  isContactId,
  parseContactArgs,
} from "../../src/connect/contact-ref.js";

const C1 = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const C2 = "9f8e7d6c-5b4a-4392-8180-706f5e4d3c2b";
const INSTANCE = "11111111-2222-4333-8444-555555555555";
const QUEUE = "77777777-8888-4999-8aaa-bbbbbbbbbbbb";
const ACCOUNT = "123456789012";
const arn = (partition: string, region: string, contact = C1) =>
  `arn:${partition}:connect:${region}:${ACCOUNT}:instance/${INSTANCE}/contact/${contact}`;
const NEW_URL = `https://acme.my.connect.aws/contact-trace-records/details/${C1}`;
const OLD_URL = `https://acme.awsapps.com/connect/contact-trace-records/details/${C2}`;

describe("isContactId", () => {
  it("accepts UUIDs in either case and nothing else", () => {
    expect(isContactId(C1)).toBe(true);
    expect(isContactId(C1.toUpperCase())).toBe(true);
    expect(isContactId(`${C1}0`)).toBe(false);
    expect(isContactId(C1.replaceAll("-", ""))).toBe(false);
    expect(isContactId("")).toBe(false);
  });
});

describe("parseContactArgs", () => {
  it("reads bare ids, lowercased, separated by spaces, commas or newlines", () => {
    expect(parseContactArgs(` ${C1.toUpperCase()},${C2}\n`)).toEqual({
      refs: [{ contactId: C1 }, { contactId: C2 }],
      invalid: [],
    });
  });

  it.each([
    ["aws", "eu-west-2"],
    ["aws-us-gov", "us-gov-west-1"],
    ["aws-cn", "cn-north-1"],
  ])(
    "reads a contact ARN in the %s partition with its instance and region",
    (partition, region) => {
      expect(parseContactArgs(arn(partition, region)).refs).toEqual([
        { contactId: C1, instanceId: INSTANCE, region },
      ]);
    },
  );

  it("reads both console URL forms, with or without a query", () => {
    expect(parseContactArgs(`${NEW_URL}?tz=Europe%2FLondon ${OLD_URL}/`).refs).toEqual([
      { contactId: C1 },
      { contactId: C2 },
    ]);
  });

  it("unwraps Slack's <url> and <url|label> link syntax, even with spaces in the label", () => {
    expect(parseContactArgs(`<${NEW_URL}|the call we discussed> <${OLD_URL}>`).refs).toEqual([
      { contactId: C1 },
      { contactId: C2 },
    ]);
  });

  it("accepts an id pasted as inline code", () => {
    expect(parseContactArgs(`\`${C1}\``).refs).toEqual([{ contactId: C1 }]);
  });

  it("lists everything else as invalid, once each, in order", () => {
    const queueArn = `arn:aws:connect:eu-west-2:${ACCOUNT}:instance/${INSTANCE}/queue/${QUEUE}`;
    const text = `hello ${C1} ${queueArn} hello https://example.com/${C2} ${C1}x`;
    expect(parseContactArgs(text)).toEqual({
      refs: [{ contactId: C1 }],
      invalid: ["hello", queueArn, `https://example.com/${C2}`, `${C1}x`],
    });
  });

  it("keeps one ref per contact, taking the instance from an ARN", () => {
    expect(parseContactArgs(`${C1} ${arn("aws", "eu-west-2")} ${NEW_URL}`).refs).toEqual([
      { contactId: C1, instanceId: INSTANCE, region: "eu-west-2" },
    ]);
  });

  it("returns nothing for empty input", () => {
    expect(parseContactArgs("  ")).toEqual({ refs: [], invalid: [] });
  });
});

describe("extractContactRefs", () => {
  it("finds ids in alert prose", () => {
    expect(extractContactRefs(`:rotating_light: Contact ${C1} failed (after ${C2}).`)).toEqual([
      { contactId: C1 },
      { contactId: C2 },
    ]);
  });

  it("finds ARNs and ids in a JSON payload, escaped slashes included", () => {
    // As some encoders write it: `/` escaped as `\/`.
    const escaped = arn("aws", "eu-west-2").replaceAll("/", "\\/");
    const payload = `{"detail":{"contactArn":"${escaped}","previous":"${C2}"}}`;
    expect(extractContactRefs(payload)).toEqual([
      { contactId: C1, instanceId: INSTANCE, region: "eu-west-2" },
      { contactId: C2 },
    ]);
  });

  it("finds ids in URLs, Slack-wrapped or percent-encoded ARNs", () => {
    const encoded = encodeURIComponent(arn("aws-us-gov", "us-gov-west-1", C2));
    expect(
      extractContactRefs(`see <${NEW_URL}|here> and https://x.example/?arn=${encoded}`),
    ).toEqual([
      { contactId: C1 },
      { contactId: C2, instanceId: INSTANCE, region: "us-gov-west-1" },
    ]);
  });

  it("does not take instance, queue or other resources' ids for contacts", () => {
    const text = [
      `arn:aws:connect:eu-west-2:${ACCOUNT}:instance/${INSTANCE}`,
      `arn:aws:connect:eu-west-2:${ACCOUNT}:instance/${INSTANCE}/queue/${QUEUE}`,
      `arn:aws:connect:eu-west-2:${ACCOUNT}:instance/${INSTANCE}/contact-flow/${QUEUE}`,
      `arn:aws:lambda:eu-west-2:${ACCOUNT}:function:${C2}`,
      `{"InstanceId": "${INSTANCE}", "instance_id":"${QUEUE}"}`,
      `.../instance/${INSTANCE}/`,
    ].join("\n");
    expect(extractContactRefs(text)).toEqual([]);
  });

  it("ignores UUID-like runs that are part of something longer", () => {
    expect(extractContactRefs(`x${C1} ${C1}-0a ${C1}f ab12-${C2}`)).toEqual([]);
  });

  it("de-duplicates, keeping the first position and the ARN's instance", () => {
    const text = `${C2} then ${C1.toUpperCase()} then ${arn("aws", "eu-west-2")} and ${C2}`;
    expect(extractContactRefs(text)).toEqual([
      { contactId: C2 },
      { contactId: C1, instanceId: INSTANCE, region: "eu-west-2" },
    ]);
  });
});
