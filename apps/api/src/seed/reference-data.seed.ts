import pg from 'pg';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';

export interface SeedResult {
  organizationsAdded: number;
}

/**
 * Inserts the region's organisations where they are missing. Idempotent, and it never overwrites.
 * (Vocabularies are not data: they live in libs/shared/domain.)
 * Runs as the owner role (the API role may only read these tables).
 */
export async function seedReferenceData(ownerUrl: string): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    const orgs = await client.query(
      `INSERT INTO organization (slug, name, kind, municipality_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT DO NOTHING`,
      [
        REGION_ORGANIZATIONS.map((o) => o.slug),
        REGION_ORGANIZATIONS.map((o) => o.name),
        REGION_ORGANIZATIONS.map((o) => o.kind),
        REGION_ORGANIZATIONS.map((o) => o.code),
      ],
    );
    await client.query('COMMIT');
    return { organizationsAdded: orgs.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
