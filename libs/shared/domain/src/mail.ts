import type { Localized } from './localized.js';

/**
 * What people can stop receiving, each with the words the stop page and the mails use ("Du får
 * inte längre <label>"). A stop link names one topic and stops every kind of mail in it.
 */
export const MAIL_TOPICS = {
  'network-invitations': { sv: 'inbjudningar till nätverk', en: 'invitations to networks' },
  meetings: { sv: 'kallelser till möten, ändringar och inställda möten', en: 'meeting invitations, changes and cancellations' },
  minutes: { sv: 'meddelanden om publicerade protokoll', en: 'notices of published minutes' },
  'follow-up-reminders': { sv: 'påminnelser om uppföljningar', en: 'follow-up reminders' },
  'material-reviews': { sv: 'påminnelser om material att granska', en: 'reminders of material to review' },
} as const satisfies Readonly<Record<string, Localized>>;

export type MailTopic = keyof typeof MAIL_TOPICS;

/** Every kind of mail the portal sends (`mail_message.kind`), and the topic a stop link for it stops. */
export const MAIL_KINDS = {
  'network-invitation': 'network-invitations',
  'meeting-invitation': 'meetings',
  'meeting-update': 'meetings',
  'meeting-cancellation': 'meetings',
  'minutes-published': 'minutes',
  'follow-up-reminder': 'follow-up-reminders',
  'material-review-reminder': 'material-reviews',
} as const satisfies Readonly<Record<string, MailTopic>>;

export type MailKind = keyof typeof MAIL_KINDS;

export function isMailKind(value: unknown): value is MailKind {
  return typeof value === 'string' && Object.hasOwn(MAIL_KINDS, value);
}

export function isMailTopic(value: unknown): value is MailTopic {
  return typeof value === 'string' && Object.hasOwn(MAIL_TOPICS, value);
}

/** The kinds a topic's stop link stops. */
export function mailKindsOf(topic: MailTopic): MailKind[] {
  return (Object.keys(MAIL_KINDS) as MailKind[]).filter((kind) => MAIL_KINDS[kind] === topic);
}

/** Where a stop link points: the web page that asks before it stops anything (link scanners open links too). */
export const MAIL_STOP_PATH = '/e-post/avsluta';

/** What a stop link's token says, before the API has checked its signature. */
export interface MailStopClaim {
  readonly email: string;
  readonly topic: MailTopic;
}

const TOKEN_VERSION = 'v1';

/** The readable part of a stop token (`v1.<base64url(email \n topic)>`); the signature follows it after a dot. */
export function mailStopPayload(claim: MailStopClaim): string {
  return `${TOKEN_VERSION}.${base64UrlEncode(`${claim.email}\n${claim.topic}`)}`;
}

/**
 * Reads a stop token's claim without checking it, so the stop page can say what the link is for
 * before anything is sent; only the API's check of the signature decides. Null when malformed.
 */
export function readMailStopToken(token: string): { readonly claim: MailStopClaim; readonly payload: string; readonly signature: string } | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TOKEN_VERSION || !/^[A-Za-z0-9_-]+$/.test(parts[1] ?? '') || !/^[A-Za-z0-9_-]+$/.test(parts[2] ?? '')) {
    return null;
  }
  const decoded = base64UrlDecode(parts[1]!);
  const [email, topic, ...rest] = decoded?.split('\n') ?? [];
  if (!email || rest.length > 0 || !isMailTopic(topic) || !email.includes('@')) return null;
  return { claim: { email, topic }, payload: `${parts[0]}.${parts[1]}`, signature: parts[2]! };
}

// Base64url of UTF-8 text with btoa/atob, which Node and the browser both have.
function base64UrlEncode(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}
