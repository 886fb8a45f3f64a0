import type { CombinedError } from 'urql';
import { ERROR_MESSAGES, isErrorCode, rateLimitedMessage, type ErrorCode, type Locale } from '@portal/shared-domain';

const HTTP_STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  429: 'RATE_LIMITED',
};

function httpStatus(response: unknown): number | undefined {
  if (typeof response !== 'object' || response === null || !('status' in response)) return undefined;
  return typeof response.status === 'number' ? response.status : undefined;
}

/**
 * The portal error code behind a failed request: the first known `extensions.code` from the API;
 * for a request that never got a GraphQL answer, what its HTTP status says, else
 * SERVICE_UNAVAILABLE; INTERNAL when the API answered with a code we do not know.
 */
export function errorCodeOf(error: CombinedError): ErrorCode {
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions['code'];
    if (isErrorCode(code)) return code;
  }
  if (error.networkError) {
    const status = httpStatus(error.response);
    return (status !== undefined ? HTTP_STATUS_CODES[status] : undefined) ?? 'SERVICE_UNAVAILABLE';
  }
  return 'INTERNAL';
}

/** Seconds to wait before retrying: the API's `extensions.retryAfterSeconds`, else a `Retry-After` in seconds (a proxy's 429). */
export function retryAfterSecondsOf(error: CombinedError): number | undefined {
  for (const graphQLError of error.graphQLErrors) {
    const seconds = graphQLError.extensions['retryAfterSeconds'];
    if (typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0) return seconds;
  }
  const response: unknown = error.response;
  const headers = typeof response === 'object' && response !== null && 'headers' in response ? response.headers : undefined;
  const header = headers instanceof Headers ? headers.get('retry-after') : null;
  return header !== null && /^\d+$/.test(header.trim()) && Number(header) > 0 ? Number(header) : undefined;
}

/**
 * What to tell the user about a failed request: for RATE_LIMITED how long to wait, in their
 * language; else the server's Swedish message, or the code's text when there is none or the
 * error is INTERNAL.
 */
export function errorMessageOf(error: CombinedError, locale: Locale): string {
  const code = errorCodeOf(error);
  if (code === 'RATE_LIMITED') {
    const seconds = retryAfterSecondsOf(error);
    return seconds !== undefined ? rateLimitedMessage(seconds)[locale] : ERROR_MESSAGES.RATE_LIMITED[locale];
  }
  const serverMessage = error.graphQLErrors[0]?.message;
  return serverMessage && code !== 'INTERNAL' ? serverMessage : ERROR_MESSAGES[code][locale];
}
