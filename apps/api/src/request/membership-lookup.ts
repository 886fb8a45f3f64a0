import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * What the policy guard must know before the request's transaction exists (it decides that
 * transaction's settings): which organisations a slug names and which rights were revoked. Pool
 * queries on tables without tenant data; everything else goes through RequestDatabase.
 */
@Injectable()
export class MembershipLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rights taken away from the user after `sinceSeconds` (a token's iat, less the skew). */
  async revocations(userId: string, issuedAt: number, skewSeconds: number): Promise<Array<{ organizationSlug: string; kind: string }>> {
    const rows: Array<{ organization_slug: string; kind: string }> = await this.dataSource.query(
      `SELECT organization_slug, kind FROM membership_revocation WHERE user_id = $1 AND revoked_at + make_interval(secs => $3) > to_timestamp($2)`,
      [userId, issuedAt, skewSeconds],
    );
    return rows.map((row) => ({ organizationSlug: row.organization_slug, kind: row.kind }));
  }

  async anyOrganization(slugs: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM organization WHERE slug = ANY($1::text[]) LIMIT 1', [[...slugs]]);
    return rows.length > 0;
  }

  async organizationId(slug: string): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM organization WHERE slug = $1', [slug]);
    return rows[0]?.id;
  }
}
