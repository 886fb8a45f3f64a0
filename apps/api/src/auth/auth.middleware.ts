import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestContextStorage, type RequestContext } from '../request/request-context.js';
import { finishRequestTransaction } from '../request/request-database.js';
import { TokenRejectedError, type TokenVerifier } from './token-verifier.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
// Below Node's 16 kB header limit, above any real Keycloak token.
const MAX_TOKEN_LENGTH = 12_000;

/**
 * Runs the rest of the request inside its RequestContext, after verifying the bearer token if
 * there is one. A bad token does not stop the request here: the policy guard answers
 * UNAUTHENTICATED in GraphQL's shape, with no detail; the reason goes to the log.
 */
export function authMiddleware(verifier: TokenVerifier, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers['x-organization'];
    const context: RequestContext = {
      requestId: String((req as { id?: unknown }).id ?? ''),
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      principal: undefined,
      authFailed: false,
      organizationHeader: typeof header === 'string' ? header : Array.isArray(header) ? header.join(',') : undefined,
      locale: /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'sv',
      activeOrganization: undefined,
      transaction: undefined,
    };
    // Safety net: a response that ends without Apollo's hook (aborted, crashed) rolls back.
    res.on('close', () => {
      finishRequestTransaction(context, false).catch((error: unknown) => logger.error({ err: error }, 'Kunde inte avsluta transaktionen'));
    });
    const reject = (reason: string) => {
      context.authFailed = true;
      logger.warn({ reqId: context.requestId, reason }, 'Åtkomsttoken avvisad');
    };

    const run = () => requestContextStorage.run(context, () => next());
    // Tokens in URLs end up in logs and browser history: never accepted there.
    if (req.query && typeof req.query === 'object' && ('access_token' in req.query || 'token' in req.query)) {
      reject('token in query string');
      run();
      return;
    }
    // Node joins repeated headers; two Authorization headers mean a confused or smuggling client.
    if ((req.headersDistinct['authorization']?.length ?? 0) > 1) {
      reject('several Authorization headers');
      run();
      return;
    }
    const authorization = req.headers.authorization;
    if (authorization === undefined) {
      run();
      return;
    }
    const match = authorization.length <= MAX_TOKEN_LENGTH ? BEARER.exec(authorization) : null;
    if (!match?.[1]) {
      reject('malformed Authorization header');
      run();
      return;
    }
    verifier
      .verify(match[1])
      .then((principal) => {
        context.principal = principal;
      })
      .catch((error: unknown) => {
        reject(error instanceof TokenRejectedError ? error.reason : `unexpected: ${String(error)}`);
      })
      .finally(run);
  };
}
