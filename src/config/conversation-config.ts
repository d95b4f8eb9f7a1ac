import { ConfigError } from "../domain/request-errors.js";
import { type Env, num, str } from "./env.js";

/** Where Contact Lens's analysis files are read, and how much of one (the Conversation section). */
export interface ConversationConfig {
  /**
   * CONTACT_LENS_S3_URI: the bucket (and prefix) holding `Analysis/…`, used instead of the
   * instance's storage configuration (e.g. a replicated bucket).
   */
  s3?: { bucket: string; prefix: string };
  /** CONTACT_LENS_MAX_BYTES: an analysis file larger than this is read up to this many bytes. */
  maxBytes: number;
  /**
   * S3 is reached through an endpoint override (AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL: an
   * emulator, MinIO…), which wants path-style addressing (`host/bucket/key`).
   */
  s3PathStyle: boolean;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

function s3Uri(env: Env): ConversationConfig["s3"] {
  const raw = str(env, "CONTACT_LENS_S3_URI");
  if (raw === undefined) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url?.protocol !== "s3:" || !BUCKET.test(url.hostname)) {
    throw new ConfigError(
      "CONTACT_LENS_S3_URI",
      `must be s3://bucket or s3://bucket/prefix, got "${raw}"`,
    );
  }
  let prefix: string;
  try {
    prefix = decodeURIComponent(url.pathname).replace(/^\/+/, "");
  } catch {
    throw new ConfigError("CONTACT_LENS_S3_URI", `has a malformed %-escape: "${raw}"`);
  }
  return {
    bucket: url.hostname,
    prefix: prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`,
  };
}

export function conversationConfig(env: Env): ConversationConfig {
  return {
    s3: s3Uri(env),
    maxBytes: num(env, "CONTACT_LENS_MAX_BYTES", DEFAULT_MAX_BYTES, 1024),
    s3PathStyle:
      str(env, "AWS_ENDPOINT_URL_S3") !== undefined || str(env, "AWS_ENDPOINT_URL") !== undefined,
  };
}
