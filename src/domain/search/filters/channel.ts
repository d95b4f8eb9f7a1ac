import type { Channel } from "../../connect-model.js";
import { CHANNELS } from "../search-query.js";
import { enumFilter } from "./enum-filter.js";

export const channelFilter = enumFilter({
  key: "channel",
  field: "channels",
  allowed: CHANNELS,
  criteria: (channels) => ({ Channels: channels as Channel[] }),
  rank: 30,
  help: { text: "`channel:voice|chat|task|email`" },
  form: {
    position: 30,
    blocks: [
      {
        id: "channel",
        label: "Channel",
        input: {
          type: "static_select",
          placeholder: "Any channel",
          options: [
            ["📞 Voice", "voice"],
            ["💬 Chat", "chat"],
            ["📋 Task", "task"],
            ["✉️ Email", "email"],
          ],
        },
      },
    ],
    read: ({ channel }) => ({
      channels: typeof channel === "string" && channel ? [channel.toUpperCase()] : [],
    }),
  },
});
