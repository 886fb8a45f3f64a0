import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest field nesting allowed (the top-level field is depth 1). */
  readonly maxDepth: number;
  /** Aliased fields in one operation, fragments included. */
  readonly maxAliases: number;
  /** Estimated objects a query may resolve: each field costs 1 times the list sizes above it. */
  readonly maxCost: number;
  /** Multiplier for a list field without a literal `first`, or with `first` as a variable. */
  readonly defaultListSize: number;
  /**
   * Estimate for a list without `first` inside another list (an initiative's partners, funding
   * lines, relations): those are small and capped by validation, unlike top-level lists.
   */
  readonly nestedListSize: number;
  /**
   * Types that are plain values computed from a row already loaded (a history value and its
   * parts), not resolvers that reach the database: a field of such a type costs 1 for its whole
   * selection, like a JSON value would. Depth and aliases still count.
   */
  readonly valueTypes: ReadonlySet<string>;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 20000,
  defaultListSize: 50,
  nestedListSize: 10,
  valueTypes: new Set(['ChangeValue']),
};

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function listMultiplier(field: FieldNode, limits: QueryLimits, nested: boolean): number {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (first && first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  if (first === undefined && nested) return limits.nestedListSize;
  return limits.defaultListSize;
}

/**
 * Depth, alias and cost limits as one validation rule, so a too-large query is rejected before
 * anything runs and Apollo answers 400 (not 500). Introspection fields are not counted; the
 * schema itself is public outside production and introspection is off in production.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const measure = (
      selectionSet: SelectionSetNode,
      parentType: GraphQLCompositeType | undefined,
      depth: number,
      multiplier: number,
      visiting: Set<string>,
      total: Measure,
      inValue = false,
    ): void => {
      for (const selection of selectionSet.selections) {
        if (total.cost > limits.maxCost || total.depth > limits.maxDepth) return;
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          if (selection.alias) total.aliases++;
          total.depth = Math.max(total.depth, depth);
          if (!inValue) total.cost += multiplier;
          const fieldDef = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
          if (selection.selectionSet) {
            const type = fieldDef?.type;
            const isList = type !== undefined && isListType(getNullableType(type));
            const nextType = type ? (getNamedType(type) as GraphQLCompositeType) : undefined;
            const nextMultiplier = isList ? multiplier * listMultiplier(selection, limits, multiplier > 1) : multiplier;
            measure(
              selection.selectionSet,
              nextType,
              depth + 1,
              nextMultiplier,
              visiting,
              total,
              inValue || (nextType !== undefined && limits.valueTypes.has(nextType.name)),
            );
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parentType;
          measure(selection.selectionSet, type, depth, multiplier, visiting, total, inValue);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue; // cycles are reported by NoFragmentCycles
          visiting.add(name);
          const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
          measure(fragment.selectionSet, type, depth, multiplier, visiting, total, inValue);
          visiting.delete(name);
        }
      }
    };

    return {
      OperationDefinition(node) {
        const root = rootType(schema, node.operation);
        const total: Measure = { depth: 0, aliases: 0, cost: 0 };
        measure(node.selectionSet, root, 1, 1, new Set(), total);
        const problem =
          total.depth > limits.maxDepth
            ? `Frågan är för djup: högst ${limits.maxDepth} nivåer är tillåtna.`
            : total.aliases > limits.maxAliases
              ? `Frågan har för många alias: högst ${limits.maxAliases} är tillåtna.`
              : total.cost > limits.maxCost
                ? `Frågan är för stor: den skulle kunna hämta fler än ${limits.maxCost} objekt. Be om färre åt gången.`
                : undefined;
        if (problem) {
          context.reportError(new GraphQLError(problem, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
        }
      },
    };
  };
}

function rootType(schema: GraphQLSchema, operation: 'query' | 'mutation' | 'subscription'): GraphQLCompositeType | undefined {
  const type = operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return type ?? undefined;
}
