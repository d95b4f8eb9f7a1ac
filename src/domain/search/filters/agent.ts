import { nameFilter } from "./name-filter.js";

export const agentFilter = nameFilter(
  "agent",
  {
    label: "Agent",
    placeholder: "Any agent — type a name or username",
    position: 20,
    rank: 20,
    help: { text: "`agent:jdoe` (username, name or id)", beside: true },
  },
  (name) => `handled by ${name}`,
);
