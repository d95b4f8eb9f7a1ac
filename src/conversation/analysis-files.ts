import type { _Object, S3Client } from "@aws-sdk/client-s3";
import { AccessDeniedError } from "../domain/errors.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { collectPages } from "./collect-pages.js";
import type { LazyClients } from "./lazy-clients.js";

export interface AnalysisObject {
  bucket: string;
  key: string;
  size: number;
}

export interface AnalysisText {
  text: string;
  /** Set when the object was larger than maxBytes and only its first bytes were read. */
  readBytes?: { read: number; size: number };
}

export interface AnalysisFiles {
  /** The newest object under `prefix` (timestamped names sort by time), if any. */
  latest(
    region: string,
    bucket: string,
    prefix: string,
    deadline: Deadline,
  ): Promise<AnalysisObject | undefined>;
  /** The object's text, at most maxBytes of it (a Range request); undefined when it is gone. */
  read(
    region: string,
    object: AnalysisObject,
    deadline: Deadline,
  ): Promise<AnalysisText | undefined>;
}

const MAX_LIST_PAGES = 5;
const KEYS_PER_PAGE = 100;

/**
 * Names what was refused: the object or prefix, and kms:Decrypt when the bucket is encrypted with
 * a KMS key the role may not use (S3 answers AccessDenied either way).
 */
function refused(err: unknown, resource: string): unknown {
  if (!(err instanceof AccessDeniedError)) return err;
  const cause = err.cause instanceof Error ? err.cause.message : "";
  const action = /\bkms\b/i.test(cause) ? "kms:Decrypt" : err.action;
  return new AccessDeniedError(action, { cause: err, resource });
}

const newer = (best: _Object | undefined, o: _Object): _Object | undefined =>
  o.Key !== undefined && (best?.Key === undefined || o.Key > best.Key) ? o : best;

/** The analysis files in S3: ListObjectsV2 (s3:ListBucket) and GetObject (s3:GetObject). */
export function createAnalysisFiles(deps: {
  s3: LazyClients<S3Client>;
  api: LimitedCall;
  maxBytes: number;
}): AnalysisFiles {
  const { api, maxBytes } = deps;
  return {
    async latest(region, bucket, prefix, deadline) {
      const client = await deps.s3.forRegion(region);
      const { ListObjectsV2Command } = await import("@aws-sdk/client-s3");
      const list = (token: string | undefined) =>
        api.send("ListObjectsV2", deadline, (abortSignal) =>
          client.send(
            new ListObjectsV2Command({
              Bucket: bucket,
              Prefix: prefix,
              MaxKeys: KEYS_PER_PAGE,
              ...(token && { ContinuationToken: token }),
            }),
            { abortSignal },
          ),
        );
      try {
        const found = await collectPages(async (token) => {
          const page = await list(token);
          const next = page?.IsTruncated ? page.NextContinuationToken : undefined;
          return page && { items: page.Contents ?? [], next };
        }, MAX_LIST_PAGES);
        const newest = (found ?? []).reduce(newer, undefined);
        return newest?.Key === undefined
          ? undefined
          : { bucket, key: newest.Key, size: newest.Size ?? 0 };
      } catch (err) {
        throw refused(err, `s3://${bucket}/${prefix}`);
      }
    },
    async read(region, object, deadline) {
      const client = await deps.s3.forRegion(region);
      const { GetObjectCommand } = await import("@aws-sdk/client-s3");
      const partial = object.size > maxBytes;
      try {
        const bytes = await api.send("GetObject", deadline, async (abortSignal) => {
          const output = await client.send(
            new GetObjectCommand({
              Bucket: object.bucket,
              Key: object.key,
              ...(partial && { Range: `bytes=0-${maxBytes - 1}` }),
            }),
            { abortSignal },
          );
          return output.Body?.transformToByteArray();
        });
        if (bytes === undefined) return undefined;
        // A multi-byte character cut at the end decodes as U+FFFD, inside a value dropped anyway.
        const text = new TextDecoder().decode(bytes.subarray(0, maxBytes));
        return { text, ...(partial && { readBytes: { read: bytes.length, size: object.size } }) };
      } catch (err) {
        throw refused(err, `s3://${object.bucket}/${object.key}`);
      }
    },
  };
}
