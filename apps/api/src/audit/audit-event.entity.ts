import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';

/**
 * Append-only record of administrative actions (membership, roles, new organisations), owned by
 * the organisation it concerns. Tenant-owned: row-level security decides who sees a row.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_organization_created', ['organizationId', 'createdAt'])
@Check('CHK_audit_event_visibility', `"visibility" IN ('private', 'network', 'region', 'public')`)
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'text', default: 'private' })
  visibility!: string;

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
