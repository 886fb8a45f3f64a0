import { randomUUID } from 'node:crypto';
import { isLocale, isMailKind } from '@portal/shared-domain';
import type { OutgoingMail } from './outgoing-mail.js';

/** Checked once here for every path into the outbox: a bad address or header is the caller's bug, never a mail. */
/** The same test in PostgreSQL's regex syntax, for queries that pick recipients. */
export const MAIL_ADDRESS_PATTERN = '^[^[:space:]@<>,;"]+@[^[:space:]@<>,;"]+\\.[^[:space:]@<>,;"]+$';
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const MAX_ATTACHMENT_CHARS = 2_000_000;

export function checkOutgoingMail(mail: OutgoingMail): void {
  const problems: string[] = [];
  if (!isMailKind(mail.kind)) problems.push(`unknown kind ${String(mail.kind)}`);
  if (!EMAIL.test(mail.to.email.trim())) problems.push('recipient address');
  if (!isLocale(mail.locale)) problems.push('locale');
  // CR/LF in a header would let text become headers of its own.
  if (!mail.subject.trim() || /[\r\n]/.test(mail.subject) || /[\r\n]/.test(mail.to.name ?? '')) problems.push('subject or name on one line');
  if (!mail.text.trim() || !mail.html.trim()) problems.push('text and html');
  for (const attachment of mail.attachments ?? []) {
    if (!attachment.filename || /[\r\n/\\]/.test(attachment.filename) || !/^[\w.+-]+\/[\w.+-]+(;.*)?$/.test(attachment.contentType))
      problems.push('attachment');
    if (attachment.content.length > MAX_ATTACHMENT_CHARS) problems.push('attachment size');
  }
  if (problems.length > 0) throw new Error(`Outgoing mail rejected: ${problems.join(', ')}`);
}

/**
 * One INSERT of one mail, for the API (created_by = the request's user, which row-level security
 * checks) and for the worker's own mail (created_by null, as the owner role). The id is made
 * here, so the statement needs no RETURNING and the API role no right to read the outbox.
 */
export function mailInsert(
  mail: OutgoingMail,
  options: { readonly maxAttempts: number; readonly createdBy: string | null },
): { sql: string; params: unknown[]; id: string } {
  checkOutgoingMail(mail);
  const id = randomUUID();
  return {
    id,
    sql: `INSERT INTO mail_message (id, kind, recipient_email, recipient_name, locale, subject, text, html, attachments, max_attempts, created_by)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
    params: [
      id,
      mail.kind,
      mail.to.email.trim(),
      mail.to.name?.trim() ?? '',
      mail.locale,
      mail.subject.trim(),
      mail.text,
      mail.html,
      JSON.stringify((mail.attachments ?? []).map(({ filename, contentType, content }) => ({ filename, contentType, content }))),
      options.maxAttempts,
      options.createdBy,
    ],
  };
}
