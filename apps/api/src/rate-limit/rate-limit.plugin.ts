import type { ApolloServerPlugin } from '@apollo/server';
import { PortalError } from '../graphql/portal-error.js';
import { currentRequestContext } from '../request/request-context.js';
import { classifyOperation, type LimitedKind } from './operation-classifier.js';
import type { PortalRateLimiter } from './portal-rate-limiter.js';

export interface RateLimitLogger {
  warn(details: object, message: string): void;
}

const WHAT: Readonly<Record<LimitedKind, string>> = { write: 'ändringar', search: 'sökningar' };

export function rateLimitedError(kind: LimitedKind, retryAfterSeconds: number): PortalError {
  const wait = `${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'sekund' : 'sekunder'}`;
  return new PortalError('RATE_LIMITED', `För många ${WHAT[kind]} på kort tid. Vänta ${wait} och försök igen.`, undefined, { retryAfterSeconds });
}

/**
 * Counts writes and expensive searches per user and per client address once Apollo has parsed,
 * validated and chosen the operation (so a broken document costs nothing and is answered as
 * before), and before anything runs: a refused request opens no transaction and changes nothing.
 * Refusals are HTTP 429 with Retry-After and a RATE_LIMITED error in GraphQL's shape.
 */
export function rateLimitPlugin(limiter: PortalRateLimiter, logger: RateLimitLogger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, response }) {
          if (!operation) return;
          const cost = classifyOperation(document, operation, request.variables);
          if (!cost) return;
          const context = currentRequestContext();
          const keys = { userId: context?.principal?.userId, address: context?.clientAddress ?? 'unknown' };
          const refused = await limiter.consume(cost.kind, keys, cost.points);
          if (!refused) return;
          // One line when a client goes over a limit, not one per refused request during a flood.
          if (refused.firstInWindow) {
            logger.warn(
              { reqId: context?.requestId, kind: cost.kind, scope: refused.scope, userId: keys.userId, address: keys.address },
              'Gränsen för antal förfrågningar nådd (RATE_LIMITED)',
            );
          }
          response.http.status = 429;
          response.http.headers.set('retry-after', String(refused.retryAfterSeconds));
          throw rateLimitedError(cost.kind, refused.retryAfterSeconds);
        },
      };
    },
  };
}
