import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';
import { MaterialRow } from './material.entity.js';

/**
 * One published version of a material: its number, change note and files. A file kept from the
 * version before is referenced again (`file_ids`), not copied. Read with its material (policy).
 */
@Entity({ name: 'material_version' })
@Unique('UQ_material_version_number', ['materialId', 'number'])
@Check('CHK_material_version_number', `"number" > 0`)
export class MaterialVersionRow extends TenantOwnedRow {
  @VisibilityColumn('public')
  visibility!: VisibilityCode;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId!: string;

  @ManyToOne(() => MaterialRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: MaterialRow;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** The version's files in the order shown. */
  @Column({ name: 'file_ids', type: 'uuid', array: true, default: () => "'{}'" })
  fileIds!: string[];

  @Column({ name: 'created_by_id', type: 'text' })
  createdById!: string;

  @Column({ name: 'created_by_name', type: 'text' })
  createdByName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
