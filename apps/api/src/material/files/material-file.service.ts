import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../graphql/portal-error.js';
import { readsExactly } from '../../initiatives/participant-masking.js';
import type { Actor } from '../../request/actor.js';
import { currentRequestContext } from '../../request/request-context.js';
import { requestSettings } from '../../request/request-database.js';
import { sqlRows } from '../../request/sql-rows.js';
import { isUuid } from '../../validation/field-checks.js';
import { FieldErrorCollector } from '../../validation/field-error-collector.js';
import type { MaterialFile } from '../material.model.js';
import { MATERIAL_FILE_SETTINGS, type MaterialFileSettings } from './material-file-settings.js';
import { isPreviewable, isServable } from './material-file-status.js';
import { materialFileUrl } from './material-file-urls.js';

/** How long a download or preview link works: long enough to click, short enough not to be kept. */
const LINK_MINUTES = 10;
const FILE_GONE = 'En av filerna finns inte längre. Ladda upp den igen.';
const NOT_READABLE = 'Filen finns inte, eller så har du inte tillgång till den.';

interface FileSqlRow {
  id: string;
  material_id: string | null;
  organization_id: string;
  name: string;
  media_type: string;
  size_bytes: string;
  scan_status: string;
  text_status: string;
}

const FILE_COLUMNS = 'f.id, f.material_id, f.organization_id, f.name, f.media_type, f.size_bytes, f.scan_status, f.text_status';

/** Why a file cannot be scanned again, by its scan status. */
const NO_RESCAN: Readonly<Record<string, string>> = {
  clean: 'Filen är redan virussökt och kan hämtas.',
  'not-scanned': 'Filen kan redan hämtas.',
  pending: 'Filen väntar redan på virussökning.',
  infected: 'Filen stoppades av virusskyddet och kan inte sökas igen. Ladda upp en ren fil i en ny version.',
};

export function toMaterialFile(row: FileSqlRow, scanner: boolean): MaterialFile {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    scanStatus: row.scan_status,
    available: isServable(row.scan_status),
    previewable: isPreviewable(row.media_type),
    textIndexed: row.text_status === 'done',
    canRescan: scanner && row.scan_status === 'failed' && readsExactly(row.organization_id),
  };
}

/**
 * The files side of versions, for the material service: which files a new version may take in,
 * taking them in, copying them for an adaptation, and short-lived links to download them. The
 * bytes themselves stream through the upload and download controllers.
 */
@Injectable()
export class MaterialFileService {
  private readonly scanner: boolean;

  constructor(@Inject(MATERIAL_FILE_SETTINGS) settings: MaterialFileSettings) {
    this.scanner = settings.clamd !== undefined;
  }

