import type { Authorize, AuthorizeResult } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { CredentialsSource } from "./secret-credentials.js";

export interface BotAuthorizer {
  authorize: Authorize<boolean>;
  /** The same answer outside a request: used at start to learn the bot's identity early. */
  current(): Promise<AuthorizeResult>;
  /** Last auth.test outcome, for /readyz. */
  state(): "ok" | "failed" | "unknown";
  /**
   * Asks Slack again in the background (one check at a time). A replica that failed auth.test
   * is taken out of the load balancer, so no request would ever make it ask again.
   */
  recheck(): void;
}

interface Identity {
  botId?: string;
  botUserId?: string;
  teamId?: string;
}

/**
 * Bolt's `authorize`: the current bot token (which may rotate in Secrets Manager) and the bot's
 * own ids (auth.test, once per token) so Bolt's ignoreSelf can drop the bot's own messages.
 * A token Slack refuses triggers one re-read of the credentials before giving up.
 */
export function createAuthorizer(
  credentials: CredentialsSource,
  clientOptions: WebClientOptions,
): BotAuthorizer {
  const identities = new Map<string, Promise<Identity>>();
  let state: "ok" | "failed" | "unknown" = "unknown";

  const identify = (token: string): Promise<Identity> => {
    let identity = identities.get(token);
    if (!identity) {
      identity = new WebClient(token, clientOptions).auth.test().then(
        (result) => {
          state = "ok";
          return { botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
        },
        (error: unknown) => {
          state = "failed";
          identities.delete(token);
          throw error;
        },
      );
      identities.set(token, identity);
    }
    return identity;
  };

  const resolve = async (token: string | undefined): Promise<AuthorizeResult> => {
    if (!token) throw new Error("no Slack bot token configured");
    return { botToken: token, ...(await identify(token)) };
  };

  const current = async (): Promise<AuthorizeResult> => {
    const { botToken } = await credentials.current();
    try {
      return await resolve(botToken);
    } catch {
      const refreshed = await credentials.refresh("auth.test failed");
      return resolve(refreshed.botToken);
    }
  };
  let rechecking = false;
  const recheck = () => {
    if (rechecking) return;
    rechecking = true;
    current()
      .catch(() => undefined)
      .finally(() => {
        rechecking = false;
      });
  };
  return { state: () => state, authorize: current, current, recheck };
}
