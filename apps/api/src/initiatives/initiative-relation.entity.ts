import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { InitiativeRow } from './initiative.entity.js';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';

/**
 * `from` builds on / is the successor of / is part of `to`. Owned by the organisation of `from`;
 * readable by whoever can read both ends (row-level security).
 */
@Entity({ name: 'initiative_relation' })
@Unique('UQ_initiative_relation', ['fromId', 'toId', 'kind'])
@Check('CHK_initiative_relation_kind', `"kind" IN ('builds-on', 'successor-of', 'part-of', 'coordinated-with')`)
@Check('CHK_initiative_relation_self', `"from_id" <> "to_id"`)
@Index('IDX_initiative_relation_to', ['toId'])
export class InitiativeRelationRow extends TenantOwnedRow {
  /** Who may read the link itself; both ends must be readable too, so `public` defers to them. */
  @VisibilityColumn('public')
  visibility!: VisibilityCode;

  @Column({ name: 'from_id', type: 'uuid' })
  fromId!: string;

  @ManyToOne(() => InitiativeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_id' })
  from?: InitiativeRow;

  @Column({ name: 'to_id', type: 'uuid' })
  toId!: string;

  @ManyToOne(() => InitiativeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_id' })
  to?: InitiativeRow;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
