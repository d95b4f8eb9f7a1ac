import { describe, expect, it } from "vitest";
import { commandsInFile } from "./support/source-commands.js";

const scan = (text: string) => commandsInFile("fixture.ts", text).sort();

describe("commandsInFile: which AWS SDK commands a file can send", () => {
  it("reads named imports, aliases and multi-line lists, not type-only ones", () => {
    const text = `
      import {
        type ConnectClient,
        DescribeContactCommand,
        SearchUsersCommand as Users,
        type DescribeQueueCommand,
        type FilterLogEventsCommandOutput,
      } from "@aws-sdk/client-connect";
      import type { ListQueuesCommand } from "@aws-sdk/client-connect";
      import { GetObjectCommand } from "@aws-sdk/client-s3";
      import { SomethingCommand } from "./local.js";`;
    expect(scan(text)).toEqual([
      "@aws-sdk/client-connect#DescribeContactCommand",
      "@aws-sdk/client-connect#SearchUsersCommand",
      "@aws-sdk/client-s3#GetObjectCommand",
    ]);
  });

  it("reads namespace members, re-exports, paginators and destructured dynamic imports", () => {
    const text = `
      import * as connect from "@aws-sdk/client-connect";
      export { ListBucketsCommand } from "@aws-sdk/client-s3";
      import { paginateListObjectsV2 } from "@aws-sdk/client-s3";
      const { DecryptCommand } = await import("@aws-sdk/client-kms");
      client.send(new connect.DescribeUserCommand({}));`;
    expect(scan(text)).toEqual([
      "@aws-sdk/client-connect#DescribeUserCommand",
      "@aws-sdk/client-kms#DecryptCommand",
      "@aws-sdk/client-s3#ListBucketsCommand",
      "@aws-sdk/client-s3#ListObjectsV2Command",
    ]);
  });

  it.each([
    ['const sdk = require("@aws-sdk/client-connect");', /require/],
    ['const sdk = await import("@aws-sdk/client-connect");', /without destructuring/],
    ['export * from "@aws-sdk/client-connect";', /export \*/],
    ['import { Connect } from "@aws-sdk/client-connect";\nnew Connect({});', /new Connect\(\)/],
    ['import * as c from "@aws-sdk/client-connect";\nnew c.Connect({});', /new c\.Connect\(\)/],
  ])("refuses what it cannot resolve: %s", (text, why) => {
    expect(() => scan(text)).toThrow(why);
  });

  it("lets clients and exceptions be constructed", () => {
    const text = `
      import { ConnectClient, ResourceNotFoundException } from "@aws-sdk/client-connect";
      new ConnectClient({});
      new ResourceNotFoundException({ message: "", $metadata: {} });`;
    expect(scan(text)).toEqual([]);
  });
});
