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
 * Requests never wait on auth.test: while the identity of the current token is unknown they go
 * on with the token alone (a response_url answer needs no token at all) and auth.test runs in the
 * background. A token Slack refuses triggers one re-read of the credentials.
 */
export function createAuthorizer(
  credentials: CredentialsSource,
  clientOptions: WebClientOptions,
): BotAuthorizer {
  const known = new Map<string, Identity>();
  let state: "ok" | "failed" | "unknown" = "unknown";

  const identify = async (token: string | undefined): Promise<AuthorizeResult> => {
    if (!token) throw new Error("no Slack bot token configured");
    let identity = known.get(token);
    if (!identity) {
      try {
        const result = await new WebClient(token, clientOptions).auth.test();
        identity = { botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
      } catch (error) {
        state = "failed";
        throw error;
      }
      known.set(token, identity);
    }
    state = "ok";
    return { botToken: token, ...identity };
  };

  const current = async (): Promise<AuthorizeResult> => {
    const { botToken } = await credentials.current();
    try {
      return await identify(botToken);
    } catch {
      const refreshed = await credentials.refresh("auth.test failed");
      return identify(refreshed.botToken);
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
  const authorize = async (): Promise<AuthorizeResult> => {
    const { botToken } = await credentials.current();
    if (!botToken) throw new Error("no Slack bot token configured");
    const identity = known.get(botToken);
    if (!identity) recheck();
    return { botToken, ...identity };
  };
  return { state: () => state, authorize, current, recheck };
}
