import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

const OPERATION_NAMES = { query: 'frågor', mutation: 'ändringar', subscription: 'prenumerationer' } as const;

/**
 * graphql 16 validates a subscription against a schema without a subscription type and only fails
 * at execution (reported as an internal error). Refuse it in validation instead, so the client
 * gets 400 INVALID_QUERY like any other query the schema cannot answer.
 */
export function supportedOperationsRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(new GraphQLError(`Portalen stöder inte ${OPERATION_NAMES[node.operation]}.`, { nodes: [node] }));
      }
    },
  };
}
