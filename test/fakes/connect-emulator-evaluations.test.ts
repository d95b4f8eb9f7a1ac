import {
  DescribeContactEvaluationCommand,
  InvalidParameterException,
  ListContactEvaluationsCommand,
  ResourceNotFoundException,
  SearchContactsCommand,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import {
  AUTOMATED_EVALUATION,
  EVALUATED_CONTACT_ID,
  EVALUATION_IDS,
  MANUAL_EVALUATION,
} from "../fixtures/evaluations.js";
import { emulatedConnect, INSTANCE } from "./connect-fixtures.js";

describe("connect emulator: evaluations and transcript criteria, with the real SDK", () => {
  const env = emulatedConnect((emulator) => {
    emulator.putEvaluation(INSTANCE, MANUAL_EVALUATION);
    emulator.putEvaluation(INSTANCE, AUTOMATED_EVALUATION);
  });

  it("lists a contact's evaluations a page at a time, as EvaluationSummary", async () => {
    const input = { InstanceId: INSTANCE, ContactId: EVALUATED_CONTACT_ID };
    const first = await env.connect.send(new ListContactEvaluationsCommand(input));
    expect(first.EvaluationSummaryList).toHaveLength(1);
    expect(first.NextToken).toBeTruthy();
    const second = await env.connect.send(
      new ListContactEvaluationsCommand({ ...input, NextToken: first.NextToken }),
    );
    expect(second.NextToken).toBeUndefined();
    const all = [...(first.EvaluationSummaryList ?? []), ...(second.EvaluationSummaryList ?? [])];
    expect(all.find((s) => s.EvaluationId === EVALUATION_IDS.manual)).toMatchObject({
      EvaluationFormTitle: "Customer service standard",
      Status: "SUBMITTED",
      Score: { Percentage: 0, AutomaticFail: true },
      EvaluatorArn: MANUAL_EVALUATION.Evaluation?.Metadata?.EvaluatorArn,
      CreatedTime: MANUAL_EVALUATION.Evaluation?.CreatedTime,
    });
    expect(all.find((s) => s.EvaluationId === EVALUATION_IDS.automated)).toMatchObject({
      AutoEvaluationEnabled: true,
      AutoEvaluationStatus: "SUCCEEDED",
    });
    const other = await env.connect.send(
      new ListContactEvaluationsCommand({ ...input, ContactId: "someone-else" }),
    );
    expect(other.EvaluationSummaryList).toEqual([]);
  });

  it("describes an evaluation with its form, and answers 404 for an unknown one", async () => {
    const described = await env.connect.send(
      new DescribeContactEvaluationCommand({
        InstanceId: INSTANCE,
        EvaluationId: EVALUATION_IDS.manual,
      }),
    );
    expect(described).toMatchObject(MANUAL_EVALUATION);
    await expect(
      env.connect.send(
        new DescribeContactEvaluationCommand({ InstanceId: INSTANCE, EvaluationId: "nope" }),
      ),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("refuses transcript criteria Connect would refuse, and records what was sent", async () => {
    const search = (SearchText: string[]) =>
      env.connect.send(
        new SearchContactsCommand({
          InstanceId: INSTANCE,
          TimeRange: {
            Type: "INITIATION_TIMESTAMP",
            StartTime: new Date(Date.now() - 3600_000),
            EndTime: new Date(),
          },
          SearchCriteria: {
            ContactAnalysis: {
              Transcript: {
                Criteria: [{ ParticipantRole: "CUSTOMER", SearchText, MatchType: "MATCH_ALL" }],
              },
            },
          },
        }),
      );
    await expect(search(["x".repeat(129)])).rejects.toBeInstanceOf(InvalidParameterException);
    expect((await search(["refund"])).Contacts).toEqual([]);
    const sent = env.emulator.calls.filter((c) => c.operation === "SearchContacts").at(-1);
    expect(sent?.input?.SearchCriteria).toEqual({
      ContactAnalysis: {
        Transcript: {
          Criteria: [
            { ParticipantRole: "CUSTOMER", SearchText: ["refund"], MatchType: "MATCH_ALL" },
          ],
        },
      },
    });
  });
});
