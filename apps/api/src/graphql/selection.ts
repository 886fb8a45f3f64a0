import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects at `path` below the field being resolved (for a
 * connection: `['edges', 'node']`), through fragments and inline fragments. Fields under
 * `@skip`/`@include` count as selected: reading a column too many is harmless, one too few is not.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsOf(info, level).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(info, level).map((field) => field.name.value));
}

function fieldsOf(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: readonly SelectionSetNode[]) {
  const fields = [];
  const pending = [...sets];
  const seenFragments = new Set<string>();
  while (pending.length > 0) {
    const set = pending.pop()!;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
