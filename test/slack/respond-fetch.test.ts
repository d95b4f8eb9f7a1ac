import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { respondFetch } from "../../src/slack/respond-fetch.js";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function start(
  answer: (body: string, reply: (status: number, text: string) => void) => void,
): Promise<{ url: string; connections: () => number; bodies: string[] }> {
  let connections = 0;
  const bodies: string[] = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      bodies.push(body);
      answer(body, (status, text) => res.writeHead(status).end(text));
    });
  });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/response/1`, connections: () => connections, bodies };
}

const post = (body: string) => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body,
});

describe("respondFetch", () => {
  it("posts the body and answers like fetch: status, ok and text", async () => {
    const slack = await start((_body, reply) => reply(404, "no_service"));
    const res = await respondFetch(2000)(slack.url, post('{"text":"hi"}'));
    expect(slack.bodies).toEqual(['{"text":"hi"}']);
    expect(res.status).toBe(404);
    expect(res.ok).toBe(false);
    expect(res.statusText).toBe("Not Found");
    expect(await res.text()).toBe("no_service");
  });

  it("reuses keep-alive connections instead of opening one per answer", async () => {
    const slack = await start((_body, reply) => reply(200, "ok"));
    const send = respondFetch(2000);
    for (let i = 0; i < 20; i++) expect((await send(slack.url, post("{}"))).ok).toBe(true);
    // The answer is read before the next post; the pool may still open a second socket while
    // the first is being released.
    expect(slack.connections()).toBeLessThanOrEqual(2);
  });

  it("gives up on a response_url that never answers", async () => {
    const slack = await start(() => undefined);
    await expect(respondFetch(200)(slack.url, post("{}"))).rejects.toThrow(/timeout/i);
  });
});
