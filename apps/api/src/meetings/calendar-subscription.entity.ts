import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkRow } from '../networks/network.entity.js';

/**
 * A calendar feed address: one network's meetings, or (no network) all the user's networks'. Only
 * the SHA-256 of the token is kept; the address is shown once. Revoked feeds answer 404.
 */
@Entity({ name: 'calendar_subscription' })
@Index('UQ_calendar_subscription_token', ['tokenHash'], { unique: true })
@Index('IDX_calendar_subscription_user', ['userId'])
export class CalendarSubscriptionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId!: string | null;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
