import { createServer, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackFetch } from "../../src/slack/slack-fetch.js";
import { closeServer, listen } from "../support/http-io.js";

describe("slackFetch with a file upload (files.uploadV2's multipart POST)", () => {
  const received: { type?: string; body: Buffer }[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ type: req.headers["content-type"], body: Buffer.concat(chunks) });
    res.end("OK");
  });
  let url = "";
  beforeAll(async () => {
    url = `http://127.0.0.1:${await listen(server)}/upload/F1`;
  });
  afterAll(() => closeServer(server));

  it("sends Node's FormData as multipart with the file's bytes, not as text", async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const form = new FormData();
    form.append("body", new Blob([bytes]), "timeline.png");
    const fetch = slackFetch({
      timeoutMs: 2000,
      retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 },
    });
    const response = await fetch(url, {
      method: "POST",
      body: form,
      headers: { Authorization: "Bearer x" },
    });
    expect(response.status).toBe(200);
    const [got] = received;
    expect(got?.type).toMatch(/^multipart\/form-data; boundary=/);
    const parsed = await new Response(got!.body, {
      headers: { "content-type": got!.type! },
    }).formData();
    const file = parsed.get("body") as Blob;
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});
