import {
  type Contact,
  InvalidParameterException,
  ListQueuesCommand,
  ListUsersCommand,
  SearchContactsCommand,
  SearchQueuesCommand,
  SearchUsersCommand,
} from "@aws-sdk/client-connect";
import { afterEach, describe, expect, it } from "vitest";
import { emulatedConnect, INSTANCE } from "./connect-fixtures.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const minutesAgo = (m: number) => new Date(NOW - m * 60_000);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function contact(n: number, extra: Partial<Contact> = {}): Contact {
  return {
    Id: id(n),
    Arn: `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}/contact/${id(n)}`,
    InitialContactId: id(n),
    Channel: "VOICE",
    InitiationMethod: "INBOUND",
    InitiationTimestamp: minutesAgo(n),
    QueueInfo: { Id: "q-billing", EnqueueTimestamp: minutesAgo(n) },
    DisconnectTimestamp: minutesAgo(n - 0.5),
    ...extra,
  };
}

const range = (minutes: number) => ({
  Type: "INITIATION_TIMESTAMP" as const,
  StartTime: minutesAgo(minutes),
  EndTime: new Date(NOW),
});

describe("connect emulator: SearchContacts and the name searches, with the real SDK", () => {
  const env = emulatedConnect((emulator) => {
    for (let n = 1; n <= 12; n++) emulator.putContact(INSTANCE, contact(n));
    emulator.putContact(
      INSTANCE,
      contact(20, { Channel: "CHAT", InitiationMethod: "API", QueueInfo: undefined }),
    );
    emulator.putContact(INSTANCE, contact(500));
    emulator.putAttributes(INSTANCE, id(3), { orderId: "A-1" });
    emulator.setSearchableAttributes(INSTANCE, ["orderId"]);
    emulator.putQueue(INSTANCE, { QueueId: "q-billing", Name: "Billing Support" });
    emulator.putQueue(INSTANCE, { QueueId: "q-sales", Name: "Sales" });
    emulator.putUser(INSTANCE, {
      Id: "u-1",
      Username: "jdoe",
      IdentityInfo: { FirstName: "Jane", LastName: "Doe" },
    });
  });
  afterEach(() => env.emulator.reset());

  it("filters by time range type and criteria, sorts as asked, pages with NextToken and counts", async () => {
    const input = {
      InstanceId: INSTANCE,
      TimeRange: range(60),
      SearchCriteria: { QueueIds: ["q-billing"], Channels: ["VOICE" as const] },
      Sort: { FieldName: "INITIATION_TIMESTAMP" as const, Order: "DESCENDING" as const },
      MaxResults: 5,
    };
    const first = await env.connect.send(new SearchContactsCommand(input));
    expect(first.TotalCount).toBe(12);
    expect(first.Contacts?.map((c) => c.Id)).toEqual([1, 2, 3, 4, 5].map(id));
    expect(first.Contacts?.[0]?.InitiationTimestamp).toEqual(minutesAgo(1));
    expect(first.Contacts?.[0]?.QueueInfo).toEqual({
      Id: "q-billing",
      EnqueueTimestamp: minutesAgo(1),
    });
    const second = await env.connect.send(
      new SearchContactsCommand({ ...input, NextToken: first.NextToken }),
    );
    const third = await env.connect.send(
      new SearchContactsCommand({ ...input, NextToken: second.NextToken }),
    );
    expect(third.Contacts?.map((c) => c.Id)).toEqual([11, 12].map(id));
    expect(third.NextToken).toBeUndefined();
    expect(env.emulator.calls[0]).toMatchObject({
      operation: "SearchContacts",
      path: "/search-contacts",
      signed: true,
    });
  });

  it("answers oldest first without Sort, and filters methods, channels and searchable attributes", async () => {
    const unsorted = await env.connect.send(
      new SearchContactsCommand({ InstanceId: INSTANCE, TimeRange: range(15) }),
    );
    expect(unsorted.Contacts?.[0]?.Id).toBe(id(12));
    const chats = await env.connect.send(
      new SearchContactsCommand({
        InstanceId: INSTANCE,
        TimeRange: range(60),
        SearchCriteria: { InitiationMethods: ["API"], Channels: ["CHAT"] },
      }),
    );
    expect(chats.Contacts?.map((c) => c.Id)).toEqual([id(20)]);
    const byAttribute = await env.connect.send(
      new SearchContactsCommand({
        InstanceId: INSTANCE,
        TimeRange: range(60),
        SearchCriteria: {
          SearchableContactAttributes: { Criteria: [{ Key: "orderId", Values: ["A-1"] }] },
        },
      }),
    );
    expect(byAttribute.Contacts?.map((c) => c.Id)).toEqual([id(3)]);
  });

  it("refuses attribute keys that are not searchable, ranges over 8 weeks and forged tokens", async () => {
    const search = (extra: object) =>
      env.connect.send(
        new SearchContactsCommand({ InstanceId: INSTANCE, TimeRange: range(60), ...extra }),
      );
    await expect(
      search({
        SearchCriteria: {
          SearchableContactAttributes: { Criteria: [{ Key: "secret", Values: ["x"] }] },
        },
      }),
    ).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(search({ TimeRange: range(9 * 7 * 24 * 60) })).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
    await expect(search({ NextToken: "forged" })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it("lists and searches queues and users, with pages and 2+ character conditions", async () => {
    const listed = await env.connect.send(
      new ListQueuesCommand({ InstanceId: INSTANCE, QueueTypes: ["STANDARD"], MaxResults: 1 }),
    );
    expect(listed.QueueSummaryList).toEqual([
      { Id: "q-billing", Name: "Billing Support", QueueType: "STANDARD" },
    ]);
    const rest = await env.connect.send(
      new ListQueuesCommand({ InstanceId: INSTANCE, NextToken: listed.NextToken }),
    );
    expect(rest.QueueSummaryList?.map((q) => q.Name)).toEqual(["Sales"]);
    const searched = await env.connect.send(
      new SearchQueuesCommand({
        InstanceId: INSTANCE,
        SearchCriteria: {
          StringCondition: { FieldName: "name", Value: "bill", ComparisonType: "CONTAINS" },
        },
      }),
    );
    expect(searched.Queues?.map((q) => q.QueueId)).toEqual(["q-billing"]);
    await expect(
      env.connect.send(
        new SearchQueuesCommand({
          InstanceId: INSTANCE,
          SearchCriteria: {
            StringCondition: { FieldName: "name", Value: "b", ComparisonType: "CONTAINS" },
          },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidParameterException);
    const users = await env.connect.send(new SearchUsersCommand({ InstanceId: INSTANCE }));
    expect(users.Users?.[0]).toMatchObject({
      Id: "u-1",
      Username: "jdoe",
      IdentityInfo: { FirstName: "Jane" },
    });
    const listedUsers = await env.connect.send(new ListUsersCommand({ InstanceId: INSTANCE }));
    expect(listedUsers.UserSummaryList).toEqual([{ Id: "u-1", Username: "jdoe" }]);
  });

  it("throttles and denies SearchContacts like any operation", async () => {
    env.emulator.failNext("SearchContacts", { status: 429, type: "ThrottlingException" }, 5);
    await expect(
      env.connect.send(new SearchContactsCommand({ InstanceId: INSTANCE, TimeRange: range(60) })),
    ).rejects.toMatchObject({ name: "ThrottlingException" });
    env.emulator.reset();
    env.emulator.denyAll("SearchContacts");
    await expect(
      env.connect.send(new SearchContactsCommand({ InstanceId: INSTANCE, TimeRange: range(60) })),
    ).rejects.toMatchObject({ name: "AccessDeniedException" });
  });
});
