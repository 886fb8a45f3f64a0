import { Check, Column, CreateDateColumn } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantOwnedRow, VisibilityColumn } from './tenant-owned-row.entity.js';

/**
 * A register record (an initiative, a method): versioned for optimistic locking, archived rather
 * than deleted, with its timestamps. Archived records are read only by their own organisation
 * (`app.can_read_record` in the policy; see `secureTenantTable`).
 */
@Check('CHK_version', `"version" > 0`)
export abstract class TenantRecordRow extends TenantOwnedRow {
  /** Records start private: the owner decides when others may read them. */
  @VisibilityColumn()
  visibility!: VisibilityCode;

  /** Rises with every change; a write names the version it read (CONFLICT otherwise). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  // Set by the writes themselves (`updated_at = now()`), so a no-op save does not move it.
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
