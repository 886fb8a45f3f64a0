import { createHash } from 'node:crypto';
import pg from 'pg';

/** The subject (user id) of an access token. */
export function tokenSubject(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: string };
  if (!payload.sub) throw new Error('token without sub');
  return payload.sub;
}

/**
 * Stores a plain-text file as the upload endpoint does: staged (no material yet) in the
 * uploader's organisation, written as the API role under that user's row-level security.
 * For tests of the GraphQL side that should not depend on the upload path.
 */
export async function stageTextFile(
  appUrl: string,
  upload: { userId: string; organizationSlug: string; name: string; content: string; text?: string | null },
): Promise<string> {
  const client = new pg.Client({ connectionString: appUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    const organization = await client.query<{ id: string }>('SELECT id FROM organization WHERE slug = $1', [upload.organizationSlug]);
    await client.query(`SELECT app.begin_request($1, $2, '', 'on', '')`, [upload.userId, organization.rows[0]!.id]);
    const bytes = Buffer.from(upload.content, 'utf8');
    const text = upload.text ?? null;
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO material_file (organization_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status, text_status, text_content)
       VALUES (app.current_organization_id(), $1, $2, 'text/plain', $3, $4, 'not-scanned', $5, $6) RETURNING id`,
      [upload.userId, upload.name, bytes.length, createHash('sha256').update(bytes).digest('hex'), text === null ? 'none' : 'done', text],
    );
    const id = inserted.rows[0]!.id;
    await client.query('INSERT INTO material_file_chunk (file_id, seq, data) VALUES ($1, 0, $2)', [id, bytes]);
    await client.query('COMMIT');
    return id;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
