import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { MATERIAL_LIMITS, type MaterialScanStatus } from '@portal/shared-domain';
import { rateLimitedError } from '../../rate-limit/rate-limit.plugin.js';
import { requireActor } from '../../request/actor.js';
import { currentRequestContext } from '../../request/request-context.js';
import { finishRequestTransaction, RequestDatabase } from '../../request/request-database.js';
import { ClamdClient, type ClamdScan, type ScanVerdict } from './clamd-client.js';
import { FileRouteError } from './material-file-errors.js';
import { CHUNK_BYTES } from './material-file-rules.js';
import { MATERIAL_FILE_SETTINGS, type MaterialFileSettings } from './material-file-settings.js';
import { checkFileName, checkFileType, Utf8TextCheck, type MaterialFileType } from './material-file-type.js';

/** What the upload answers (201). */
export interface UploadedFileReply {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly scanStatus: MaterialScanStatus;
}

/** An upload costs as much of the per-user write limit as this many GraphQL writes. */
const UPLOAD_POINTS = 5;

const MEBIBYTES = Math.round(MATERIAL_LIMITS.fileBytes / (1024 * 1024));

const tooLarge = () =>
  new FileRouteError(
    413,
    'BAD_USER_INPUT',
    `Filen är för stor. En fil får vara högst ${MEBIBYTES} MB; inget har sparats.`,
    `The file is too large. A file may be at most ${MEBIBYTES} MB; nothing was saved.`,
  );

const badInput = (sv: string, en: string, status = 400) => new FileRouteError(status, 'BAD_USER_INPUT', sv, en);

/**
 * Stores one upload as it arrives, inside the request's transaction: counted, hashed, checked by
 * content, cut into 1 MiB chunks and fed to the virus scanner at the same time. The loop reads
 * the next piece only after the last one is stored and scanned, so the request is paused while
 * a chunk is written (memory stays at about one chunk). Any failure, the client going away
 * included, rolls the whole transaction back: a half upload never exists.
 */
@Injectable()
export class MaterialFileUploadService {
  private readonly clamd: ClamdClient | undefined;

  constructor(
    private readonly database: RequestDatabase,
    @Inject(MATERIAL_FILE_SETTINGS) private readonly settings: MaterialFileSettings,
  ) {
    this.clamd = settings.clamd ? new ClamdClient(settings.clamd) : undefined;
  }

  async store(request: Request, rawName: string | undefined): Promise<UploadedFileReply> {
    const actor = requireActor();
    const context = currentRequestContext();
    const refused = await this.settings.rateLimiter.consume(
      'write',
      { userId: actor.principal.userId, address: context?.clientAddress ?? 'unknown' },
      UPLOAD_POINTS,
    );
    if (refused) throw rateLimitedError('write', refused.retryAfterSeconds);

    const named = checkFileName(rawName);
    if (!named.ok) throw badInput(named.refusal.sv, named.refusal.en);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/octet-stream') {
      throw badInput(
        'Skicka filen som den är, med Content-Type: application/octet-stream (inte som formulär).',
        'Send the file as it is, with Content-Type: application/octet-stream (not as a form).',
        415,
      );
    }
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > MATERIAL_LIMITS.fileBytes) throw tooLarge();
    if (declared === 0) throw badInput('Filen är tom.', 'The file is empty.');

    const manager = await this.database.manager();
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    let total = 0;
    let seq = 0;
    let fileId: string | undefined;
    let type: MaterialFileType | undefined;
    let text: Utf8TextCheck | undefined;
    const scan: ClamdScan | undefined = this.clamd?.startScan();

    /** Stores the chunk filled so far; the first one decides the type and creates the row. */
    const flush = async () => {
      const data = chunk.subarray(0, filled);
      if (!type) {
        const checked = await checkFileType(data, named.name);
        if (!checked.ok) throw badInput(checked.refusal.sv, checked.refusal.en);
        type = checked.type;
        if (type.mediaType === 'text/plain') text = new Utf8TextCheck();
        // The row first, the chunks after it: the scan status is settled at the end, in the same transaction.
        const [row] = (await manager.query(
          `INSERT INTO material_file (organization_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status)
           VALUES ($1, $2, $3, $4, 0, '', 'pending') RETURNING id`,
          [actor.organization.id, actor.principal.userId, named.name, type.mediaType],
        )) as Array<{ id: string }>;
        fileId = row?.id;
      }
      text?.push(data);
      await manager.query(`INSERT INTO material_file_chunk (file_id, seq, data) VALUES ($1, $2, $3)`, [fileId, seq, data]);
      seq++;
      filled = 0;
    };

    try {
      // Not destroyed when the loop stops early: the refusal must still reach the client.
      for await (const piece of request.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        total += piece.length;
        if (total > MATERIAL_LIMITS.fileBytes) throw tooLarge();
        hash.update(piece);
        if (scan) await scan.write(piece);
        let offset = 0;
        while (offset < piece.length) {
          const copied = piece.copy(chunk, filled, offset);
          filled += copied;
          offset += copied;
          if (filled === CHUNK_BYTES) await flush();
        }
      }
      if (total === 0) throw badInput('Filen är tom.', 'The file is empty.');
      if (filled > 0) await flush();
      if (text && !text.end()) {
        throw badInput(
          'Filen ser ut som text men är inte giltig UTF-8 (eller innehåller NUL-tecken). Spara den som UTF-8 och försök igen.',
          'The file looks like text but is not valid UTF-8 (or contains NUL characters). Save it as UTF-8 and try again.',
        );
      }
    } catch (error) {
      scan?.abort();
      throw error;
    }

    const verdict: ScanVerdict | undefined = scan ? await scan.finish() : undefined;
    if (verdict?.status === 'infected') {
      this.settings.logger.warn(
        { reqId: context?.requestId, userId: actor.principal.userId, organization: actor.organization.slug, signature: verdict.signature, name: named.name },
        'Uppladdad fil stoppad av virusskyddet',
      );
      throw new FileRouteError(
        422,
        'BAD_USER_INPUT',
        `Filen stoppades av virusskyddet (${verdict.signature}) och har inte sparats. Kontrollera datorn filen kommer från.`,
        `The file was stopped by the virus scanner (${verdict.signature}) and was not saved. Check the computer it comes from.`,
      );
    }
    const scanStatus: MaterialScanStatus = !verdict ? 'not-scanned' : verdict.status === 'clean' ? 'clean' : 'failed';
    if (verdict?.status === 'failed') {
      this.settings.logger.warn(
        { reqId: context?.requestId, fileId, detail: verdict.detail },
        'Filen kunde inte virussökas; den sparas spärrad och söks igen senare',
      );
    }
    // The final state; the row's trigger queues the text extraction (or, after a failed scan, a rescan).
    await manager.query(
      `UPDATE material_file SET size_bytes = $2, sha256 = $3, scan_status = $4, scan_detail = $5, scanned_at = CASE WHEN $4 = 'clean' THEN now() END WHERE id = $1`,
      [fileId, total, hash.digest('hex'), scanStatus, verdict?.status === 'failed' ? verdict.detail : null],
    );
    if (context) await finishRequestTransaction(context, true);
    return { id: fileId ?? '', name: named.name, mediaType: type?.mediaType ?? '', sizeBytes: total, scanStatus };
  }
}
