/** A page as a tree needs it: its id, its parent's id, and its position among its siblings. */
export type TreeNode = { id: number; parentId: number | null; position: number };

export type Flattened<T extends TreeNode> = T & { depth: number };

/**
 * The pages in reading order: each parent followed by its children, siblings by position (then
 * id). A page whose parent is not among `nodes` (not yet live in this language, say) is read as
 * a child of its nearest ancestor that is, else as a top-level page, so nothing drops out of the
 * navigation because a page above it is missing. A cycle cannot hide a page either: every node
 * is listed once.
 */
export function flattenTree<T extends TreeNode>(nodes: readonly T[], parentsOf?: ReadonlyMap<number, number | null>): Flattened<T>[] {
  const present = new Map(nodes.map((n) => [n.id, n]));
  const effectiveParent = (node: T): number | null => {
    let parent = node.parentId;
    const seen = new Set<number>([node.id]);
    while (parent !== null && !present.has(parent)) {
      if (seen.has(parent)) return null;
      seen.add(parent);
      parent = parentsOf?.get(parent) ?? null;
    }
    return parent === node.id ? null : parent;
  };
  const children = new Map<number | null, T[]>();
  for (const node of nodes) {
    const parent = effectiveParent(node);
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const out: Flattened<T>[] = [];
  const visited = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (visited.has(node.id)) continue;
      visited.add(node.id);
      out.push({ ...node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  // Pages caught in a cycle (the database refuses one, but an old row might hold it) come last.
  for (const node of nodes) if (!visited.has(node.id)) out.push({ ...node, depth: 0 });
  return out;
}

/** The ids of a page and everything below it. */
export function descendantsOf(nodes: readonly TreeNode[], id: number): Set<number> {
  const result = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId !== null && result.has(n.parentId) && !result.has(n.id)) {
        result.add(n.id);
        grew = true;
      }
    }
  }
  return result;
}
