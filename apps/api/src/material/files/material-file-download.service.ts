import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentRequestContext } from '../../request/request-context.js';
import { finishRequestTransaction, RequestDatabase } from '../../request/request-database.js';
import { CHUNK_BYTES } from './material-file-rules.js';
import { isPreviewable, isServable } from './material-file-status.js';

/** What a download answers besides the file: a status and a short text for the person who clicked. */
export class DownloadRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'DownloadRefusal';
  }
}

/** One answer for a token that never existed, has expired, or names a file its user can no longer read. */
export const NOT_FOUND_TEXT = 'Filen finns inte, eller så har länken gått ut. Öppna materialet i portalen och hämta filen därifrån igen.';
const notFound = () => new DownloadRefusal(404, NOT_FOUND_TEXT);

/** Tokens are base64url of 32 random bytes; anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

interface TicketRow {
  file_id: string;
  user_id: string;
  organization_id: string;
  roles: string;
  member: boolean;
  organization_admin: boolean;
  preview: boolean;
}

interface FileRow {
  id: string;
  name: string;
  media_type: string;
  size_bytes: string;
  scan_status: string;
}

/**
 * A download is never rendered: sandboxed (no scripts, opaque origin), nothing may load, no frame.
 * A preview is shown in a frame of the portal only, sandboxed by this header too. Chromium
 * refuses a PDF in any frame with a `sandbox` attribute and shows it (in its own PDF viewer, to
 * which it applies no sandbox) only in a plain frame; an image renders in `sandbox=""`. See
 * tests/e2e/material-file-preview.test.ts.
 */
export const DOWNLOAD_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";
export const PREVIEW_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266). */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '_')
      .trim() || 'fil';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A single `bytes=` range (what browsers and PDF viewers send); several ranges are answered with the whole file. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  let start: number;
  let end: number;
  if (from === '') {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/**
 * Downloads by ticket: the ticket's token is looked up by its hash, then a new transaction acts
 * as the user who made the link, under row-level security now, so whatever they lost since
 * (a network, the material made private or archived) stops the link. Chunks are read one query
 * at a time and written as the client takes them: memory holds about one chunk.
 */
@Injectable()
export class MaterialFileDownloadService {
  constructor(private readonly database: RequestDatabase) {}

  async send(token: string, preview: boolean, request: Request, response: Response): Promise<void> {
    if (!TOKEN.test(token)) throw notFound();
    const hash = createHash('sha256').update(token).digest('hex');
    const lookup = await this.database.manager();
    const [ticket] = (await lookup.query(`SELECT * FROM app.material_file_ticket($1)`, [hash])) as TicketRow[];
    // A download link does not open a preview, nor the other way round.
    if (!ticket || ticket.preview !== preview) throw notFound();
    const manager = await this.database.reopenAs({
      userId: ticket.user_id,
      organizationId: ticket.organization_id,
      roles: ticket.roles,
      member: ticket.member,
      organizationAdmin: ticket.organization_admin,
    });
    const [file] = (await manager.query(`SELECT id, name, media_type, size_bytes, scan_status FROM material_file WHERE id = $1`, [
      ticket.file_id,
    ])) as FileRow[];
    if (!file) throw notFound();
    if (!isServable(file.scan_status)) {
      throw new DownloadRefusal(
        403,
        file.scan_status === 'infected'
          ? 'Filen har stoppats av virusskyddet och kan inte hämtas.'
          : 'Filen kan inte hämtas ännu: den har inte kunnat virussökas. Försök igen om en stund.',
      );
    }
    if (preview && !isPreviewable(file.media_type)) throw new DownloadRefusal(400, 'Den här filtypen kan inte förhandsvisas. Ladda ner filen i stället.');

    const size = Number(file.size_bytes);
    const range = parseRange(request.headers.range, size);
    if (range === 'unsatisfiable') throw new DownloadRefusal(416, 'Den begärda delen av filen finns inte.', { 'Content-Range': `bytes */${size}` });
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;

    response.status(range ? 206 : 200);
    response.setHeader('Content-Type', file.media_type === 'text/plain' ? 'text/plain; charset=utf-8' : file.media_type);
    response.setHeader('Content-Length', String(end - start + 1));
    if (range) response.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('Content-Disposition', contentDisposition(preview ? 'inline' : 'attachment', file.name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Content-Security-Policy', preview ? PREVIEW_CSP : DOWNLOAD_CSP);
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Robots-Tag', 'noindex');
    // helmet's X-Frame-Options (SAMEORIGIN) agrees with frame-ancestors 'self' for a preview; a download is never framed.
    response.setHeader('X-Frame-Options', preview ? 'SAMEORIGIN' : 'DENY');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');

    if (request.method !== 'HEAD' && size > 0) {
      for (let seq = Math.floor(start / CHUNK_BYTES); seq <= Math.floor(end / CHUNK_BYTES); seq++) {
        if (response.destroyed) break;
        const from = Math.max(start, seq * CHUNK_BYTES) - seq * CHUNK_BYTES;
        const to = Math.min(end, (seq + 1) * CHUNK_BYTES - 1) - seq * CHUNK_BYTES;
        const [row] = (await manager.query(`SELECT substring(data FROM $3 FOR $4) AS data FROM material_file_chunk WHERE file_id = $1 AND seq = $2`, [
          file.id,
          seq,
          from + 1,
          to - from + 1,
        ])) as Array<{ data: Buffer }>;
        if (!row) throw new Error(`Chunk ${seq} of file ${file.id} is missing`);
        if (!response.write(row.data)) await drained(response);
      }
    }
    const context = currentRequestContext();
    if (context) await finishRequestTransaction(context, true);
    response.end();
  }
}

function drained(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.once('drain', done);
    response.once('close', done);
  });
}
