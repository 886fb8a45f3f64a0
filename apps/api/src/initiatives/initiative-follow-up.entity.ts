import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { InitiativeRow } from './initiative.entity.js';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';

/** A follow-up due after an initiative ended (+6 months, +1 year, +2 years): what lived on. */
@Entity({ name: 'initiative_follow_up' })
@Unique('UQ_initiative_follow_up_milestone', ['initiativeId', 'milestone'])
@Check('CHK_initiative_follow_up_milestone', `"milestone" IN ('6-months', '1-year', '2-years')`)
@Check('CHK_initiative_follow_up_status', `"status" IS NULL OR "status" IN ('implemented', 'partly-implemented', 'spread', 'discontinued', 'unknown')`)
@Index('IDX_initiative_follow_up_due', ['dueDate'])
@Index('IDX_initiative_follow_up_initiative', { synchronize: false })
export class InitiativeFollowUpRow extends TenantOwnedRow {
  /** Follows the initiative's visibility (kept in step by the service). */
  @VisibilityColumn()
  visibility!: VisibilityCode;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeRow;

  @Column({ type: 'text' })
  milestone!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ name: 'lives_on', type: 'text', default: '' })
  livesOn!: string;

  @Column({ name: 'owner_now', type: 'text', default: '' })
  ownerNow!: string;

  @Column({ name: 'evidence_url', type: 'text', default: '' })
  evidenceUrl!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy!: string | null;

  /** When the initiative's contact was mailed that this follow-up is due (once; see mail/follow-up-reminders.ts). */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;
}
