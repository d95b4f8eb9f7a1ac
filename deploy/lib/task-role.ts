import { Validations } from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { policyStatements } from "../iam/policy.js";
import type { ScopeContext } from "../iam/scopes.js";

/**
 * The role the bot's code runs with: exactly the statements iam/policy.ts derives from
 * iam/actions.ts (the SDK commands the bot sends) for this deployment's instances, flow-log
 * groups and Slack secret. Nothing else is granted to it.
 */
export class TaskRole extends Role {
  constructor(scope: Construct, id: string, context: ScopeContext) {
    super(scope, id, {
      assumedBy: new ServicePrincipal("ecs-tasks.amazonaws.com"),
      description: "connect-contact-bot: the AWS calls the bot makes, on its instances only",
    });
    for (const statement of policyStatements(context)) {
      this.addToPolicy(PolicyStatement.fromJson(statement));
      for (const resource of statement.Resource.filter((arn) => arn.includes("*"))) {
        Validations.of(this).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${resource}]`,
          reason:
            `${statement.Sid}: the ids (contacts, queues, users, flows, log streams) are only ` +
            "known at run time; the pattern is the narrowest the resource type allows, inside " +
            "one configured instance or flow-log group.",
        });
      }
    }
  }
}
