import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import { InitiativeRow } from '../initiatives/initiative.entity.js';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';
import { MethodRow } from './method.entity.js';

/**
 * An initiative uses a method. Owned by the initiative's organisation (which alone links and
 * unlinks); readable only when both the initiative and the method are (row-level security), so
 * a link never tells anyone about a private initiative or method.
 */
@Entity({ name: 'initiative_method' })
@Unique('UQ_initiative_method', ['initiativeId', 'methodId'])
@Index('IDX_initiative_method_method', ['methodId'])
export class InitiativeMethodRow extends TenantOwnedRow {
  /** The link itself hides nothing; both ends must be readable too, so `public` defers to them. */
  @VisibilityColumn('public')
  visibility!: VisibilityCode;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeRow;

  @Column({ name: 'method_id', type: 'uuid' })
  methodId!: string;

  @ManyToOne(() => MethodRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'method_id' })
  method?: MethodRow;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
