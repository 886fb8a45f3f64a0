import type { JobHelpers, Task } from 'graphile-worker';
import type { Logger } from 'pino';
import { ClamdClient, type ClamdSettings } from './clamd-client.js';
import { CHUNK_BYTES, TEXT_EXTRACTION_MAX_BYTES } from './material-file-rules.js';
import { isServable } from './material-file-status.js';
import { extractText, refreshMaterialFileText } from './material-file-text.js';

/** The queue's file tasks; the `material_file` trigger adds the first two (migration 1796420000000). */
export const MATERIAL_FILE_TEXT_TASK = 'material-file-text';
export const MATERIAL_FILE_SCAN_TASK = 'material-file-scan';
export const MATERIAL_FILE_CLEANUP_TASK = 'material-file-cleanup';
/** Hourly. */
export const MATERIAL_FILE_CLEANUP_CRONTAB = '17 * * * *';

/**
 * Who the file jobs act as inside a file's organisation: forced row-level security then holds
 * them to the tenant rules, as it does the follow-up reminders (no policy of their own).
 */
export const FILE_JOB_ACTOR = 'portal-material-files';

/** A connection of the queue's pool (pg's PoolClient fits): the jobs need nothing else of it. */
export interface JobClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>;
}

interface FileJobPayload {
  readonly id: string;
  readonly organizationId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function payloadOf(payload: unknown): FileJobPayload | undefined {
  const { id, organizationId } = (payload ?? {}) as { id?: unknown; organizationId?: unknown };
  return typeof id === 'string' && UUID.test(id) && typeof organizationId === 'string' && UUID.test(organizationId) ? { id, organizationId } : undefined;
}

/** Runs `body` in one transaction acting in `organizationId` as FILE_JOB_ACTOR. */
async function inOrganization<T>(client: JobClient, organizationId: string, body: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT app.begin_request($1, $2, '', 'on', '')`, [FILE_JOB_ACTOR, organizationId]);
    const result = await body();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function* chunksOf(client: JobClient, fileId: string, sizeBytes: number): AsyncGenerator<Buffer> {
  const count = Math.ceil(sizeBytes / CHUNK_BYTES);
  for (let seq = 0; seq < count; seq++) {
    const { rows } = await client.query(`SELECT data FROM material_file_chunk WHERE file_id = $1 AND seq = $2`, [fileId, seq]);
    const data = rows[0]?.['data'];
    if (!Buffer.isBuffer(data)) throw new Error(`Del ${seq} av filen ${fileId} saknas`);
    yield data;
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Extracts the text of a file that may be served, stores it (capped) and refreshes the search
 * text of every material whose current version holds it. Large files (over 25 MiB) and types
 * without text get `none`; a file that cannot be read gets `failed` once (logged, not retried:
 * the same bytes fail the same way).
 */
export async function extractFileText(client: JobClient, job: FileJobPayload, logger: Logger): Promise<void> {
  const loaded = await inOrganization(client, job.organizationId, async () => {
    const { rows } = await client.query(`SELECT media_type, size_bytes, scan_status, text_status FROM material_file WHERE id = $1`, [job.id]);
    const file = rows[0] as { media_type: string; size_bytes: string; scan_status: string; text_status: string } | undefined;
    if (!file || file.text_status !== 'pending' || !isServable(file.scan_status)) return undefined;
    const size = Number(file.size_bytes);
    const extractable = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain'].includes(file.media_type);
    if (!extractable || size > TEXT_EXTRACTION_MAX_BYTES) {
      await client.query(`UPDATE material_file SET text_status = 'none' WHERE id = $1`, [job.id]);
      return undefined;
    }
    const pieces: Buffer[] = [];
    for await (const piece of chunksOf(client, job.id, size)) pieces.push(piece);
    return { mediaType: file.media_type, data: Buffer.concat(pieces) };
  });
  if (!loaded) return;
  let text: string | null = null;
  let status: 'done' | 'none' | 'failed';
  try {
    const extracted = await extractText(loaded.mediaType, loaded.data);
    status = extracted.status;
    if (extracted.status === 'done') text = extracted.text;
  } catch (error) {
    status = 'failed';
    logger.warn({ fileId: job.id, mediaType: loaded.mediaType, error: errorText(error) }, 'Texten i filen kunde inte läsas ut');
  }
  await inOrganization(client, job.organizationId, async () => {
    const updated = await client.query(`UPDATE material_file SET text_status = $2, text_content = $3 WHERE id = $1 AND text_status = 'pending'`, [
      job.id,
      status,
      text,
    ]);
    if (!updated.rowCount || status !== 'done') return;
    const { rows } = await client.query(
      `SELECT m.id FROM material m JOIN material_version v ON v.material_id = m.id AND v.number = m.current_version WHERE $1 = ANY (v.file_ids)`,
      [job.id],
    );
    for (const row of rows) await refreshMaterialFileText(client, String(row['id']));
  });
}

/**
 * Scans a stored file again (after the scanner was down, timed out or the file was too large for
 * it): clean makes it servable (and queues its text, by trigger), infected blocks it for good.
 * Still no verdict: thrown, so graphile-worker tries again later (e^attempts seconds); after the
 * last attempt the file stays `failed`, never served, and an operator is told in the log.
 */
export async function rescanFile(client: JobClient, job: FileJobPayload, clamd: ClamdClient, helpers: Pick<JobHelpers, 'job'>, logger: Logger): Promise<void> {
  const verdict = await inOrganization(client, job.organizationId, async () => {
    const { rows } = await client.query(`SELECT scan_status, size_bytes FROM material_file WHERE id = $1 FOR UPDATE`, [job.id]);
    const file = rows[0] as { scan_status: string; size_bytes: string } | undefined;
    if (!file || (file.scan_status !== 'failed' && file.scan_status !== 'pending')) return undefined;
    const result = await clamd.scan(chunksOf(client, job.id, Number(file.size_bytes)));
    if (result.status === 'clean') {
      await client.query(`UPDATE material_file SET scan_status = 'clean', scan_detail = NULL, scanned_at = now() WHERE id = $1`, [job.id]);
    } else if (result.status === 'infected') {
      await client.query(`UPDATE material_file SET scan_status = 'infected', scan_detail = $2, scanned_at = now() WHERE id = $1`, [job.id, result.signature]);
      logger.error({ fileId: job.id, signature: result.signature }, 'En sparad fil visade sig vara smittad och är spärrad');
    } else {
      await client.query(`UPDATE material_file SET scan_status = 'failed', scan_detail = $2 WHERE id = $1`, [job.id, result.detail]);
    }
    return result;
  });
  if (verdict?.status !== 'failed') return;
  const last = helpers.job.attempts >= helpers.job.max_attempts;
  if (last) {
    logger.error(
      { fileId: job.id, detail: verdict.detail, attempts: helpers.job.attempts },
      'Filen kunde inte virussökas efter alla försök; den förblir spärrad',
    );
    return;
  }
  throw new Error(`Virussökningen misslyckades: ${verdict.detail}`);
}

/** Staged uploads no version took in within 24 hours, and expired download tickets, are deleted. */
export async function cleanUpFiles(client: JobClient): Promise<{ files: number; tickets: number }> {
  const organizations = (await client.query('SELECT id FROM organization ORDER BY id')).rows.map((row) => String(row['id']));
  let files = 0;
  for (const organization of organizations) {
    files += await inOrganization(client, organization, async () => {
      const deleted = await client.query(`DELETE FROM material_file WHERE material_id IS NULL AND created_at < now() - interval '24 hours'`);
      return deleted.rowCount ?? 0;
    });
  }
  // Tickets carry their own settings; the owner role's policy lets the queue delete expired ones.
  const tickets = (await client.query(`DELETE FROM material_file_ticket WHERE expires_at < now()`)).rowCount ?? 0;
  return { files, tickets };
}

/** The file tasks for the queue's task list; the rescan only where a scanner is configured. */
export function materialFileTasks(clamd: ClamdSettings | undefined, logger: Logger): Record<string, Task> {
  const log = logger.child({ component: 'material-files' });
  const tasks: Record<string, Task> = {
    [MATERIAL_FILE_TEXT_TASK]: async (payload, helpers) => {
      const job = payloadOf(payload);
      if (!job) return;
      await helpers.withPgClient((client) => extractFileText(client, job, log));
    },
    [MATERIAL_FILE_CLEANUP_TASK]: async (_payload, helpers) => {
      const removed = await helpers.withPgClient((client) => cleanUpFiles(client));
      if (removed.files > 0 || removed.tickets > 0) log.info(removed, 'Gamla ouppladdade filer och utgångna nedladdningslänkar borttagna');
    },
  };
  if (clamd) {
    const client = new ClamdClient(clamd);
    tasks[MATERIAL_FILE_SCAN_TASK] = async (payload, helpers) => {
      const job = payloadOf(payload);
      if (!job) return;
      await helpers.withPgClient((pgClient) => rescanFile(pgClient, job, client, helpers, log));
    };
  } else {
    log.info('CLAMAV_HOST är inte satt: filer virussöks inte.');
  }
  return tasks;
}
