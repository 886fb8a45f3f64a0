import type { CombinedError } from 'urql';
import { isErrorCode, type ErrorCode } from '@portal/shared-domain';

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
