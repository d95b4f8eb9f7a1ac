import { nameFilter } from "./name-filter.js";

export const queueFilter = nameFilter(
  "queue",
  {
    label: "Queue",
    placeholder: "Any queue — type to filter",
    position: 10,
    rank: 10,
    help: { text: '`queue:Billing` or `queue:"Billing Support"` (name or id)' },
  },
  (name) => `in ${name}`,
);
