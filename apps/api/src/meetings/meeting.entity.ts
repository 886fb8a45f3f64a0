import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MeetingStatusCode } from '@portal/shared-domain';
import { NetworkRow } from '../networks/network.entity.js';
import { MeetingSeriesRow } from './meeting-series.entity.js';

/**
 * One meeting of a network: single, or an occurrence of a series (`series_id`, `original_date`).
 * `detached` marks an exception (moved, edited or cancelled on its own), which a change of the
 * series' rule keeps. `sequence` rises with every change a calendar must see (iCalendar SEQUENCE).
 */
@Entity({ name: 'meeting' })
@Unique('UQ_meeting_occurrence', ['seriesId', 'originalDate'])
@Check('CHK_meeting_status', `"status" IN ('planned', 'held', 'cancelled')`)
@Check('CHK_meeting_times', `"ends_at" > "starts_at"`)
@Index('IDX_meeting_network_start', ['networkId', 'startsAt'])
export class MeetingRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => MeetingSeriesRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: MeetingSeriesRow;

  @Column({ name: 'original_date', type: 'date', nullable: true })
  originalDate!: string | null;

  @Column({ type: 'boolean', default: false })
  detached!: boolean;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: '' })
  location!: string;

  @Column({ name: 'online_url', type: 'text', default: '' })
  onlineUrl!: string;

  @Column({ type: 'text', default: 'planned' })
  status!: MeetingStatusCode;

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
