import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackFetch } from "../../src/slack/slack-fetch.js";
import { type AttackerServer, startAttackerServer } from "../support/attacker-server.js";
import { closeServer, listen } from "../support/http-io.js";

describe("slackFetch and redirects", () => {
  let attacker: AttackerServer;
  let redirecting = "";
  const server = createServer((req, res) => {
    req.resume();
    // 307 and 308 keep the method and the body: a follower would POST the answer to the attacker.
    res.writeHead(307, { location: attacker.url("/stolen"), "content-length": "0" });
    res.end();
  });
  beforeAll(async () => {
    attacker = await startAttackerServer();
    redirecting = `http://127.0.0.1:${await listen(server)}/response/T1/1/secret`;
  });
  afterAll(async () => {
    await closeServer(server);
    await attacker.stop();
  });

  const fetch = slackFetch({
    timeoutMs: 2000,
    retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 },
  });

  it("does not follow a redirect from a response_url post (JSON body)", async () => {
    const response = await fetch(redirecting, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "a contact summary" }),
    });
    expect(response.status).toBe(307);
    expect(response.ok).toBe(false);
    expect(attacker.received).toEqual([]);
  });

  it("does not follow a redirect from an upload (multipart body, sent through fetch)", async () => {
    const form = new FormData();
    form.append("body", new Blob([new Uint8Array([1, 2, 3])]), "timeline.png");
    const response = await fetch(redirecting, { method: "POST", body: form });
    expect(response.status).toBe(307);
    expect(attacker.received).toEqual([]);
  });
});
