import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import { rateLimitPlugin } from '../rate-limit/rate-limit.plugin.js';
import type { PortalRateLimiter } from '../rate-limit/portal-rate-limiter.js';
import { requestTransactionPlugin } from '../request/request-transaction.plugin.js';
import { formatGraphQLError } from './format-error.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from './query-limits.rule.js';
import { supportedOperationsRule } from './supported-operations.rule.js';

/** Parser limit: a document with more tokens is refused with 400 before it is parsed further. */
export const MAX_TOKENS = 5000;

export function graphqlOptions(production: boolean, logger: Logger, rateLimiter: PortalRateLimiter): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention (on by default) needs a JSON content type or a custom header.
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [supportedOperationsRule, queryLimitsRule(DEFAULT_QUERY_LIMITS)],
    plugins: [
      rateLimitPlugin(rateLimiter, logger),
      requestTransactionPlugin(),
      // The portal sets no cache hints; Apollo's default cache-control plugin would wrap every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
    ],
    formatError: (formatted, error) => formatGraphQLError(formatted, error, logger),
    context: ({ req }: { req: unknown }) => ({ req }),
  };
}
