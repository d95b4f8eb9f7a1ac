import { describe, expect, it } from "vitest";
import {
  RELATED_ACTION_ID,
  RELATED_KINDS,
  relatedActionId,
  SECTION_ACTION_ID,
  SECTIONS,
  sectionActionId,
} from "../../blocks/action-ids.js";
import {
  type ButtonState,
  decodeButtonState,
  encodeButtonState,
  sectionFromActionId,
  toggleSection,
} from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";

const STATE: ButtonState = {
  i: INSTANCE_ID,
  c: CONTACT_IDS.voiceInbound,
  o: "agent",
  s: "C0123ABC/1714557600.000100",
};

describe("encodeButtonState / decodeButtonState", () => {
  it("round-trips a full and a minimal state", () => {
    expect(decodeButtonState(encodeButtonState(STATE))).toEqual(STATE);
    const minimal = { i: INSTANCE_ID, c: CONTACT_IDS.chat };
    expect(decodeButtonState(encodeButtonState(minimal))).toEqual(minimal);
    expect(encodeButtonState(minimal)).toBe(`{"i":"${INSTANCE_ID}","c":"${CONTACT_IDS.chat}"}`);
    const publicly: ButtonState = { ...minimal, p: "1" };
    expect(decodeButtonState(encodeButtonState(publicly))).toEqual(publicly);
  });

  const json = (value: unknown) => JSON.stringify(value);
  it.each([
    ["not a string", 42],
    ["undefined", undefined],
    ["not JSON", "{i:"],
    ["JSON null", "null"],
    ["an array", json([INSTANCE_ID, CONTACT_IDS.chat])],
    ["a missing contact id", json({ i: INSTANCE_ID })],
    ["an id that is not a UUID", json({ i: INSTANCE_ID, c: "../../etc/passwd" })],
    ["an upper-case id", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat.toUpperCase() })],
    ["a UUID with markup around", json({ i: INSTANCE_ID, c: `<!channel>${CONTACT_IDS.chat}` })],
    ["an unknown section", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, o: "secrets" })],
    ["a prototype key as section", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, o: "constructor" })],
    ["a bad share target", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, s: "U123/1.2" })],
    [
      "a share target with extra text",
      json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, s: "C1/1.2 <!here>" }),
    ],
    ["a number where a string belongs", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, o: 1 })],
    ["an unknown key", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, x: "1" })],
    ["a public mark other than 1", json({ i: INSTANCE_ID, c: CONTACT_IDS.chat, p: "0" })],
    ["a __proto__ key", `{"i":"${INSTANCE_ID}","c":"${CONTACT_IDS.chat}","__proto__":"x"}`],
    [
      "a value over 2000 characters",
      json({ i: INSTANCE_ID, c: CONTACT_IDS.chat }).padEnd(2001, " "),
    ],
  ])("rejects %s", (_name, value) => {
    expect(decodeButtonState(value)).toBeUndefined();
  });
});

describe("toggleSection", () => {
  it("opens the clicked section, or closes it when it was open", () => {
    expect(toggleSection(undefined, "agent")).toBe("agent");
    expect(toggleSection("queue", "agent")).toBe("agent");
    expect(toggleSection("agent", "agent")).toBeUndefined();
  });
});

describe("action ids", () => {
  it("maps every section's action id back to the section", () => {
    for (const section of SECTIONS) {
      expect(sectionFromActionId(sectionActionId(section))).toBe(section);
      expect(SECTION_ACTION_ID.test(sectionActionId(section))).toBe(true);
    }
    expect(sectionFromActionId("contact_section_nope")).toBeUndefined();
  });

  it("gives each related kind its own action id", () => {
    const ids = RELATED_KINDS.map(relatedActionId);
    expect(ids).toEqual([
      "contact_related_previous",
      "contact_related_initial",
      "contact_related_related",
    ]);
    expect(ids.every((id) => RELATED_ACTION_ID.test(id))).toBe(true);
  });
});
