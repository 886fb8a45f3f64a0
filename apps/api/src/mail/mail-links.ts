import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_KINDS, MAIL_STOP_PATH, mailStopPayload, readMailStopToken, type Locale, type MailKind, type MailStopClaim } from '@portal/shared-domain';

// Domain separation: the key signs nothing else, but a later use must not accept a stop token.
const CONTEXT = 'projektkontor:mail-stop:';

function signature(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret)
    .update(CONTEXT + payload)
    .digest('base64url');
}

/** The signed stop token for an address and topic: readable (the stop page shows it), unforgeable without the key. */
export function signMailStop(secret: Buffer, claim: MailStopClaim): string {
  const payload = mailStopPayload({ email: claim.email.trim().toLowerCase(), topic: claim.topic });
  return `${payload}.${signature(secret, payload)}`;
}

/** The token's claim when its signature is ours, else null (forged, altered or malformed). */
export function verifyMailStop(secret: Buffer, token: string): MailStopClaim | null {
  const read = readMailStopToken(token);
  if (!read) return null;
  const expected = Buffer.from(signature(secret, read.payload));
  const given = Buffer.from(read.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? read.claim : null;
}

/** Absolute links for mails: into the portal, and the stop link of a kind of mail to an address. */
export class MailLinks {
  readonly portalUrl: string;

  constructor(
    publicUrl: string,
    private readonly secret: Buffer,
  ) {
    this.portalUrl = publicUrl.replace(/\/+$/, '');
  }

  /** `path` from the web app's site map, e.g. `/initiativ/<id>`. */
  portal(path: string): string {
    return `${this.portalUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** The stop page for every kind of mail in `kind`'s topic, in the mail's language. */
  stop(email: string, kind: MailKind, locale: Locale): string {
    const token = signMailStop(this.secret, { email, topic: MAIL_KINDS[kind] });
    return this.portal(`${MAIL_STOP_PATH}?t=${encodeURIComponent(token)}${locale === 'en' ? '&sprak=en' : ''}`);
  }

  verifyStop(token: string): MailStopClaim | null {
    return verifyMailStop(this.secret, token);
  }
}
