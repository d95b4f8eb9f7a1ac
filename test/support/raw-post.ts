import { request } from "node:http";

export interface RawResponse {
  status: number;
  body: string;
}

/**
 * POSTs with full control of the header lines, which `fetch` does not give: a header may be left
 * out or sent twice (an array is one header line per item), as a forged request can.
 */
export function rawPost(
  url: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      res.on("error", reject);
    });
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) req.setHeader(name, value);
    }
    req.setHeader("content-length", Buffer.byteLength(body));
    req.on("error", reject);
    req.end(body);
  });
}
