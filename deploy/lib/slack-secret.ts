import { SecretValue, Validations } from "aws-cdk-lib";
import { type ISecret, Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import type { DeployConfig } from "./config.js";

export interface SlackSecret {
  secret: ISecret;
  /** False while a secret this stack created may still hold its placeholder. */
  filled: boolean;
}

/** Keys the bot reads (src/slack/secret-credentials.ts); empty values fail its start, naming them. */
const PLACEHOLDER = JSON.stringify({ botToken: "", signingSecret: "", appToken: "" });

/**
 * The Slack credentials (SLACK_SECRET_ID): an existing secret, or a new one holding empty values
 * for the operator to fill (docs/deploy.md, "Slack credentials"). CloudFormation writes the
 * placeholder only when the secret is created, so a value put in later survives every deploy.
 */
export function slackSecret(scope: Construct, config: DeployConfig): SlackSecret {
  const { secretArn, newSecretFilled } = config.slack;
  if (secretArn) {
    return {
      secret: Secret.fromSecretCompleteArn(scope, "SlackCredentials", secretArn),
      filled: true,
    };
  }
  const secret = new Secret(scope, "SlackCredentials", {
    description: 'connect-contact-bot Slack credentials: {"botToken","signingSecret","appToken"}',
    secretStringValue: SecretValue.unsafePlainText(PLACEHOLDER),
  });
  Validations.of(secret).acknowledge({
    id: "AwsSolutions-SMG4",
    reason:
      "Slack tokens and signing secrets are rotated in Slack, not by AWS; the bot re-reads the " +
      "secret every SLACK_SECRET_REFRESH_SECONDS and on invalid_auth, so a new value needs no restart.",
  });
  return { secret, filled: newSecretFilled };
}
