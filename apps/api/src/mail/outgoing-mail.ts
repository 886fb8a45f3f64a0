import type { Locale, MailKind } from '@portal/shared-domain';

/**
 * A file sent with a mail; `content` is the file's text. A calendar invitation, with contentType
 * `text/calendar; charset=utf-8; method=REQUEST` (or CANCEL), is sent as the invitation itself (a
 * text/calendar part calendars act on) and as the .ics file (`application/ics`).
 */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** What a feature hands the outbox (`MailOutbox.enqueue`); `text` and `html` usually come from `composeMail`. */
export interface OutgoingMail {
  readonly kind: MailKind;
  readonly to: { readonly email: string; readonly name?: string };
  readonly locale: Locale;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly MailAttachment[];
}
