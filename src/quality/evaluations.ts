import {
  type ConnectClient,
  DescribeContactEvaluationCommand,
  type EvaluationSummary,
  ListContactEvaluationsCommand,
} from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import type { Config } from "../config/config.js";
import { DEFAULT_DEADLINE_MS } from "../connect/contact-service.js";
import type { ContactEvaluations, EvaluationView } from "../domain/contact-evaluations.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { AccessDeniedError } from "../domain/errors.js";
import { type Deadline, startDeadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { readCachedJson } from "../infra/read-cached-json.js";
import { createSingleFlight } from "../infra/single-flight.js";
import { detailedView, summaryView, userIdOfArn } from "./evaluation-view.js";

/** The evaluations of a contact (Amazon Connect evaluation forms), for the Quality section. */
export interface Evaluations {
  /**
   * From the cache, else every page of ListContactEvaluations and DescribeContactEvaluation for
   * each shown. Throws AccessDeniedError (naming connect:ListContactEvaluations) and the other
   * BotErrors; a DescribeContactEvaluation that fails leaves that evaluation's summary only.
   */
  read(record: ContactRecord): Promise<ContactEvaluations>;
  /** The cached evaluations only, never a call: for the findings. */
  cached(record: ContactRecord): Promise<ContactEvaluations | undefined>;
}

/** Pages of ListContactEvaluations read at most; a contact rarely has more than a handful. */
const MAX_PAGES = 5;
/** Evaluations described (and shown) at most, newest first. */
export const MAX_EVALUATIONS = 10;

const keyOf = (record: ContactRecord) =>
  `evaluations:${record.instanceId}:${(record.contact.Id ?? "").toLowerCase()}`;

const newestFirst = (a: EvaluationSummary, b: EvaluationSummary) =>
  (b.CreatedTime?.getTime() ?? 0) - (a.CreatedTime?.getTime() ?? 0);

export function createEvaluations(deps: {
  api: LimitedCall;
  clients: { forRegion(region: string): ConnectClient };
  cache: Cache;
  config: Pick<Config, "cache">;
  /** A user's name (or username) from their id: the name resolver, whose cache it shares. */
  userName(record: ContactRecord, userId: string, deadline: Deadline): Promise<string | undefined>;
  deadlineMs?: number;
}): Evaluations {
  const { api, cache } = deps;
  const ttl = deps.config.cache;
  const flight = createSingleFlight<ContactEvaluations>();

  async function list(record: ContactRecord, deadline: Deadline): Promise<EvaluationSummary[]> {
    const client = deps.clients.forRegion(record.region);
    const input = { InstanceId: record.instanceId, ContactId: record.contact.Id ?? "" };
    const summaries: EvaluationSummary[] = [];
    let NextToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await api.send("ListContactEvaluations", deadline, (abortSignal) =>
        client.send(new ListContactEvaluationsCommand({ ...input, NextToken }), { abortSignal }),
      );
      summaries.push(...(out?.EvaluationSummaryList ?? []));
      NextToken = out?.NextToken;
      if (!NextToken) break;
    }
    return summaries.sort(newestFirst);
  }

  /** The summary, evaluator named, with the sections and notes when they could be read. */
  async function evaluation(
    record: ContactRecord,
    summary: EvaluationSummary,
    deadline: Deadline,
  ): Promise<{ view: EvaluationView; failure?: unknown }> {
    const userId = userIdOfArn(summary.EvaluatorArn);
    const evaluator = userId ? await deps.userName(record, userId, deadline) : undefined;
    const base = summaryView(summary, evaluator);
    const input = { InstanceId: record.instanceId, EvaluationId: summary.EvaluationId ?? "" };
    try {
      const described = await api.send("DescribeContactEvaluation", deadline, (abortSignal) =>
        deps.clients
          .forRegion(record.region)
          .send(new DescribeContactEvaluationCommand(input), { abortSignal }),
      );
      return { view: described ? detailedView(base, described) : base };
    } catch (failure) {
      return { view: base, failure };
    }
  }

  async function fetch(record: ContactRecord): Promise<ContactEvaluations> {
    const deadline = startDeadline(deps.deadlineMs ?? DEFAULT_DEADLINE_MS);
    const summaries = await list(record, deadline);
    const read = await Promise.all(
      summaries.slice(0, MAX_EVALUATIONS).map((s) => evaluation(record, s, deadline)),
    );
    const evaluations: ContactEvaluations = {
      items: read.map(({ view }) => view),
      total: summaries.length,
    };
    const failures = read.flatMap(({ failure }) => (failure === undefined ? [] : [failure]));
    if (failures.length > 0) {
      const denied = failures.some((failure) => failure instanceof AccessDeniedError);
      evaluations.detailsMissing = denied ? "denied" : "unavailable";
    }
    // Evaluations are started, submitted and reviewed long after the contact: a settled list is
    // kept like names, one that may still change only briefly.
    const settledList =
      record.contact.DisconnectTimestamp !== undefined &&
      evaluations.detailsMissing !== "unavailable" &&
      evaluations.items.every((item) => item.status === "SUBMITTED");
    const seconds = settledList ? ttl.namesTtlSeconds : ttl.activeTtlSeconds;
    await cache.set(keyOf(record), encodeJson(evaluations), seconds);
    return evaluations;
  }

  const service: Evaluations = {
    cached: async (record) =>
      readCachedJson<ContactEvaluations>(cache, keyOf(record), (found) =>
        Array.isArray(found.items),
      ),
    async read(record) {
      return (await service.cached(record)) ?? flight(keyOf(record), () => fetch(record));
    },
  };
  return service;
}
