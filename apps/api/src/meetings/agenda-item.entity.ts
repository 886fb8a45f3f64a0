import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ShareableKind } from '@portal/shared-domain';
import { MeetingRow } from './meeting.entity.js';

/** A record an agenda item is about; its title is read under the reader's row-level security. */
export interface StoredAgendaLink {
  kind: ShareableKind;
  id: string;
}

/** One point on a meeting's agenda, in order. */
@Entity({ name: 'agenda_item' })
@Index('IDX_agenda_item_meeting', ['meetingId', 'position'])
export class AgendaItemRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingRow;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  presenter!: string;

  /** Local start time ('HH:MM') or empty. */
  @Column({ name: 'starts_at', type: 'text', default: '' })
  startsAt!: string;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links!: StoredAgendaLink[];
}
