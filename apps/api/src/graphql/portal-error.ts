import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@portal/shared-domain';

/** Field name → Swedish message, shown next to the field in the web app. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * An error meant for the client: its message is Swedish and safe to show, its code is one of
 * ERROR_CODES. Anything else thrown in a resolver is reported as INTERNAL with a generic text.
 */
export class PortalError extends GraphQLError {
  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors, details?: Readonly<Record<string, unknown>>) {
    super(message, { extensions: { code, ...(fieldErrors ? { fieldErrors } : {}), ...(details ?? {}) } });
    this.name = 'PortalError';
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export const badUserInput = (message: string, fieldErrors?: FieldErrors) => new PortalError('BAD_USER_INPUT', message, fieldErrors);
export const notFound = (message = 'Det du söker finns inte, eller så har du inte tillgång till det.') => new PortalError('NOT_FOUND', message);
export const forbidden = (message = 'Du har inte behörighet att göra det här.') => new PortalError('FORBIDDEN', message);
export const unauthenticated = (message = 'Du behöver logga in för att fortsätta.') => new PortalError('UNAUTHENTICATED', message);
export const conflict = (message: string, details?: Readonly<Record<string, unknown>>) => new PortalError('CONFLICT', message, undefined, details);
