import type { User } from "@aws-sdk/client-connect";

export interface UserSummary {
  /** "First Last" from the user's IdentityInfo. */
  name?: string;
  username?: string;
  routingProfileId?: string;
  hierarchyGroupId?: string;
}

/** What DescribeUser says of a user that the bot shows, or looks up next. */
export function userSummary(user: User | undefined): UserSummary | undefined {
  if (!user) return undefined;
  const fullName = [user.IdentityInfo?.FirstName, user.IdentityInfo?.LastName]
    .filter(Boolean)
    .join(" ");
  return {
    name: fullName || undefined,
    username: user.Username,
    routingProfileId: user.RoutingProfileId,
    hierarchyGroupId: user.HierarchyGroupId,
  };
}
