import type { GraphQLFormattedError } from 'graphql';
import { ERROR_MESSAGES, isErrorCode, type ErrorCode } from '@portal/shared-domain';

export interface ErrorLogger {
  error(details: object, message: string): void;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  extensions?: Record<string, unknown>;
  originalError?: unknown;
  status?: unknown;
  code?: unknown;
  getStatus?: () => number;
}

const HTTP_STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

// Node and pg error codes that mean "the database cannot be reached right now".
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006']);

function asErrorLike(value: unknown): ErrorLike | undefined {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : undefined;
}

/** Walks `originalError` links, outermost first. */
function chain(error: unknown): ErrorLike[] {
  const links: ErrorLike[] = [];
  let current = asErrorLike(error);
  while (current && links.length < 10 && !links.includes(current)) {
    links.push(current);
    current = asErrorLike(current.originalError);
  }
  return links;
}

function isDatabaseUnavailable(links: ErrorLike[]): boolean {
  return links.some((link) => {
    const code = typeof link.code === 'string' ? link.code : undefined;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    const message = typeof link.message === 'string' ? link.message : '';
    return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message);
  });
}

/** Whether an error (or one it wraps) means the database cannot be reached now: for the REST routes' 503. */
export function databaseUnavailable(error: unknown): boolean {
  return isDatabaseUnavailable(chain(error));
}

/** graphql-js appends schema hints ("Did you mean …?") that would let anyone map the schema. */
export function stripSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

/**
 * The one place that decides what of an error reaches a client: a code from ERROR_CODES, a
 * Swedish message that reveals nothing internal, locations and path. Everything else is logged.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, logger: ErrorLogger): GraphQLFormattedError {
  const links = chain(error);
  const apolloCode = formatted.extensions?.['code'];
  const base = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };

  // Our own errors, raised on purpose with a user-facing message (resolvers and validation rules).
  for (const link of links) {
    const code = link.extensions?.['code'];
    if (link.name === 'PortalError' && isErrorCode(code)) {
      // Everything on a PortalError's extensions was put there on purpose for the client.
      return { message: String(link.message), ...base, extensions: { ...link.extensions, code } };
    }
    if (code === 'QUERY_TOO_COMPLEX') {
      return { message: String(link.message), ...base, extensions: { code } };
    }
  }

  switch (apolloCode) {
    case 'GRAPHQL_PARSE_FAILED':
      return { message: `Frågan kunde inte tolkas: ${stripSuggestions(formatted.message)}`, ...base, extensions: { code: 'INVALID_QUERY' } };
    case 'GRAPHQL_VALIDATION_FAILED':
      return { message: `Frågan är ogiltig: ${stripSuggestions(formatted.message)}`, ...base, extensions: { code: 'INVALID_QUERY' } };
    case 'BAD_USER_INPUT':
      return { message: `Ogiltiga indata: ${stripSuggestions(formatted.message)}`, ...base, extensions: { code: 'BAD_USER_INPUT' } };
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'BAD_REQUEST':
      if (!links.some((link) => typeof link.getStatus === 'function')) {
        return { message: ERROR_MESSAGES.INVALID_QUERY.sv, ...base, extensions: { code: 'INVALID_QUERY' } };
      }
  }

  // Nest HTTP exceptions (guards, pipes) carry a status.
  for (const link of links) {
    const status = typeof link.getStatus === 'function' ? link.getStatus() : undefined;
    const code = status !== undefined ? HTTP_STATUS_CODES[status] : undefined;
    if (code) return { message: ERROR_MESSAGES[code].sv, ...base, extensions: { code } };
  }

  if (isDatabaseUnavailable(links)) {
    logger.error({ err: error, path: formatted.path }, 'Databasen kunde inte nås under en GraphQL-förfrågan');
    return { message: ERROR_MESSAGES.SERVICE_UNAVAILABLE.sv, ...base, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }

  logger.error({ err: error, path: formatted.path, originalMessage: formatted.message }, 'Oväntat fel i GraphQL');
  return { message: ERROR_MESSAGES.INTERNAL.sv, ...base, extensions: { code: 'INTERNAL' } };
}
