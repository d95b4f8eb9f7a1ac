import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

describe("fake slack: files.uploadV2 and conversations.open with the real WebClient", () => {
  let slack: FakeSlack;
  let web: WebClient;

  beforeAll(async () => {
    slack = await startFakeSlack();
    web = new WebClient("xoxb-good", {
      slackApiUrl: `${slack.url}/api/`,
      retryConfig: { retries: 0 },
    });
  });
  beforeEach(() => slack.reset());
  afterAll(() => slack.stop());

  it("records the bytes, the channel, the thread and the comment of an upload", async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const out = await web.files.uploadV2({
      channel_id: "C1",
      thread_ts: "1700000000.000100",
      file: bytes,
      filename: "timeline.png",
      title: "Timeline",
      alt_text: "three legs",
      initial_comment: "the comment",
    });
    const methods = slack.calls.map((c) => c.method);
    expect(methods).toEqual(["files.getUploadURLExternal", "files.completeUploadExternal"]);
    const [file] = [...slack.files.values()];
    expect(file).toMatchObject({
      filename: "timeline.png",
      length: bytes.length,
      altText: "three legs",
      channel: "C1",
      threadTs: "1700000000.000100",
      comment: "the comment",
      title: "Timeline",
      completed: true,
    });
    expect(file?.bytes?.equals(bytes)).toBe(true);
    const completed = (
      out as unknown as { files: { files: { id: string; permalink: string }[] }[] }
    ).files;
    expect(completed[0]?.files[0]).toMatchObject({ id: file?.id, permalink: file?.permalink });
    const info = await web.files.info({ file: file!.id });
    expect(info.file?.permalink).toBe(file?.permalink);
  });

  it("refuses to complete a file whose bytes never arrived, and an unknown upload URL", async () => {
    const url = await web.files.getUploadURLExternal({ filename: "a.png", length: 3 });
    await expect(
      web.files.completeUploadExternal({ files: [{ id: url.file_id! }], channel_id: "C1" }),
    ).rejects.toThrow(/file_not_found/);
    const stray = await fetch(`${slack.url}/upload/FNOPE`, { method: "POST", body: "x" });
    expect(stray.status).toBe(404);
  });

  it("opens a direct-message conversation with a user", async () => {
    const out = await web.conversations.open({ users: "U1" });
    expect(out.channel?.id).toBe("D1");
    await expect(web.conversations.open({ users: "nobody" })).rejects.toThrow(/user_not_found/);
  });
});
