import { SDK_COMMANDS } from "./actions.js";
import { type Grant, SCOPES, type Scope, type ScopeContext } from "./scopes.js";

export interface StatementJson {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** One statement per scope that some command needs, in SCOPES' order, actions sorted. */
export function policyStatements(context: ScopeContext): StatementJson[] {
  const actions = new Map<Scope, Set<string>>();
  for (const commands of Object.values(SDK_COMMANDS)) {
    for (const { action, scope } of Object.values(commands)) {
      actions.set(scope, (actions.get(scope) ?? new Set()).add(action));
    }
  }
  return (Object.keys(SCOPES) as Scope[]).flatMap((scope) => {
    const scopeActions = actions.get(scope);
    if (!scopeActions) return [];
    const { sid, grant } = SCOPES[scope];
    const { resources, condition }: Grant = grant(context);
    return [
      {
        Sid: sid,
        Effect: "Allow" as const,
        Action: [...scopeActions].sort(),
        Resource: resources,
        ...(condition ? { Condition: condition } : {}),
      },
    ];
  });
}

/** The whole task-role policy document, as docs/iam.md prints it. */
export function policyDocument(context: ScopeContext) {
  return { Version: "2012-10-17", Statement: policyStatements(context) };
}
