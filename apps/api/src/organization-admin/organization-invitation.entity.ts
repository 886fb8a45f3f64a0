import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { OrganizationOwnedRow } from '../tenancy/organization-owned-row.entity.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * An invitation of a Keycloak user into an organisation. An existing user becomes a member only
 * when they accept; a brand-new account is added at once and its row is recorded as accepted.
 * Tenant-owned: row-level security lets the organisation's admins and the invitee see it.
 */
@Entity({ name: 'organization_invitation' })
@Check('CHK_organization_invitation_status', `"status" IN ('pending', 'accepted', 'declined', 'withdrawn')`)
@Index('IDX_organization_invitation_pending', ['organizationId', 'inviteeId'], { unique: true, where: `"status" = 'pending'` })
@Index('IDX_organization_invitation_invitee', ['inviteeId', 'status'])
export class OrganizationInvitationRow extends OrganizationOwnedRow {
  /** The address the admin typed (as typed), for the admin's list. */
  @Column({ type: 'text' })
  email!: string;

  /** Keycloak user id (`sub`) of the invitee: the only way the invitee is recognised. */
  @Column({ name: 'invitee_id', type: 'text' })
  inviteeId!: string;

  @Column({ name: 'invited_by_id', type: 'text' })
  invitedById!: string;

  @Column({ name: 'invited_by_username', type: 'text' })
  invitedByUsername!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: InvitationStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
