import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NetworkRow } from '../networks/network.entity.js';
import { MeetingRow } from './meeting.entity.js';

/** A decision, numbered per network and year ("Beslut 2027:3"), usually taken at a meeting. */
@Entity({ name: 'network_decision' })
@Unique('UQ_network_decision_number', ['networkId', 'year', 'number'])
@Index('IDX_network_decision_meeting', ['meetingId'])
export class NetworkDecisionRow {
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

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', default: '' })
  responsible!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