  /** Files by id that the reader may read now (row-level security), in one statement. */
  async byIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, MaterialFile>> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return new Map();
    const rows = await sqlRows<FileSqlRow>(manager, `SELECT ${FILE_COLUMNS} FROM material_file f WHERE f.id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((row) => [row.id, toMaterialFile(row, this.scanner)]));
  }

  /**
   * Checks that every file of a new version is either one the organisation uploaded and no version
   * has taken in yet, or already the material's own; then takes in the new ones. Another
   * organisation's file, or one taken by another material, answers like a missing one.
   */
  async takeIn(manager: EntityManager, actor: Actor, materialId: string, fileIds: readonly string[]): Promise<void> {
    const rows = await sqlRows<{ id: string; material_id: string | null; organization_id: string }>(
      manager,
      `SELECT f.id, f.material_id, f.organization_id FROM material_file f WHERE f.id = ANY($1::uuid[]) FOR UPDATE`,
      [fileIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const errors = new FieldErrorCollector();
    for (const id of fileIds) {
      const row = byId.get(id);
      const usable = row && row.organization_id === actor.organization.id && (row.material_id === null || row.material_id === materialId);
      if (!usable) errors.add('fileIds', FILE_GONE);
    }
    errors.throwIfAny();
    await manager.query(`UPDATE material_file SET material_id = $1 WHERE id = ANY($2::uuid[]) AND material_id IS NULL`, [materialId, fileIds]);
  }

  /**
   * Copies files (bytes included, inside PostgreSQL) into the actor's organisation for a new
   * variant, in order; returns the copies' ids. A copy is staged first, as an upload is, so the
   * same policies admit it, then taken in by the variant.
   */
  async copyInto(manager: EntityManager, actor: Actor, materialId: string, fileIds: readonly string[]): Promise<string[]> {
    const copies: string[] = [];
    for (const id of fileIds) {
      const [copy] = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO material_file (organization_id, material_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status, scan_detail, scanned_at, text_status, text_content)
         SELECT $2, NULL, $3, f.name, f.media_type, f.size_bytes, f.sha256, f.scan_status, f.scan_detail, f.scanned_at, f.text_status, f.text_content
           FROM material_file f WHERE f.id = $1
         RETURNING id`,
        [id, actor.organization.id, actor.principal.userId],
      );
      if (!copy) throw notFound(NOT_READABLE);
      await manager.query(`INSERT INTO material_file_chunk (file_id, seq, data) SELECT $2, c.seq, c.data FROM material_file_chunk c WHERE c.file_id = $1`, [
        id,
        copy.id,
      ]);
      copies.push(copy.id);
    }
    if (copies.length > 0) await manager.query(`UPDATE material_file SET material_id = $1 WHERE id = ANY($2::uuid[])`, [materialId, copies]);
    return copies;
  }

  /**
   * A link to download (or preview) a file of a published version that the reader may read now;
   * for someone not signed in, that is a file of public material. Only the token's hash is
   * stored; the download checks access again under the same reader's rules.
   */
  async createLink(manager: EntityManager, fileId: string, preview: boolean): Promise<{ url: string; expiresAt: Date }> {
    const context = currentRequestContext();
    if (!context || !isUuid(fileId)) throw notFound(NOT_READABLE);
    const [row] = await sqlRows<FileSqlRow>(manager, `SELECT ${FILE_COLUMNS} FROM material_file f WHERE f.id = $1 AND f.material_id IS NOT NULL`, [fileId]);
    if (!row) throw notFound(NOT_READABLE);
    const file = toMaterialFile(row, this.scanner);
    const errors = new FieldErrorCollector();
    if (!file.available)
      errors.add(
        'fileId',
        file.scanStatus === 'infected'
          ? 'Filen stoppades av virusskyddet och kan inte hämtas.'
          : 'Filen kontrolleras av virusskyddet. Försök igen om en stund.',
      );
    else if (preview && !file.previewable) errors.add('fileId', 'Den här filtypen kan inte förhandsgranskas. Ladda ned den i stället.');
    errors.throwIfAny();
    const token = randomBytes(32).toString('base64url');
    const [userId, organizationId, roles, member, admin] = requestSettings(context);
    const expiresAt = new Date(Date.now() + LINK_MINUTES * 60_000);
    // No RETURNING: the API role may not read tickets back (only the download's definer function does).
    await manager.query(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [createHash('sha256').update(token).digest('hex'), fileId, userId, organizationId, roles, member === 'on', admin === 'on', preview, expiresAt],
    );
    return { url: materialFileUrl(token, preview), expiresAt };
  }

  /**
   * Asks the scanner again, now, about a file whose scan failed (scanner down, timed out, file too
   * large for it), also after the queue gave up retrying: back to `pending`, which the table's
   * trigger queues as a new scan with its attempts from zero. The file stays unservable until the
   * scan says clean. Only the owning organisation's writers (also its update policy).
   */
  async rescan(manager: EntityManager, actor: Actor, fileId: string): Promise<MaterialFile> {
    if (!isUuid(fileId)) throw notFound(NOT_READABLE);
    const [row] = await sqlRows<FileSqlRow>(manager, `SELECT ${FILE_COLUMNS} FROM material_file f WHERE f.id = $1`, [fileId]);
    if (!row) throw notFound(NOT_READABLE);
    if (row.organization_id !== actor.organization.id) throw forbidden('Bara organisationen som äger filen kan be om en ny virussökning.');
    const errors = new FieldErrorCollector();
    if (!this.scanner) errors.add('fileId', 'Portalen har ingen virussökning inställd. Kontakta portalens förvaltning.');
    else if (row.scan_status !== 'failed') errors.add('fileId', NO_RESCAN[row.scan_status] ?? 'Filen kan inte sökas igen.');
    errors.throwIfAny();
    const [updated] = await sqlRows<FileSqlRow>(
      manager,
      `UPDATE material_file f SET scan_status = 'pending', scan_detail = NULL WHERE f.id = $1 AND f.scan_status = 'failed' RETURNING ${FILE_COLUMNS}`,
      [fileId],
    );
    // Another request asked first (or the queue's scan just ended): the file as it is now.
    if (!updated) {
      const [now] = await sqlRows<FileSqlRow>(manager, `SELECT ${FILE_COLUMNS} FROM material_file f WHERE f.id = $1`, [fileId]);
      if (!now) throw notFound(NOT_READABLE);
      return toMaterialFile(now, this.scanner);
    }
    return toMaterialFile(updated, this.scanner);
  }
}
