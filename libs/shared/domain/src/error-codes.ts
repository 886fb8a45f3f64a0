import type { Localized } from './localized.js';

/**
 * The only values `extensions.code` takes on a GraphQL error from the portal's API.
 * Clients switch on these; the messages are what a user is shown when the server sends none.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID_QUERY',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_MESSAGES: Readonly<Record<ErrorCode, Localized>> = {
  BAD_USER_INPUT: {
    sv: 'Uppgifterna är inte giltiga. Rätta det som är markerat och försök igen.',
    en: 'The input is not valid. Correct the marked fields and try again.',
  },
  INVALID_QUERY: { sv: 'Frågan till servern är felaktig.', en: 'The request to the server is malformed.' },
  QUERY_TOO_COMPLEX: { sv: 'Frågan är för stor eller för djup. Be om mindre åt gången.', en: 'The request is too large or too deep. Ask for less at a time.' },
  UNAUTHENTICATED: { sv: 'Du behöver logga in (igen) för att fortsätta.', en: 'You need to sign in (again) to continue.' },
  FORBIDDEN: { sv: 'Du har inte behörighet att göra det här.', en: 'You are not allowed to do this.' },
  NOT_FOUND: {
    sv: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    en: 'What you are looking for does not exist, or you do not have access to it.',
  },
  CONFLICT: {
    sv: 'Någon annan har ändrat uppgifterna under tiden. Ladda om och försök igen.',
    en: 'Someone else changed the data in the meantime. Reload and try again.',
  },
  RATE_LIMITED: { sv: 'För många förfrågningar. Vänta en stund och försök igen.', en: 'Too many requests. Wait a moment and try again.' },
  SERVICE_UNAVAILABLE: {
    sv: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
    en: 'The service is temporarily unavailable. Try again shortly.',
  },
  INTERNAL: {
    sv: 'Något gick fel hos oss. Försök igen, och kontakta supporten om felet kvarstår.',
    en: 'Something went wrong on our side. Try again, and contact support if it persists.',
  },
};

/** RATE_LIMITED when the answer says how long to wait (`extensions.retryAfterSeconds`, `Retry-After`). */
export function rateLimitedMessage(seconds: number): Localized {
  return {
    sv: `För många förfrågningar på kort tid. Vänta ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'} och försök igen.`,
    en: `Too many requests in a short time. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
  };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
