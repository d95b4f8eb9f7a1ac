import { type CfnElement, Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/** The template's logical id of an L2 construct's main resource. */
export function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

/** `{ "Fn::GetAtt": [id, "GroupId"] }`, how the template refers to a security group. */
export const groupIdOf = (construct: IConstruct) => ({
  "Fn::GetAtt": [logicalId(construct), "GroupId"],
});
