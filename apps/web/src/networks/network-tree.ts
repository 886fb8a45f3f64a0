/** What the tree needs of a network. */
export interface TreeNetwork {
  readonly id: string;
  readonly parent?: { readonly id: string } | null | undefined;
}

export interface NetworkTreeNode<T extends TreeNetwork> {
  readonly network: T;
  readonly children: readonly NetworkTreeNode<T>[];
}

/** How deep the tree is drawn; the API keeps parents acyclic, this only guards the page. */
const MAX_DEPTH = 6;

/**
 * The networks as a tree (regional → clusters → local groups), in the order given (the API sorts
 * by name). A network whose parent the reader cannot see, or that is not in the list, is a root.
 */
export function networkTree<T extends TreeNetwork>(networks: readonly T[]): NetworkTreeNode<T>[] {
  const ids = new Set(networks.map((network) => network.id));
  const childrenOf = new Map<string, T[]>();
  const roots: T[] = [];
  for (const network of networks) {
    const parentId = network.parent?.id;
    if (parentId && ids.has(parentId) && parentId !== network.id) {
      childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), network]);
    } else {
      roots.push(network);
    }
  }
  const build = (network: T, depth: number, seen: ReadonlySet<string>): NetworkTreeNode<T> => ({
    network,
    children:
      depth >= MAX_DEPTH
        ? []
        : (childrenOf.get(network.id) ?? []).filter((child) => !seen.has(child.id)).map((child) => build(child, depth + 1, new Set([...seen, child.id]))),
  });
  const tree = roots.map((root) => build(root, 1, new Set([root.id])));
  // A loop of parents (which the API refuses) would hide its networks; show them at the top instead.
  const reached = new Set<string>();
  const visit = (node: NetworkTreeNode<T>): void => {
    reached.add(node.network.id);
    node.children.forEach(visit);
  };
  tree.forEach(visit);
  const lost = networks.filter((network) => !reached.has(network.id));
  return [...tree, ...lost.map((network) => ({ network, children: [] }))];
}
