import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected under `field` of the current field's result, e.g. the facets
 * a query asks for under `facets { … }`: fragments followed, aliases and repeats merged. `null`
 * when `field` is not selected at all. `@skip`/`@include` are not evaluated: a field they drop
 * is still counted, which costs time but never changes an answer.
 */
export function selectedSubfields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): Set<string> | null {
  let found = false;
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, inside: boolean, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (inside) names.add(selection.name.value);
        else if (selection.name.value === field) {
          found = true;
          visit(selection.selectionSet, true, seen);
        }
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet, inside, seen);
      } else {
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, inside, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, false, new Set());
  return found ? names : null;
}
