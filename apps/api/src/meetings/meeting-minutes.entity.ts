import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MeetingRow } from './meeting.entity.js';

/**
 * A meeting's minutes (Markdown). A draft is read by the chairs and secretaries only; published
 * minutes by every member (the row-level security policy says so, not the resolver).
 */
@Entity({ name: 'meeting_minutes' })
@Check('CHK_meeting_minutes_status', `"status" IN ('draft', 'published')`)
export class MeetingMinutesRow {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @OneToOne(() => MeetingRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingRow;

  /** Copied from the meeting so the policy needs no join. */
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: 'draft' | 'published';

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'updated_by_name', type: 'text', default: '' })
  updatedByName!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
