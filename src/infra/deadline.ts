/** The time a user is still waiting for, shared by every call made on their behalf. */
export interface Deadline {
  signal: AbortSignal;
  ms: number;
  /** Nobody is waiting on the answer: queue behind interactive calls. */
  background?: boolean;
}

export function startDeadline(ms: number, background = false): Deadline {
  return { signal: AbortSignal.timeout(ms), ms, background };
}
