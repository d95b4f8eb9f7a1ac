import type { ContactInitiationMethod } from "../../connect-model.js";
import { METHODS } from "../search-query.js";
import { enumFilter } from "./enum-filter.js";

export const methodFilter = enumFilter({
  key: "method",
  field: "methods",
  allowed: METHODS,
  criteria: (methods) => ({ InitiationMethods: methods as ContactInitiationMethod[] }),
  rank: 20,
  help: {
    text: "`method:inbound|outbound|transfer|queue_transfer|callback|api`",
    beside: true,
  },
});
