import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The key that signs stop links, made once by the migration so every API instance signs alike
 * without configuration. Read at start-up by the owner role; the API role has no privilege on it.
 */
@Entity({ name: 'mail_secret' })
@Check('CHK_mail_secret_single', `"id" = 1`)
export class MailSecretRow {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_mail_secret' })
  id!: number;

  @Column({ type: 'bytea' })
  secret!: Buffer;
}
