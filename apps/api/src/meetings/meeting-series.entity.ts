import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkRow } from '../networks/network.entity.js';

/**
 * A network's recurring meeting: an RRULE (without DTSTART) from a first date, at a local time in
 * Europe/Stockholm. Its occurrences are kept as `meeting` rows up to a horizon, so each one can
 * carry an agenda and minutes, be moved or cancelled (an exception) and survive a change of rule.
 */
@Entity({ name: 'meeting_series' })
@Index('IDX_meeting_series_network', ['networkId'])
export class MeetingSeriesRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  rrule!: string;

  @Column({ name: 'first_date', type: 'date' })
  firstDate!: string;

  /** Local wall-clock times ('HH:MM'), kept across daylight-saving changes. */
  @Column({ name: 'start_time', type: 'text' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'text' })
  endTime!: string;

  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Stockholm' })
  timeZone!: string;

  @Column({ type: 'text', default: '' })
  location!: string;

  @Column({ name: 'online_url', type: 'text', default: '' })
  onlineUrl!: string;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
