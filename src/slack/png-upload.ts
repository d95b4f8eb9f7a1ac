import type { WebClient } from "@slack/web-api";
import type { SharedFile } from "../timeline/timeline-service.js";

export interface PngUpload {
  /** A channel, private group or DM (D…) id. */
  channel: string;
  threadTs?: string;
  filename: string;
  bytes: Buffer;
  title: string;
  altText: string;
  comment: string;
}

interface Completed {
  files?: { files?: { id?: string; permalink?: string }[] }[];
}

/**
 * files.uploadV2 (needs `files:write`): files.getUploadURLExternal, the bytes POSTed to the URL
 * it gives, then files.completeUploadExternal sharing the file in the channel (and thread). The
 * permalink comes from the completion, or files.info when Slack left it out.
 */
export async function uploadPng(client: WebClient, upload: PngUpload): Promise<SharedFile> {
  const common = {
    file: upload.bytes,
    filename: upload.filename,
    title: upload.title,
    alt_text: upload.altText,
    initial_comment: upload.comment,
  };
  const result = (await client.files.uploadV2(
    upload.threadTs
      ? { ...common, channel_id: upload.channel, thread_ts: upload.threadTs }
      : { ...common, channel_id: upload.channel },
  )) as Completed;
  const file = result.files?.[0]?.files?.[0];
  if (!file?.id) throw new Error("files.completeUploadExternal named no file");
  if (file.permalink) return { id: file.id, permalink: file.permalink };
  const info = await client.files.info({ file: file.id });
  return { id: file.id, ...(info.file?.permalink ? { permalink: info.file.permalink } : {}) };
}
