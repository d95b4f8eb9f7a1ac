import type { Config, InstanceRef } from "../config/config.js";
import { ForeignInstanceError } from "../domain/errors.js";

type Instances = Pick<Config["connect"], "instances">;

/**
 * The configured instance `instanceId` names, with its configured region; undefined for any other
 * instance. A region given with the id (an ARN's) must be the configured one: an ARN names the
 * instance in that region, so the same id elsewhere is another resource (or a typo), not ours.
 */
export function findConfiguredInstance(
  connect: Instances,
  instanceId: string,
  region?: string,
): InstanceRef | undefined {
  const id = instanceId.toLowerCase();
  const configured = connect.instances.find((i) => i.instanceId === id);
  if (!configured) return undefined;
  if (region !== undefined && region.toLowerCase() !== configured.region.toLowerCase()) {
    return undefined;
  }
  return configured;
}

/**
 * Where to ask for a contact in `instanceId`: the configured instance in its configured region.
 * Ids, ARNs and button values come from Slack users and alerts, so any other instance or region
 * is refused before any AWS call (and before an SDK client for its region could be built).
 */
export function configuredInstance(
  connect: Instances,
  instanceId: string,
  region?: string,
): InstanceRef {
  const configured = findConfiguredInstance(connect, instanceId, region);
  if (!configured) throw new ForeignInstanceError(instanceId.toLowerCase(), region?.toLowerCase());
  return configured;
}
