import type { ChainLeg } from "../contact-record.js";

/** What a stretch of a leg was spent on; each kind has its own colour, pattern and legend entry. */
export type SegmentKind = "scheduled" | "flow" | "queue" | "abandoned" | "agent" | "acw";

export interface TimelineSegment {
  kind: SegmentKind;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** A queue or agent name, shown on the segment where it fits (plain text, not escaped yet). */
  name?: string;
}

/**
 * A finding with a time: an expired routing step (from the record), a failed flow block (from the
 * flow path, when it is loaded), a scheduled time. Drawn as a mark on its leg's lane.
 */
export type MarkKind = "expired_step" | "flow_error" | "scheduled";

export interface TimelineMark {
  kind: MarkKind;
  at: number;
  label: string;
}

export interface TimelineLane {
  contactId: string;
  /** "Voice · Transfer". */
  title: string;
  segments: TimelineSegment[];
  marks: TimelineMark[];
  /** No DisconnectTimestamp yet: drawn up to `now`. */
  ongoing: boolean;
  /** The contact the picture was asked about. */
  current: boolean;
  /** Set when the leg could not be read (no record). */
  missing?: NonNullable<ChainLeg["missing"]>;
  /** The leg before it handed this one over (PreviousContactId): a connector joins the lanes. */
  handedOver: boolean;
  start?: number;
  end?: number;
}

export interface Timeline {
  lanes: TimelineLane[];
  /** IANA zone of the viewer, named on the axis. */
  zone: string;
  /** Epoch ms of the span shown; `end` > `start`. */
  start: number;
  end: number;
  ongoing: boolean;
}

export interface TimelineOptions {
  /** Epoch milliseconds: where an ongoing leg ends. */
  now: number;
  zone: string;
  currentId?: string;
  /** Extra marks per contact id, e.g. failed flow blocks from the flow path. */
  marks?: Readonly<Record<string, readonly TimelineMark[]>>;
}
