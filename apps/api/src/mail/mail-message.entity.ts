import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MailAttachment } from './outgoing-mail.js';

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The outbox: every mail the portal sends, written in the transaction of the change that caused
 * it; a trigger queues its graphile-worker job in the same transaction, so a rolled-back request
 * sends nothing and a committed one never loses its mail. The row is also the record of what was
 * sent: `sent` with `sent_at`, or `failed` after the last attempt with `last_error`; `skipped`
 * when the address has stopped this kind (`mail_opt_out`). Forced row-level security: the API
 * role only inserts, as itself; the worker (the owner role) reads and updates.
 */
@Entity({ name: 'mail_message' })
@Check('CHK_mail_message_status', `"status" IN ('queued', 'sent', 'failed', 'skipped')`)
@Check('CHK_mail_message_locale', `"locale" IN ('sv', 'en')`)
@Check('CHK_mail_message_attempts', `"attempts" >= 0 AND "max_attempts" BETWEEN 1 AND 100`)
@Index('IDX_mail_message_created', ['createdAt'])
export class MailMessageRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mail_message' })
  id!: string;

  /** A MailKind (`network-invitation`, `follow-up-reminder`, …); a code, so new kinds need no migration. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'recipient_email', type: 'text' })
  recipientEmail!: string;

  @Column({ name: 'recipient_name', type: 'text', default: '' })
  recipientName!: string;

  @Column({ type: 'text' })
  locale!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: MailAttachment[];

  @Column({ type: 'text', default: 'queued' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Copied into the job by the trigger; after this many failed attempts the row is `failed`. */
  @Column({ name: 'max_attempts', type: 'smallint', default: 25 })
  maxAttempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** The user whose request caused the mail; null for the portal's own (reminders). */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
