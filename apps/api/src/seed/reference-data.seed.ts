import pg from 'pg';
import { REGION_ORGANIZATIONS, VOCABULARIES, VOCABULARY_NAMES } from '@portal/shared-domain';

export interface SeedResult {
  organizationsAdded: number;
  termsAdded: number;
}

/**
 * Inserts the region's organisations and the starting vocabularies where they are missing.
 * Idempotent, and it never overwrites: an admin's later edits to a label survive restarts.
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
    const terms = VOCABULARY_NAMES.flatMap((name) =>
      VOCABULARIES[name].map((term, index) => ({ name, code: term.code, sv: term.label.sv, en: term.label.en, index })),
    );
    const vocab = await client.query(
      `INSERT INTO vocabulary_term (vocabulary, code, label_sv, label_en, sort_order)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
       ON CONFLICT (vocabulary, code) DO NOTHING`,
      [terms.map((t) => t.name), terms.map((t) => t.code), terms.map((t) => t.sv), terms.map((t) => t.en), terms.map((t) => t.index)],
    );
    await client.query('COMMIT');
    return { organizationsAdded: orgs.rowCount ?? 0, termsAdded: vocab.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
