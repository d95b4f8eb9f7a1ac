import type { DescribeContactEvaluationResponse, EvaluationSummary } from "@aws-sdk/client-connect";
import { toAwsWire } from "./aws-wire.js";
import type { ConnectAnswer } from "./connect-store.js";

/**
 * ListContactEvaluations and DescribeContactEvaluation over evaluations put as Connect describes
 * them (DescribeContactEvaluationResponse: the Evaluation and its form's content). The list is
 * derived from them as Connect's EvaluationSummary. Connect does not document the list's page
 * size; one per page here makes every client follow NextToken.
 */
export class EvaluationStore {
  private readonly byId = new Map<string, DescribeContactEvaluationResponse>();

  put(instanceId: string, described: DescribeContactEvaluationResponse): void {
    const id = described.Evaluation?.EvaluationId;
    if (!id) throw new Error("putEvaluation: Evaluation.EvaluationId is required");
    this.byId.set(`${instanceId}|${id}`, described);
  }

  answer(
    operation: "ListContactEvaluations" | "DescribeContactEvaluation",
    instanceId: string,
    params: Record<string, string>,
  ): ConnectAnswer {
    if (operation === "DescribeContactEvaluation") {
      const found = this.byId.get(`${instanceId}|${params.EvaluationId ?? ""}`);
      if (found) return { body: toAwsWire(found) };
      const message = `Evaluation not found: ${params.EvaluationId}`;
      return { fault: { status: 404, type: "ResourceNotFoundException", message } };
    }
    const contactId = params.contactId;
    if (!contactId) {
      return { fault: { status: 400, type: "InvalidParameterException", message: "contactId" } };
    }
    const all = [...this.byId.entries()]
      .filter(
        ([key, d]) =>
          key.startsWith(`${instanceId}|`) && d.Evaluation?.Metadata?.ContactId === contactId,
      )
      .map(([, d]) => summaryOf(d));
    const offset = params.nextToken
      ? Number(Buffer.from(params.nextToken, "base64url").toString())
      : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      return { fault: { status: 400, type: "InvalidParameterException", message: "nextToken" } };
    }
    const next =
      offset + 1 < all.length ? Buffer.from(String(offset + 1)).toString("base64url") : undefined;
    return {
      body: toAwsWire({ EvaluationSummaryList: all.slice(offset, offset + 1), NextToken: next }),
    };
  }
}

function summaryOf(described: DescribeContactEvaluationResponse): EvaluationSummary {
  const evaluation = described.Evaluation!;
  const metadata = evaluation.Metadata;
  return {
    EvaluationId: evaluation.EvaluationId,
    EvaluationArn: evaluation.EvaluationArn,
    EvaluationFormTitle: described.EvaluationForm?.Title,
    EvaluationFormId: described.EvaluationForm?.EvaluationFormId,
    Status: evaluation.Status,
    AutoEvaluationEnabled: metadata?.AutoEvaluation?.AutoEvaluationEnabled,
    AutoEvaluationStatus: metadata?.AutoEvaluation?.AutoEvaluationStatus,
    EvaluatorArn: metadata?.EvaluatorArn,
    Score: metadata?.Score,
    EvaluationType: evaluation.EvaluationType,
    CreatedTime: evaluation.CreatedTime,
    LastModifiedTime: evaluation.LastModifiedTime,
    ContactParticipant: metadata?.ContactParticipant,
  };
}
