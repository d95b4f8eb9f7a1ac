import { maskEndpoint } from "../../masking/mask.js";
import { InvalidSearchError, PhoneSearchNotSetUpError } from "../../request-errors.js";
import { phoneCriterion } from "../phone-number.js";
import type { SearchFilter } from "../search-filter.js";
import type { SearchQuery } from "../search-query.js";
import { sentence } from "./sentence.js";

export const phoneFilter: SearchFilter = {
  name: "phone",
  command: {
    keys: ["phone"],
    // A number written with spaces is one `phone:`: "+1 415 555 0123".
    continues: /^[\d().-]+$/,
    reader(ctx) {
      let phone: SearchQuery["phone"];
      return {
        key: (_key, value) => {
          if (phone) throw new InvalidSearchError("phone:", "only one phone");
          phone = phoneCriterion(value, ctx.phoneAttribute);
        },
        finish: (query) => {
          if (phone) query.phone = phone;
        },
      };
    },
  },
  form: {
    position: 60,
    blocks: [
      {
        id: "phone",
        label: "Caller's number",
        hint: "With its country code.",
        input: { type: "plain_text_input", maxLength: 40, placeholder: "+1 415 555 0123" },
      },
    ],
    read: (values, ctx) => {
      const number = typeof values.phone === "string" ? values.phone.trim() : undefined;
      try {
        return number ? { phone: phoneCriterion(number, ctx.phoneAttribute) } : {};
      } catch (error) {
        const phone =
          error instanceof PhoneSearchNotSetUpError
            ? "Searching by phone is not set up yet: it needs SEARCH_PHONE_ATTRIBUTE (see /contact help)."
            : sentence(error instanceof InvalidSearchError ? error.reason : "Check the number");
        return { errors: { phone } };
      }
    },
  },
  // The caller's number is one more searchable attribute (SEARCH_PHONE_ATTRIBUTE).
  request: (query) =>
    query.phone && {
      SearchCriteria: {
        SearchableContactAttributes: {
          Criteria: [{ Key: query.phone.key, Values: [query.phone.number] }],
          MatchType: "MATCH_ALL",
        },
      },
    },
  words: {
    slot: "detail",
    rank: 40,
    say: (d, { text }) =>
      d.phone ? [`from ${text(maskEndpoint(d.phone.number, "TELEPHONE_NUMBER"))}`] : [],
  },
  audit: (query) => [query.phone && `phone:${query.phone.key}=*`],
  help: {
    text: "`phone:+1 415 555 0123` — the caller's number with its country code; needs `SEARCH_PHONE_ATTRIBUTE`, a searchable contact attribute your flows store `$.CustomerEndpoint.Address` in",
  },
};
