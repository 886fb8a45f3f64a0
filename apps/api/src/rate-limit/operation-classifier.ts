import {
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a rate limit counts: writes (every mutation field) and the register's expensive searches. */
export type LimitedKind = 'write' | 'search';

export interface OperationCost {
  readonly kind: LimitedKind;
  /** One per mutation field or per expensive `initiatives` field, so aliases cannot multiply work for free. */
  readonly points: number;
}

type Variables = Readonly<Record<string, unknown>>;

/** The registers' queries (initiatives, the method bank); `totalCount` and `facets` are both answered by one counting statement. */
const SEARCH_FIELDS = new Set(['initiatives', 'methods']);
const COUNTING_FIELDS = new Set(['totalCount', 'facets']);
/** Aggregates over every readable initiative whatever is selected (the region overview): always one search. */
const AGGREGATE_FIELDS = new Set(['regionOverview']);

/** `@skip` / `@include` as graphql-js applies them, so a skipped field costs nothing. */
function included(directives: readonly DirectiveNode[] | undefined, variables: Variables): boolean {
  for (const directive of directives ?? []) {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if');
    if (!condition) continue;
    const value: unknown = valueFromASTUntyped(condition.value, variables);
    if (directive.name.value === 'skip' && value === true) return false;
    if (directive.name.value === 'include' && value !== true) return false;
  }
  return true;
}

/** The fields of a selection set with fragments spread in (validation has ruled out cycles; `seen` guards anyway). */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
  seen: ReadonlySet<string> = new Set(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection.directives, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...fieldsOf(selection.selectionSet, fragments, variables, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) fields.push(...fieldsOf(fragment.selectionSet, fragments, variables, new Set([...seen, name])));
    }
  }
  return fields;
}

/** The variables as execution will see them: given values, else the operation's defaults. */
function withDefaults(operation: OperationDefinitionNode, given: Variables | undefined): Variables {
  const variables: Record<string, unknown> = { ...(given ?? {}) };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

function isExpensiveSearch(field: FieldNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Variables): boolean {
  const searchArgument = field.arguments?.find((argument) => argument.name.value === 'search');
  const search: unknown = searchArgument ? valueFromASTUntyped(searchArgument.value, variables) : undefined;
  // A blank search is no search (the service trims it), so it only costs what a plain list costs.
  if (typeof search === 'string' && search.trim() !== '') return true;
  return fieldsOf(field.selectionSet, fragments, variables).some((child) => COUNTING_FIELDS.has(child.name.value));
}

/**
 * What the operation costs against the rate limits, decided from the document before anything
 * runs: a mutation is one write per root field; a query costs one search per `initiatives` field
 * with a search text or with `totalCount`/`facets` (the counting statement over the whole result,
 * the most expensive statement the API has). Everything else is not limited (undefined).
 */
export function classifyOperation(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables | undefined): OperationCost | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const values = withDefaults(operation, variables);
  const rootFields = fieldsOf(operation.selectionSet, fragments, values).filter((field) => !field.name.value.startsWith('__'));

  if (operation.operation === 'mutation') {
    return rootFields.length > 0 ? { kind: 'write', points: rootFields.length } : undefined;
  }
  if (operation.operation === 'query') {
    const searches = rootFields.filter(
      (field) => AGGREGATE_FIELDS.has(field.name.value) || (SEARCH_FIELDS.has(field.name.value) && isExpensiveSearch(field, fragments, values)),
    ).length;
    return searches > 0 ? { kind: 'search', points: searches } : undefined;
  }
  return undefined;
}
