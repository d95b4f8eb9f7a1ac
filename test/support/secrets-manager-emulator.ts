import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { JSON_11, sendJson11Error as sendError, toAwsWire } from "./aws-wire.js";
import { closeServer, listen, readBody, sendJson } from "./http-io.js";

export interface SecretsManagerCall {
  /** The operation from X-Amz-Target, e.g. "GetSecretValue". */
  operation: string;
  secretId: string | undefined;
  at: number;
}

export interface SecretsManagerEmulator {
  url: string;
  port: number;
  /** Creates the secret or rotates it: each put is a new AWSCURRENT version. */
  putSecret(id: string, value: string): void;
  readonly calls: SecretsManagerCall[];
  count(): number;
  stop(): Promise<void>;
}

interface SecretVersion {
  ARN: string;
  Name: string;
  SecretString: string;
  VersionId: string;
  VersionStages: string[];
  CreatedDate: Date;
}

/** Real secret ARNs end in a random 6-character suffix after the name. */
function arnFor(name: string): string {
  const suffix = randomBytes(3).toString("hex");
  return `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-${suffix}`;
}

export async function startSecretsManagerEmulator(): Promise<SecretsManagerEmulator> {
  const secrets = new Map<string, SecretVersion>();
  const calls: SecretsManagerCall[] = [];

  function find(secretId: string): SecretVersion | undefined {
    return secrets.get(secretId) ?? [...secrets.values()].find((s) => s.ARN === secretId);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const target = String(req.headers["x-amz-target"] ?? "");
    const operation = target.replace(/^secretsmanager\./, "");
    let input: { SecretId?: string } = {};
    try {
      input = text ? JSON.parse(text) : {};
    } catch {
      return sendError(res, 400, "SerializationException", "Request body is not valid JSON");
    }
    calls.push({ operation, secretId: input.SecretId, at: Date.now() });
    if (req.method !== "POST" || target !== "secretsmanager.GetSecretValue") {
      return sendError(res, 400, "UnknownOperationException", `Unsupported target: ${target}`);
    }
    const secret = input.SecretId ? find(input.SecretId) : undefined;
    if (!secret) {
      const message = "Secrets Manager can't find the specified secret.";
      return sendError(res, 400, "ResourceNotFoundException", message);
    }
    sendJson(res, 200, toAwsWire(secret), { "content-type": JSON_11 });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, "InternalServiceError", String(error));
    });
  });
  const port = await listen(server);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    putSecret(id, value) {
      const previous = secrets.get(id);
      secrets.set(id, {
        ARN: previous?.ARN ?? arnFor(id),
        Name: id,
        SecretString: value,
        VersionId: randomUUID(),
        VersionStages: ["AWSCURRENT"],
        CreatedDate: new Date(),
      });
    },
    calls,
    count: () => calls.length,
    stop: () => closeServer(server),
  };
}
