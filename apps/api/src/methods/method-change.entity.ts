import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';
import { MethodRow } from './method.entity.js';

/**
 * The history of one method, shaped exactly like `initiative_change`, written and read through the
 * shared change log (apps/api/src/change-log, METHOD_CHANGE_LOG). Append-only.
 */
@Entity({ name: 'method_change' })
@Index('IDX_method_change_method', ['methodId', 'createdAt'])
export class MethodChangeRow extends TenantOwnedRow {
  /** History is for signed-in readers of the method; see the row-level security policy. */
  @VisibilityColumn('region')
  visibility!: VisibilityCode;

  @Column({ name: 'method_id', type: 'uuid' })
  methodId!: string;

  @ManyToOne(() => MethodRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'method_id' })
  method?: MethodRow;

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
