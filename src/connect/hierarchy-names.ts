import type { HierarchyGroup, HierarchyPath } from "@aws-sdk/client-connect";

const LEVELS: (keyof HierarchyPath)[] = [
  "LevelOne",
  "LevelTwo",
  "LevelThree",
  "LevelFour",
  "LevelFive",
];

/** A hierarchy group's level names, top first; its own name when its path has none. */
export function hierarchyNames(group: HierarchyGroup | undefined): string[] | undefined {
  if (!group) return undefined;
  const path = LEVELS.map((level) => group.HierarchyPath?.[level]?.Name).filter(
    (name): name is string => Boolean(name),
  );
  return path.length > 0 ? path : group.Name ? [group.Name] : undefined;
}
