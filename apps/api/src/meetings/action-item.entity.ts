import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionItemStatusCode } from '@portal/shared-domain';
import { NetworkRow } from '../networks/network.entity.js';
import { MeetingRow } from './meeting.entity.js';

/**
 * Something a network agreed someone will do. Raised at a meeting and carried to the next ones
 * (shown on each later meeting) until it is done.
 */
@Entity({ name: 'action_item' })
@Check('CHK_action_item_status', `"status" IN ('open', 'done')`)
@Index('IDX_action_item_network', ['networkId', 'status'])
export class ActionItemRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingRow;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'owner_name', type: 'text', default: '' })
  ownerName!: string;

  /** The member who owns it, if a member does: they may mark it done. */
  @Column({ name: 'owner_user_id', type: 'text', nullable: true })
  ownerUserId!: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: ActionItemStatusCode;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
