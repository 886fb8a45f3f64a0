import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';
import { MaterialRow } from './material.entity.js';

/** The history of one material, shaped like `method_change` (MATERIAL_CHANGE_LOG). Append-only. */
@Entity({ name: 'material_change' })
@Index('IDX_material_change_material', ['materialId', 'createdAt'])
export class MaterialChangeRow extends TenantOwnedRow {
  @VisibilityColumn('region')
  visibility!: VisibilityCode;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId!: string;

  @ManyToOne(() => MaterialRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: MaterialRow;

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
