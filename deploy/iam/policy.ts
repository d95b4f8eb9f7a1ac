import { declaredPermissions } from "./actions.js";
import { type Grant, SCOPES, type Scope, type ScopeContext, type ScopeSpec } from "./scopes.js";

export interface StatementJson {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** An action the code needs on a resource this deployment does not name, and what names it. */
export interface OmittedPermission {
  action: string;
  sid: string;
  configuredBy: string;
}

/** A scope's sorted actions, with its grant or, when its resources are not configured, the setting. */
type ScopeGrant = { sid: string; actions: string[] } & (
  | { grant: Grant; configuredBy?: undefined }
  | { grant?: undefined; configuredBy: string }
);

/** Per scope that some command needs, in SCOPES' order. */
function scopeGrants(context: ScopeContext): ScopeGrant[] {
  const actions = new Map<Scope, Set<string>>();
  for (const { action, scope } of declaredPermissions()) {
    actions.set(scope, (actions.get(scope) ?? new Set()).add(action));
  }
  return (Object.keys(SCOPES) as Scope[]).flatMap((scope): ScopeGrant[] => {
    const scopeActions = actions.get(scope);
    if (!scopeActions) return [];
    const { sid, grant, configuredBy }: ScopeSpec = SCOPES[scope];
    const sorted = [...scopeActions].sort();
    const granted = grant(context);
    if (granted.resources.length > 0) return [{ sid, actions: sorted, grant: granted }];
    // A required resource missing is a bug of the deployment's code, never a statement left out.
    if (!configuredBy) throw new Error(`${sid}: no resource to grant ${sorted.join(", ")} on`);
    return [{ sid, actions: sorted, configuredBy }];
  });
}

/**
 * One statement per scope that some command needs, in SCOPES' order, actions sorted. A scope of
 * optional resources that the deployment does not name (no Contact Lens bucket) has none:
 * omittedPermissions() says which actions that leaves out, and which setting would add them.
 */
export function policyStatements(context: ScopeContext): StatementJson[] {
  return scopeGrants(context).flatMap(({ sid, actions, grant }) =>
    grant
      ? [
          {
            Sid: sid,
            Effect: "Allow" as const,
            Action: actions,
            Resource: grant.resources,
            ...(grant.condition ? { Condition: grant.condition } : {}),
          },
        ]
      : [],
  );
}

/** The actions policyStatements() leaves out for this deployment, each with its setting. */
export function omittedPermissions(context: ScopeContext): OmittedPermission[] {
  return scopeGrants(context).flatMap(({ sid, actions, configuredBy }) =>
    configuredBy === undefined ? [] : actions.map((action) => ({ action, sid, configuredBy })),
  );
}

/** The whole task-role policy document, as docs/iam.md prints it. */
export function policyDocument(context: ScopeContext) {
  return { Version: "2012-10-17", Statement: policyStatements(context) };
}
