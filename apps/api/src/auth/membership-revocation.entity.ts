import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type RevocationKind = 'member' | 'admin';

/**
 * Rights the API took away (a removed member, a revoked admin), kept so that access tokens issued
 * before the change stop carrying them on the very next request, on every API instance. The
 * policy guard reads the rows of one user by the primary key; re-granting deletes the row.
 * Not tenant data (no organisation's records, only who lost what), so no row-level security:
 * the guard must read it before the request's own settings exist.
 */
@Entity({ name: 'membership_revocation' })
@Check('CHK_membership_revocation_kind', `"kind" IN ('member', 'admin')`)
export class MembershipRevocation {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @PrimaryColumn({ name: 'organization_slug', type: 'text' })
  organizationSlug!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: RevocationKind;

  @Column({ name: 'revoked_at', type: 'timestamptz', default: () => 'now()' })
  revokedAt!: Date;
}
