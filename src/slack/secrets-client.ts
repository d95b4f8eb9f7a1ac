import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { NodeHttpHandler } from "@smithy/node-http-handler";

/**
 * The Secrets Manager client behind SLACK_SECRET_ID. The SDK is loaded here, not at start: without
 * the setting the bot never needs it.
 */
export async function secretsClient(region: string): Promise<SecretsManagerClient> {
  const { SecretsManagerClient } = await import("@aws-sdk/client-secrets-manager");
  return new SecretsManagerClient({
    region,
    // The SDK waits forever by default; a re-read can sit in the path of a Slack request.
    maxAttempts: 2,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: 1000,
      requestTimeout: 1000,
      throwOnRequestTimeout: true,
    }),
  });
}
