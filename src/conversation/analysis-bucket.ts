import {
  type ConnectClient,
  type InstanceStorageResourceType,
  ListInstanceStorageConfigsCommand,
} from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import type { ConversationConfig } from "../config/conversation-config.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { createCachedValue } from "../infra/cached-value.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";

export interface AnalysisLocation {
  bucket: string;
  /** Before `Analysis/`: empty for the instance's own bucket, where Contact Lens writes at the root. */
  prefix: string;
}

/** Where a contact's analysis files are: CONTACT_LENS_S3_URI, else the instance's storage bucket. */
export type AnalysisBucket = (
  record: ContactRecord,
  resourceType: InstanceStorageResourceType,
  deadline: Deadline,
) => Promise<AnalysisLocation | undefined>;

/**
 * The bucket of the instance's storage configuration for `resourceType` (CALL_RECORDINGS for
 * calls, CHAT_TRANSCRIPTS for chats), read once per instance and cached like names.
 */
export function createAnalysisBucket(deps: {
  config: Pick<ConversationConfig, "s3">;
  connectApi: LimitedCall;
  connect: { forRegion(region: string): ConnectClient };
  cache: Cache;
  ttlSeconds: number;
  missingTtlSeconds: number;
}): AnalysisBucket {
  const cached = createCachedValue(deps);
  return async (record, resourceType, deadline) => {
    if (deps.config.s3) return deps.config.s3;
    const { instanceId, region } = record;
    const bucket = await cached<string>(
      `storage:${instanceId}:${resourceType}`,
      async () => {
        const client = deps.connect.forRegion(region);
        const answer = await deps.connectApi.send(
          "ListInstanceStorageConfigs",
          deadline,
          (abortSignal) =>
            client.send(
              new ListInstanceStorageConfigsCommand({
                InstanceId: instanceId,
                ResourceType: resourceType,
              }),
              { abortSignal },
            ),
        );
        return answer?.StorageConfigs?.find((c) => c.S3Config?.BucketName)?.S3Config?.BucketName;
      },
      // A denied or throttled read is the user's answer (the action named), not a silent "none".
      { rethrow: true },
    );
    return bucket === undefined ? undefined : { bucket, prefix: "" };
  };
}
