import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address that stopped a kind of mail, through the signed link in a mail (`stopMail`). The
 * outbox's trigger marks new mail of that kind to that address `skipped` instead of queuing it.
 * The API role may only add rows: it never learns who stopped what. No tenant data, so no
 * row-level security (like `membership_revocation`).
 */
@Entity({ name: 'mail_opt_out' })
export class MailOptOutRow {
  /** Lower case: the comparison ignores case as mail servers do in practice. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_mail_opt_out' })
  email!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_mail_opt_out' })
  kind!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
