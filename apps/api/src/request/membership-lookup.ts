import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * What the policy guard must know before the request's transaction exists (it decides that
 * transaction's settings): which organisations a slug names and which rights were revoked. Pool
 * queries on tables without tenant data; everything else goes through RequestDatabase.
 */
/** What one statement tells the guard about a signed-in user. */
export interface MembershipFacts {
  /** Rights taken away from the user after the token was issued (less the skew). */
  readonly revocations: ReadonlyArray<{ organizationSlug: string; kind: string }>;
  /** The token's organisations that exist in the portal, by slug. */
  readonly organizationIds: ReadonlyMap<string, string>;
}

@Injectable()
export class MembershipLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Revocations and the token's organisations in one round trip: the guard needs both for every
   * signed-in request, before the request's transaction can be opened with the right settings.
   */
  async facts(userId: string, issuedAt: number, skewSeconds: number, slugs: readonly string[]): Promise<MembershipFacts> {
    const rows: Array<{ revocations: Array<{ organization_slug: string; kind: string }>; organizations: Array<{ slug: string; id: string }> }> =
      await this.dataSource.query(
        `SELECT coalesce((SELECT json_agg(json_build_object('organization_slug', r.organization_slug, 'kind', r.kind)) FROM membership_revocation r
                           WHERE r.user_id = $1 AND r.revoked_at + make_interval(secs => $3) > to_timestamp($2)), '[]') AS revocations,
                coalesce((SELECT json_agg(json_build_object('slug', o.slug, 'id', o.id)) FROM organization o WHERE o.slug = ANY($4::text[])), '[]') AS organizations`,
        [userId, issuedAt, skewSeconds, [...slugs]],
      );
    const row = rows[0]!;
    return {
      revocations: row.revocations.map((r) => ({ organizationSlug: r.organization_slug, kind: r.kind })),
      organizationIds: new Map(row.organizations.map((o) => [o.slug, o.id])),
    };
  }
}
