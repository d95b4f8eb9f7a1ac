import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./http-io.js";

/** A file the bot uploaded with files.uploadV2, as the fake saw each of its three steps. */
export interface FakeFile {
  id: string;
  filename: string;
  /** The length files.getUploadURLExternal was told. */
  length: number;
  altText?: string;
  /** The bytes POSTed to the upload URL; undefined until then. */
  bytes?: Buffer;
  /** Set by files.completeUploadExternal. */
  title?: string;
  channel?: string;
  threadTs?: string;
  comment?: string;
  permalink?: string;
  completed: boolean;
}

type Args = Record<string, unknown>;
type Result = { ok: boolean; error?: string } & Record<string, unknown>;

export interface FileContext {
  files: Map<string, FakeFile>;
  /** Base URL of the fake, for upload URLs. */
  baseUrl: string;
  nextTs(): string;
}

const fail = (error: string): Result => ({ ok: false, error });

function publicFile(file: FakeFile): Record<string, unknown> {
  return {
    id: file.id,
    name: file.filename,
    title: file.title ?? file.filename,
    mimetype: file.filename.endsWith(".png") ? "image/png" : "application/octet-stream",
    size: file.bytes?.length ?? 0,
    permalink: file.permalink,
    ...(file.channel ? { channels: [file.channel] } : {}),
  };
}

function completedFiles(args: Args): { id?: string; title?: string }[] | undefined {
  try {
    const parsed: unknown = typeof args.files === "string" ? JSON.parse(args.files) : args.files;
    return Array.isArray(parsed) && parsed.length > 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** files.getUploadURLExternal, files.completeUploadExternal, files.info, conversations.open. */
export const FILE_HANDLERS: Record<string, (args: Args, ctx: FileContext) => Result> = {
  "files.getUploadURLExternal": (args, ctx) => {
    const length = Number(args.length);
    if (typeof args.filename !== "string" || !args.filename) return fail("invalid_arguments");
    if (!Number.isInteger(length) || length <= 0) return fail("invalid_length");
    const id = `F${ctx.nextTs().replace(".", "")}`;
    const altText = typeof args.alt_text === "string" ? args.alt_text : undefined;
    ctx.files.set(id, { id, filename: args.filename, length, altText, completed: false });
    return { ok: true, file_id: id, upload_url: `${ctx.baseUrl}/upload/${id}` };
  },
  "files.completeUploadExternal": (args, ctx) => {
    const listed = completedFiles(args);
    if (!listed) return fail("invalid_arguments");
    const channel = typeof args.channel_id === "string" ? args.channel_id : undefined;
    if (channel !== undefined && !/^[CDG][A-Z0-9]+$/.test(channel))
      return fail("channel_not_found");
    const files = listed.map((entry) => ctx.files.get(String(entry.id)));
    if (files.some((file) => !file?.bytes)) return fail("file_not_found");
    for (const [i, file] of files.entries()) {
      Object.assign(file!, {
        title: listed[i]?.title ?? file!.filename,
        channel,
        threadTs: typeof args.thread_ts === "string" ? args.thread_ts : undefined,
        comment: typeof args.initial_comment === "string" ? args.initial_comment : undefined,
        permalink: `https://fake.slack.com/files/UBOT/${file!.id}/${file!.filename}`,
        completed: true,
      });
    }
    return { ok: true, files: files.map((file) => publicFile(file!)) };
  },
  "files.info": (args, ctx) => {
    const file = ctx.files.get(String(args.file ?? ""));
    return file?.completed ? { ok: true, file: publicFile(file) } : fail("file_not_found");
  },
  "conversations.open": (args) => {
    const users = String(args.users ?? "");
    if (!/^[UW][A-Z0-9]+$/.test(users)) return fail("user_not_found");
    return { ok: true, channel: { id: `D${users.slice(1)}` } };
  },
};

/** The upload URL: takes the file's bytes raw or as multipart form data, as Slack does. */
export async function receiveUpload(
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string,
  files: Map<string, FakeFile>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const file = files.get(fileId);
  if (!file) return sendJson(res, 404, { ok: false, error: "file_not_found" });
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const part = [...form.values()].find((value) => typeof value !== "string");
    file.bytes = part ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
  } else {
    file.bytes = raw;
  }
  res.writeHead(200, { "content-type": "text/plain" });
  res.end(`OK - ${file.bytes.length}`);
}
