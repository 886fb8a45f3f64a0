import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InitiativeRow } from './initiative.entity.js';
import type { VisibilityCode } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';

/** The audit log of one initiative: every change, who, when, which fields, before and after. Append-only. */
@Entity({ name: 'initiative_change' })
@Index('IDX_initiative_change_initiative', ['initiativeId', 'createdAt'])
export class InitiativeChangeRow extends TenantOwnedRow {
  /** History is for signed-in readers of the initiative; see the row-level security policy. */
  @VisibilityColumn('region')
  visibility!: VisibilityCode;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeRow;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: StoredFieldChange[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
