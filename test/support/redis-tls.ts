import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";
import { exited, spawnRedis } from "./redis-server.js";

export interface TlsRedis {
  /** rediss:// with the ACL user and password, as ElastiCache RBAC hands them out. */
  url: string;
  /** rediss:// without credentials, for REDIS_USERNAME and REDIS_PASSWORD. */
  endpoint: string;
  /** The private CA that signed the server's certificate. */
  caFile: string;
  stop(): Promise<void>;
}

export const ACL_USER = "bot";
export const ACL_PASSWORD = "s3cret/with:odd@chars";

const openssl = (dir: string, args: string[]) =>
  execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });

/** A CA and a server certificate for 127.0.0.1 signed by it, made with openssl in `dir`. */
function makeCertificates(dir: string): void {
  const subject = (cn: string) => ["-subj", `/CN=${cn}`];
  openssl(
    dir,
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"].concat([
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      ...subject("connect-contact-bot test CA"),
    ]),
  );
  openssl(
    dir,
    ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key"].concat([
      "-out",
      "server.csr",
      ...subject("127.0.0.1"),
    ]),
  );
  writeFileSync(join(dir, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  openssl(
    dir,
    ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key"].concat([
      "-CAcreateserial",
      "-days",
      "1",
      "-out",
      "server.crt",
      "-extfile",
      "san.ext",
    ]),
  );
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * redis-server speaking TLS only (no plain port), with the default user switched off and one
 * ACL user: what ElastiCache with in-transit encryption and RBAC looks like to a client.
 */
export async function startTlsRedis(): Promise<TlsRedis> {
  const dir = mkdtempSync(join(tmpdir(), "ccb-redis-tls-"));
  makeCertificates(dir);
  const port = await freePort();
  const child = await spawnRedis(
    ["--port", "0", "--tls-port", String(port), "--tls-cert-file", "server.crt"].concat(
      ["--tls-key-file", "server.key", "--tls-ca-cert-file", "ca.crt"],
      ["--tls-auth-clients", "no", "--user", "default", "off"],
      ["--user", ACL_USER, "on", `>${ACL_PASSWORD}`, "~*", "&*", "+@all"],
    ),
    () => listening(port),
    dir,
  );
  const auth = `${ACL_USER}:${encodeURIComponent(ACL_PASSWORD)}`;
  return {
    url: `rediss://${auth}@127.0.0.1:${port}`,
    endpoint: `rediss://127.0.0.1:${port}`,
    caFile: join(dir, "ca.crt"),
    async stop() {
      await exited(child, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
