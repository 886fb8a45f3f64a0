import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantOwnedRow, VisibilityColumn } from '../tenancy/tenant-owned-row.entity.js';

/**
 * Append-only record of administrative actions (membership, roles, new organisations), owned by
 * the organisation it concerns. Tenant-owned: row-level security decides who sees a row.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_organization_created', ['organizationId', 'createdAt'])
export class AuditEvent extends TenantOwnedRow {
  @VisibilityColumn()
  visibility!: VisibilityCode;

  /** Keycloak user id (`sub`) of whoever acted. */
  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_username', type: 'text' })
  actorUsername!: string;

  /** e.g. `member.invited`, `member.removed`, `role.granted`, `organization.created`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
