import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingRow } from './meeting.entity.js';

/** Who came to a held meeting and from which organisation (members and guests alike). */
@Entity({ name: 'meeting_attendance' })
@Index('IDX_meeting_attendance_meeting', ['meetingId'])
export class MeetingAttendanceRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingRow;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  /** A member's user id; null for a guest. */
  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'organization_name', type: 'text', default: '' })
  organizationName!: string;
}
