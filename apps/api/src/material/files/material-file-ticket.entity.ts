import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MaterialFileRow } from './material-file.entity.js';

/**
 * A short-lived link to download or preview one file, made for one signed-in user (a browser
 * cannot send the bearer token with a plain link or a frame). Only the hash of the token is
 * kept; the download runs under that user's row-level security again, so a removed network
 * member or an archived material stops the link at once.
 */
@Entity({ name: 'material_file_ticket' })
@Index('IDX_material_file_ticket_expires', ['expiresAt'])
export class MaterialFileTicketRow {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => MaterialFileRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: MaterialFileRow;

  @Column({ name: 'user_id', type: 'text' })
  userId!: string;

  /** The request settings the link was made under (see RequestDatabase). */
  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'text' })
  roles!: string;

  @Column({ type: 'boolean' })
  member!: boolean;

  @Column({ name: 'organization_admin', type: 'boolean' })
  organizationAdmin!: boolean;

  @Column({ type: 'boolean' })
  preview!: boolean;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
