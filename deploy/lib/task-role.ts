import { Annotations, Validations } from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { omittedPermissions, policyStatements } from "../iam/policy.js";
import type { ScopeContext } from "../iam/scopes.js";

/**
 * The role the bot's code runs with: exactly the statements iam/policy.ts derives from
 * iam/actions.ts (the SDK commands the bot sends) for this deployment's instances, flow-log
 * groups, Slack secret and Contact Lens buckets. Nothing else is granted to it.
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
            `${statement.Sid}: the ids (contacts, queues, users, flows, log streams, analysis ` +
            "files) are only known at run time; the pattern is the narrowest the resource type " +
            "allows, inside one configured instance, flow-log group or bucket's Analysis/ folder.",
        });
      }
    }
    // Said at every synth: a section of the bot will answer "missing IAM permission" until set.
    const omitted = new Map<string, string[]>();
    for (const { action, configuredBy } of omittedPermissions(context)) {
      omitted.set(configuredBy, [...(omitted.get(configuredBy) ?? []), action]);
    }
    for (const [setting, actions] of omitted) {
      Annotations.of(this).addInfo(
        `${actions.join(", ")} not granted: no ${setting} in the config (the Conversation ` +
          "section names the missing permission when it needs it).",
      );
    }
  }
}
