import { randomBytes } from "node:crypto";

/** The pieces every Slack request body shares: the fake workspace, app and id formats. */
export const TEAM = { id: "T123", domain: "fake" };
export const APP_ID = "A1";
export const VERIFICATION_TOKEN = "verification-token";

export function slackTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
}

export function newTriggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(16).toString("hex")}`;
}

export function user(userId: string, teamId = TEAM.id) {
  return { id: userId, username: `user-${userId}`, name: `user-${userId}`, team_id: teamId };
}

export function formPayload(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
