import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { refreshMaterialFileText } from '@portal/api/dist/material/files/material-file-text.js';
import { materialFileUrl } from '@portal/api/dist/material/files/material-file-urls.js';
import { clamdAvailable, startTestClamd, type RunningClamd } from '../support/clamd.js';
import { docx, EICAR, pdf, png } from '../support/file-fixtures.js';
import { freePort } from '../support/free-port.js';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

const CLAMD = clamdAvailable();
const MiB = 1024 * 1024;
const LIMIT = 50 * MiB;

type Headers = Record<string, string>;

interface UploadReply {
  status: number;
  body: { id?: string; name?: string; mediaType?: string; sizeBytes?: number; scanStatus?: string; error?: { code: string; message: string } };
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function upload(url: string, headers: Headers, name: string, body: Buffer | string, extra: Headers = {}): Promise<UploadReply> {
  const response = await fetch(`${url}/api/material-files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers, ...extra },
    body: Uint8Array.from(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: response.status, body: (await response.json()) as UploadReply['body'] };
}

/** Reads a whole response of node:http. */
function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (piece: string) => (text += piece));
    response.on('end', () => resolve(text));
    response.on('error', reject);
  });
}

/**
 * Streams `total` bytes (a PDF header, then filler) in 64 KiB pieces, as the network would,
 * without holding them: resolves with the answer as soon as the server gives one.
 */
function streamUpload(
  url: string,
  headers: Headers,
  name: string,
  total: number,
  declareLength: boolean,
): Promise<{ status: number; body: UploadReply['body'] }> {
  return new Promise((resolve, reject) => {
    const target = new URL(`${url}/api/material-files?name=${encodeURIComponent(name)}`);
    const request = httpRequest(target, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers, ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    let answered = false;
    request.on('response', (response) => {
      answered = true;
      readAll(response)
        .then((text) => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as UploadReply['body'] });
        })
        .catch(reject);
    });
    // Writing after the server has answered and closed may fail; only the answer matters.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const piece = Buffer.alloc(64 * 1024, 0x20);
    Buffer.from('%PDF-1.4\n').copy(piece);
    let sent = 0;
    const pump = () => {
      while (sent < total && !answered && !request.destroyed) {
        const size = Math.min(piece.length, total - sent);
        sent += size;
        const more = request.write(sent === size ? piece.subarray(0, size) : Buffer.alloc(size, 0x20));
        if (!more) {
          request.once('drain', pump);
          return;
        }
      }
      if (sent >= total && !answered) request.end();
    };
    pump();
  });
}

describe('material files: upload, scanning, download by ticket', () => {
  let portal: TestPortal;
  let clamd: RunningClamd | undefined;
  let owner: pg.Client;
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, (await loginWithPkce({ issuer: portal.issuer!, username })).access_token);
    return tokens.get(username)!;
  };
  const as = async (username: string): Promise<Headers> => ({ authorization: `Bearer ${await token(username)}` });
  const userId = async (username: string) => String(decodeJwt(await token(username)).sub);
  const orgId = async (slug: string) => String((await owner.query('SELECT id FROM organization WHERE slug = $1', [slug])).rows[0].id);

  /** Puts staged files into a new material's first version, as the lead's publish mutation will. */
  const material = async (organization: string, fileIds: string[], visibility = 'region'): Promise<string> => {
    const org = await orgId(organization);
    const id = String(
      (
        await owner.query(
          `INSERT INTO material (organization_id, title, kind, visibility, current_version) VALUES ($1, 'Testmaterial', 'support', $2, 1) RETURNING id`,
          [org, visibility],
        )
      ).rows[0].id,
    );
    await owner.query(
      `INSERT INTO material_version (organization_id, material_id, number, file_ids, created_by_id, created_by_name, visibility) VALUES ($1, $2, 1, $3, 'seed', 'Seed', $4)`,
      [org, id, fileIds, visibility],
    );
    await owner.query(`UPDATE material_file SET material_id = $1 WHERE id = ANY ($2)`, [id, fileIds]);
    return id;
  };

  /** A ticket as `createMaterialFileLink` makes it: the token's hash and the user's settings. */
  const ticket = async (fileId: string, username: string, organization: string, options: { preview?: boolean; expired?: boolean } = {}) => {
    const secret = randomBytes(32).toString('base64url');
    await owner.query(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES ($1, $2, $3, $4, 'portal-user', true, false, $5, now() + ($6 || ' minutes')::interval)`,
      [sha256(secret), fileId, await userId(username), await orgId(organization), options.preview ?? false, options.expired ? '-1' : '10'],
    );
    return secret;
  };

  const fetchTicket = (secret: string, preview = false, headers: Headers = {}) => fetch(`${portal.url}${materialFileUrl(secret, preview)}`, { headers });

  const rowsNamed = async (name: string) => Number((await owner.query('SELECT count(*) AS n FROM material_file WHERE name = $1', [name])).rows[0].n);
  const chunkCount = async () => Number((await owner.query('SELECT count(*) AS n FROM material_file_chunk')).rows[0].n);

  /** Polls the database until `check` holds (the worker and the request run beside the test). */
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 600; i++) {
      if (await check()) return;
      await owner.query('SELECT pg_sleep(0.05)');
    }
    throw new Error(`Väntade förgäves på: ${what}`);
  };

  beforeAll(async () => {
    clamd = CLAMD ? await startTestClamd('material-files') : undefined;
    portal = await startTestPortal({
      name: 'material-files',
      identity: true,
      env: clamd ? { CLAMAV_HOST: clamd.host, CLAMAV_PORT: String(clamd.port) } : {},
    });
    owner = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await portal?.stop();
    await clamd?.stop();
  });

  it('recognises files by content: a real PDF, a Word document and UTF-8 text are stored; the name must fit the content', async () => {
    const a = await as('projektledare.linkoping');
    const stored = await upload(portal.url, a, '  Rapport 2025.pdf ', pdf('Hej rapport'));
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(stored.body).toEqual({
      id: expect.any(String),
      name: 'Rapport 2025.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf('Hej rapport').length,
      scanStatus: CLAMD ? 'clean' : 'not-scanned',
    });
    const row = (await owner.query('SELECT material_id, uploaded_by_id, sha256, size_bytes FROM material_file WHERE id = $1', [stored.body.id])).rows[0];
    expect(row).toEqual({
      material_id: null,
      uploaded_by_id: await userId('projektledare.linkoping'),
      sha256: sha256(pdf('Hej rapport')),
      size_bytes: String(pdf('Hej rapport').length),
    });

    const word = await upload(portal.url, a, 'Mall.docx', docx('Hej mall'));
    expect(word.status).toBe(201);
    expect(word.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await upload(portal.url, a, 'anteckningar.md', '# Rubrik\nÅÄÖ åäö, text på svenska.\n');
    expect([text.status, text.body.mediaType]).toEqual([201, 'text/plain']);

    const renamed = await upload(portal.url, a, 'bild.pdf', png());
    expect([renamed.status, renamed.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(renamed.body.error?.message).toContain('Filens innehåll är en PNG-bild, men namnet slutar på .pdf.');
    const english = await upload(portal.url, a, 'bild.pdf', png(), { 'accept-language': 'en' });
    expect(english.body.error?.message).toContain("The file's content is a PNG image, but its name ends in .pdf.");
  });

  it('refuses HTML, SVG, text with NUL bytes, zip files, executables, empty files and bad names, saving nothing', async () => {
    const a = await as('projektledare.linkoping');
    const refused = async (name: string, body: Buffer | string, message: string) => {
      const reply = await upload(portal.url, a, name, body);
      expect([reply.status, reply.body.error?.code], name).toEqual([400, 'BAD_USER_INPUT']);
      expect(reply.body.error?.message, name).toContain(message);
    };
    await refused('sida.html', '<!DOCTYPE html><html><script>alert(1)</script></html>', 'HTML, SVG eller XML');
    await refused('sida.txt', '<html><body>hej</body></html>', 'HTML, SVG eller XML');
    await refused('bild.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'HTML, SVG eller XML');
    await refused('data.txt', Buffer.from('text\0med NUL'), 'Filens typ gick inte att känna igen');
    await refused('latin1.txt', Buffer.from('r\xe4ksm\xf6rg\xe5s', 'latin1'), 'UTF-8');
    await refused('arkiv.zip', Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex'), 'zip-fil');
    await refused('program.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'Tillåtna filtyper: PDF (.pdf)');
    await refused('tom.pdf', '', 'Filen är tom.');
    await refused('../hemligt.pdf', pdf('x'), 'snedstreck');
    await refused('x'.repeat(201) + '.pdf', pdf('x'), 'högst 200 tecken');
    await refused(' ', pdf('x'), 'behöver ett namn');
    // A NUL beyond the first chunk makes a text file binary too.
    await refused('lang.txt', Buffer.concat([Buffer.alloc(MiB + 10, 'a'), Buffer.from([0]), Buffer.from('slut')]), 'inte giltig UTF-8');
    for (const name of ['sida.html', 'sida.txt', 'bild.svg', 'data.txt', 'lang.txt', 'program.exe']) expect(await rowsNamed(name), name).toBe(0);
  });

  it('answers 401 without a valid token, 403 for another organisation, 400 without an active one, and never takes a multipart form', async () => {
    const anonymous = await upload(portal.url, {}, 'a.pdf', pdf('x'));
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const bad = await upload(portal.url, { authorization: 'Bearer a.b.c' }, 'a.pdf', pdf('x'));
    expect([bad.status, bad.body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const other = await upload(portal.url, { ...(await as('projektledare.linkoping')), 'x-organization': 'norrkoping' }, 'a.pdf', pdf('x'));
    expect([other.status, other.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    const several = await upload(portal.url, await as('flera.org'), 'a.pdf', pdf('x'));
    expect([several.status, several.body.error?.code, several.body.error?.message]).toEqual([400, 'BAD_USER_INPUT', 'Välj vilken organisation du arbetar i.']);
    const form = await upload(portal.url, await as('projektledare.linkoping'), 'a.pdf', pdf('x'), { 'content-type': 'multipart/form-data; boundary=x' });
    expect([form.status, form.body.error?.code]).toEqual([415, 'BAD_USER_INPUT']);
  });

  it('refuses a file over 50 MiB with 413, by its Content-Length at once or by counting a streamed body, storing nothing', async () => {
    const a = await as('projektledare.linkoping');
    const chunksBefore = await chunkCount();
    const declared = await streamUpload(portal.url, a, 'stor-deklarerad.pdf', LIMIT + 1, true);
    expect([declared.status, declared.body.error?.code]).toEqual([413, 'BAD_USER_INPUT']);
    expect(declared.body.error?.message).toContain('högst 50 MB');
    const streamed = await streamUpload(portal.url, a, 'stor.pdf', LIMIT + 64 * 1024, false);
    expect([streamed.status, streamed.body.error?.code]).toEqual([413, 'BAD_USER_INPUT']);
    expect(await rowsNamed('stor.pdf')).toBe(0);
    expect(await rowsNamed('stor-deklarerad.pdf')).toBe(0);
    expect(await chunkCount()).toBe(chunksBefore);
    // Exactly the limit is fine.
    const exact = await streamUpload(portal.url, a, 'precis.pdf', LIMIT, true);
    expect([exact.status, exact.body.sizeBytes]).toEqual([201, LIMIT]);
  });

  it('leaves nothing behind when the client breaks off an upload halfway', async () => {
    const a = await as('projektledare.linkoping');
    const chunksBefore = await chunkCount();
    const target = new URL(`${portal.url}/api/material-files?name=avbruten.pdf`);
    const request = httpRequest(target, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': String(10 * MiB), ...a } });
    request.on('error', () => undefined);
    const piece = Buffer.alloc(MiB, 0x20);
    Buffer.from('%PDF-1.4\n').copy(piece);
    request.write(piece);
    request.write(Buffer.alloc(2 * MiB, 0x20));
    // The API has stored chunks in its (uncommitted) transaction: its connection's last statement says so.
    const storing = `SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'idle in transaction' AND query LIKE 'INSERT INTO material_file_chunk%'`;
    await until(async () => Number((await owner.query(storing)).rows[0].n) > 0, 'the API storing chunks');
    request.destroy();
    await until(async () => Number((await owner.query(storing)).rows[0].n) === 0, 'the transaction rolled back');
    expect(await rowsNamed('avbruten.pdf')).toBe(0);
    expect(await chunkCount()).toBe(chunksBefore);
  });

  it.skipIf(!CLAMD)('stops the EICAR test file with 422 and saves nothing', async () => {
    const reply = await upload(portal.url, await as('projektledare.linkoping'), 'eicar.txt', EICAR);
    expect([reply.status, reply.body.error?.code]).toEqual([422, 'BAD_USER_INPUT']);
    expect(reply.body.error?.message).toContain('Filen stoppades av virusskyddet');
    expect(await rowsNamed('eicar.txt')).toBe(0);
  });

  it.skipIf(!CLAMD)('rescans a file whose scan failed: clean makes it servable (and reads its text), infected blocks it for good', async () => {
    const a = await as('projektledare.linkoping');
    const good = await upload(portal.url, a, 'omsokt.txt', 'Omsökt och ren\n');
    const bad = await upload(portal.url, a, 'smittad.txt', 'Snart smittad\n');
    await material('linkoping', [good.body.id!, bad.body.id!]);
    // The upload's own text extraction first, so it cannot finish on the bytes replaced below.
    const extracted = async () =>
      Number(
        (await owner.query(`SELECT count(*) AS n FROM material_file WHERE id = ANY ($1) AND text_status <> 'pending'`, [[good.body.id, bad.body.id]])).rows[0]
          .n,
      );
    await until(async () => (await extracted()) === 2, 'the uploads’ text');
    // As after a scanner outage; the stored bytes of one are replaced by the EICAR test file.
    await owner.query(`UPDATE material_file_chunk SET data = $2 WHERE file_id = $1`, [bad.body.id, Buffer.from(EICAR, 'latin1')]);
    await owner.query(`UPDATE material_file SET size_bytes = $2 WHERE id = $1`, [bad.body.id, EICAR.length]);
    await owner.query(`UPDATE material_file SET scan_status = 'failed', text_status = 'pending', text_content = NULL WHERE id = ANY ($1)`, [
      [good.body.id, bad.body.id],
    ]);
    const state = async (id: string) => (await owner.query(`SELECT scan_status, text_status FROM material_file WHERE id = $1`, [id])).rows[0];
    await until(async () => (await state(good.body.id!)).text_status === 'done' && (await state(bad.body.id!)).scan_status === 'infected', 'the rescans');
    expect((await state(bad.body.id!)).text_status).toBe('pending');
    expect((await fetchTicket(await ticket(good.body.id!, 'projektledare.linkoping', 'linkoping'))).status).toBe(200);
    const blocked = await fetchTicket(await ticket(bad.body.id!, 'projektledare.linkoping', 'linkoping'));
    expect([blocked.status, await blocked.text()]).toEqual([403, 'Filen har stoppats av virusskyddet och kan inte hämtas.']);
  });

  it('downloads by ticket with the file’s exact bytes and headers that keep it from running', async () => {
    const a = await as('projektledare.linkoping');
    const bytes = Buffer.concat([pdf('Nedladdning'), Buffer.alloc(3 * MiB, 0x20)]);
    const stored = await upload(portal.url, a, 'Årsrapport "slutlig".pdf', bytes);
    expect(stored.status).toBe(201);
    const id = stored.body.id!;
    await material('linkoping', [id]);
    const secret = await ticket(id, 'projektledare.norrkoping', 'norrkoping');
    const response = await fetchTicket(secret);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(sha256(body)).toBe(sha256(bytes));
    expect(
      Object.fromEntries(
        ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control', 'content-security-policy', 'referrer-policy'].map(
          (h) => [h, response.headers.get(h)],
        ),
      ),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="Arsrapport _slutlig_.pdf"; filename*=UTF-8''%C3%85rsrapport%20%22slutlig%22.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': expect.stringMatching(/^sandbox; default-src 'none'/),
      'referrer-policy': 'no-referrer',
    });
    // A byte range, as a PDF viewer asks.
    const ranged = await fetchTicket(secret, false, { range: `bytes=${MiB - 4}-${MiB + 3}` });
    expect([ranged.status, ranged.headers.get('content-range')]).toEqual([206, `bytes ${MiB - 4}-${MiB + 3}/${bytes.length}`]);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(bytes.subarray(MiB - 4, MiB + 4))).toBe(true);

    // Text is sent as UTF-8 text, never as anything a browser would render.
    const note = await upload(portal.url, a, 'notering.txt', 'Hej på dig\n');
    await material('linkoping', [note.body.id!]);
    const text = await fetchTicket(await ticket(note.body.id!, 'projektledare.linkoping', 'linkoping'));
    expect([text.headers.get('content-type'), await text.text()]).toEqual(['text/plain; charset=utf-8', 'Hej på dig\n']);
  });

  it('serves an uploaded file through the GraphQL side: createMaterial takes it in, createMaterialFileLink makes the link, for anonymous readers of public material too', async () => {
    const a = await as('projektledare.linkoping');
    const bytes = pdf('Publicerad via GraphQL');
    const stored = await upload(portal.url, a, 'publicerad.pdf', bytes);
    const created = await gql<{ createMaterial: { id: string; currentVersion: { files: Array<{ id: string; available: boolean }> } } }>(
      portal.url,
      `mutation($i: MaterialInput!, $f: MaterialVersionInput) { createMaterial(input: $i, files: $f) { id currentVersion { files { id available } } } }`,
      { i: { title: 'Publicerat stöd', kind: 'support', visibility: 'PUBLIC' }, f: { fileIds: [stored.body.id], note: 'Första versionen' } },
      a,
    );
    expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
    expect(created.body.data!.createMaterial.currentVersion.files).toEqual([{ id: stored.body.id, available: true }]);
    const LINK = `mutation($f: ID!, $p: Boolean) { createMaterialFileLink(fileId: $f, preview: $p) { url expiresAt } }`;
    for (const headers of [await as('projektledare.norrkoping'), {}]) {
      const link = await gql<{ createMaterialFileLink: { url: string } }>(portal.url, LINK, { f: stored.body.id, p: false }, headers);
      expect(link.body.errors, JSON.stringify(link.body.errors)).toBeUndefined();
      const response = await fetch(`${portal.url}${link.body.data!.createMaterialFileLink.url}`);
      expect([response.status, sha256(Buffer.from(await response.arrayBuffer()))]).toEqual([200, sha256(bytes)]);
      const preview = await gql<{ createMaterialFileLink: { url: string } }>(portal.url, LINK, { f: stored.body.id, p: true }, headers);
      const shown = await fetch(`${portal.url}${preview.body.data!.createMaterialFileLink.url}`);
      expect([shown.status, shown.headers.get('content-disposition')?.startsWith('inline')]).toEqual([200, true]);
    }
  });

  it('previews PDFs and images inline in a frame of the portal, and refuses a preview of a Word document', async () => {
    const a = await as('projektledare.linkoping');
    const image = await upload(portal.url, a, 'bild.png', png());
    const word = await upload(portal.url, a, 'mall.docx', docx('Mall'));
    await material('linkoping', [image.body.id!, word.body.id!]);
    const shown = await fetchTicket(await ticket(image.body.id!, 'projektledare.linkoping', 'linkoping', { preview: true }), true);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-disposition')).toMatch(/^inline; filename="bild.png"/);
    expect(shown.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(shown.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const refused = await fetchTicket(await ticket(word.body.id!, 'projektledare.linkoping', 'linkoping', { preview: true }), true);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('kan inte förhandsvisas');
    // A download ticket does not open a preview.
    expect((await fetchTicket(await ticket(image.body.id!, 'projektledare.linkoping', 'linkoping'), true)).status).toBe(404);
  });

  it('answers 404 and nothing else to guessed tokens, file ids, expired tickets and tokens in the query string', async () => {
    const a = await as('projektledare.linkoping');
    const stored = await upload(portal.url, a, 'hemlig.pdf', pdf('Hemlig'));
    await material('linkoping', [stored.body.id!]);
    const expired = await ticket(stored.body.id!, 'projektledare.linkoping', 'linkoping', { expired: true });
    const probes = [randomBytes(32).toString('base64url'), stored.body.id!, expired, 'x', sha256('x')];
    const texts = new Set<string>();
    for (const probe of probes) {
      for (const preview of [false, true]) {
        const response = await fetchTicket(probe, preview);
        expect(response.status, probe).toBe(404);
        texts.add(await response.text());
      }
    }
    expect([...texts]).toEqual(['Filen finns inte, eller så har länken gått ut. Öppna materialet i portalen och hämta filen därifrån igen.']);
    const bearer = await fetch(
      `${portal.url}/api/material-files/download/${randomBytes(32).toString('base64url')}?access_token=${await token('projektledare.linkoping')}`,
    );
    expect(bearer.status).toBe(404);
  });

  it('stops a ticket at once when its user can no longer read the file: removed from the network, material made private or archived', async () => {
    const a = await as('projektledare.linkoping');
    const stored = await upload(portal.url, a, 'natverk.pdf', pdf('Delat med nätverket'));
    const materialId = await material('linkoping', [stored.body.id!], 'network');
    const network = String(
      (
        await owner.query(
          `INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'Filnätverket', 'regional', 'hr') RETURNING id`,
          [await orgId('linkoping')],
        )
      ).rows[0].id,
    );
    await owner.query(`INSERT INTO network_member (network_id, user_id, organization_id, role, status) VALUES ($1, $2, $3, 'member', 'active')`, [
      network,
      await userId('projektledare.norrkoping'),
      await orgId('norrkoping'),
    ]);
    await owner.query(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'material', $3, 'seed')`, [
      network,
      materialId,
      await orgId('linkoping'),
    ]);
    const secret = await ticket(stored.body.id!, 'projektledare.norrkoping', 'norrkoping');
    expect((await fetchTicket(secret)).status).toBe(200);
    // Not a member: the ticket of another user in the same organisation never worked.
    expect((await fetchTicket(await ticket(stored.body.id!, 'projektledare.ydre', 'ydre'))).status).toBe(404);
    await owner.query(`DELETE FROM network_member WHERE network_id = $1`, [network]);
    expect((await fetchTicket(secret)).status).toBe(404);

    // The owner's own link stops when the material is archived? No: the owner reads its archived material. Others' stop.
    const region = await upload(portal.url, a, 'region.pdf', pdf('Regionen'));
    const regionMaterial = await material('linkoping', [region.body.id!], 'region');
    const other = await ticket(region.body.id!, 'projektledare.norrkoping', 'norrkoping');
    expect((await fetchTicket(other)).status).toBe(200);
    await owner.query(`UPDATE material SET archived_at = now() WHERE id = $1`, [regionMaterial]);
    expect((await fetchTicket(other)).status).toBe(404);
    await owner.query(`UPDATE material SET archived_at = NULL, visibility = 'private' WHERE id = $1`, [regionMaterial]);
    expect((await fetchTicket(other)).status).toBe(404);
    expect((await fetchTicket(await ticket(region.body.id!, 'projektledare.linkoping', 'linkoping'))).status).toBe(200);
  });

  it('extracts the text of PDFs, Word documents and text files for the material’s search', async () => {
    const a = await as('projektledare.linkoping');
    const files = [
      await upload(portal.url, a, 'sok.pdf', pdf('Kompetensforsorjning i lanet')),
      await upload(portal.url, a, 'sok.docx', docx('Handledarutbildning för chefer')),
      await upload(portal.url, a, 'sok.txt', 'Validering av yrkeskunskaper\n'),
      await upload(portal.url, a, 'sok.png', png()),
    ];
    const ids = files.map((f) => f.body.id!);
    const status = async () =>
      (await owner.query(`SELECT id, text_status FROM material_file WHERE id = ANY ($1)`, [ids])).rows.map((r) => r.text_status as string);
    await until(async () => (await status()).every((s) => s !== 'pending'), 'text extraction');
    const rows = (await owner.query(`SELECT name, text_status, text_content FROM material_file WHERE id = ANY ($1) ORDER BY name`, [ids])).rows;
    expect(rows).toEqual([
      { name: 'sok.docx', text_status: 'done', text_content: 'Handledarutbildning för chefer' },
      { name: 'sok.pdf', text_status: 'done', text_content: 'Kompetensforsorjning i lanet' },
      { name: 'sok.png', text_status: 'none', text_content: null },
      { name: 'sok.txt', text_status: 'done', text_content: 'Validering av yrkeskunskaper' },
    ]);
    // Publishing a version refreshes the material's search text (the lead's mutation calls this).
    const materialId = await material('linkoping', ids);
    await refreshMaterialFileText(owner, materialId);
    const found = async (word: string) =>
      Number(
        (await owner.query(`SELECT count(*) AS n FROM material WHERE id = $1 AND search_vector @@ to_tsquery('app.swedish_unaccent', $2)`, [materialId, word]))
          .rows[0].n,
      );
    expect([await found('handledarutbildning'), await found('validering'), await found('kompetensforsorjning')]).toEqual([1, 1, 1]);

    // A file whose text arrives after the version took it in: the job refreshes the material itself.
    const late = await upload(portal.url, a, 'sen.txt', 'Arbetsmarknadsanalys\n');
    await until(
      async () => (await owner.query(`SELECT text_status FROM material_file WHERE id = $1`, [late.body.id])).rows[0].text_status === 'done',
      'the late file’s text',
    );
    await owner.query(`UPDATE material_file SET text_status = 'pending', text_content = NULL WHERE id = $1`, [late.body.id]);
    const lateMaterial = await material('linkoping', [late.body.id!]);
    await owner.query(`SELECT graphile_worker.add_job('material-file-text', json_build_object('id', $1::text, 'organizationId', $2::text))`, [
      late.body.id,
      await orgId('linkoping'),
    ]);
    await until(
      async () => (await owner.query(`SELECT file_text FROM material WHERE id = $1`, [lateMaterial])).rows[0].file_text === 'Arbetsmarknadsanalys',
      'the material’s text',
    );
  });

  it('removes staged files older than a day and expired tickets in the hourly clean-up', async () => {
    const a = await as('projektledare.linkoping');
    const old = await upload(portal.url, a, 'gammal.pdf', pdf('Gammal'));
    const fresh = await upload(portal.url, a, 'farsk.pdf', pdf('Färsk'));
    await owner.query(`UPDATE material_file SET created_at = now() - interval '25 hours' WHERE id = $1`, [old.body.id]);
    const kept = await upload(portal.url, a, 'kvar.pdf', pdf('Kvar'));
    await material('linkoping', [kept.body.id!]);
    await owner.query(`UPDATE material_file SET created_at = now() - interval '25 hours' WHERE id = $1`, [kept.body.id]);
    await ticket(kept.body.id!, 'projektledare.linkoping', 'linkoping', { expired: true });
    await owner.query(`SELECT graphile_worker.add_job('material-file-cleanup', '{}'::json)`);
    await until(async () => (await rowsNamed('gammal.pdf')) === 0, 'the clean-up');
    expect([await rowsNamed('farsk.pdf'), await rowsNamed('kvar.pdf')]).toEqual([1, 1]);
    await until(
      async () => Number((await owner.query(`SELECT count(*) AS n FROM material_file_ticket WHERE expires_at < now()`)).rows[0].n) === 0,
      'tickets removed',
    );
    expect(fresh.status).toBe(201);
  });
});

describe('material files with the virus scanner down', () => {
  let portal: TestPortal;
  let owner: pg.Client;
  /** The first test's file, whose scan failed, and the material it was put in. */
  let failedFile = '';
  let failedMaterial = '';

  beforeAll(async () => {
    // A port nobody listens on: every scan fails to connect. Ten write points a minute: two
    // uploads (five points each), then RATE_LIMITED.
    portal = await startTestPortal({
      name: 'material-files-no-scanner',
      identity: true,
      env: { CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(await freePort()), PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '10' },
    });
    owner = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await portal?.stop();
  });

  it('saves the file as failed (fail closed), queues a rescan and serves nothing meanwhile', async () => {
    const login = await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping' });
    const reply = await upload(portal.url, { authorization: `Bearer ${login.access_token}` }, 'oskannad.pdf', pdf('Oskannad'));
    expect([reply.status, reply.body.scanStatus]).toEqual([201, 'failed']);
    const row = (await owner.query(`SELECT scan_status, scan_detail, organization_id FROM material_file WHERE id = $1`, [reply.body.id])).rows[0];
    expect(row.scan_status).toBe('failed');
    expect(row.scan_detail).toContain('Virusskyddet kunde inte nås');
    const jobs = (
      await owner.query(
        `SELECT t.identifier AS task_identifier, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
          WHERE t.identifier = 'material-file-scan'`,
      )
    ).rows;
    expect(jobs).toEqual([{ task_identifier: 'material-file-scan', payload: { id: reply.body.id, organizationId: row.organization_id } }]);

    const material = String(
      (
        await owner.query(
          `INSERT INTO material (organization_id, title, kind, visibility, current_version) VALUES ($1, 'Oskannat', 'support', 'region', 1) RETURNING id`,
          [row.organization_id],
        )
      ).rows[0].id,
    );
    await owner.query(`UPDATE material_file SET material_id = $1 WHERE id = $2`, [material, reply.body.id]);
    [failedFile, failedMaterial] = [reply.body.id!, material];
    const secret = randomBytes(32).toString('base64url');
    await owner.query(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES ($1, $2, $3, $4, '', true, false, false, now() + interval '10 minutes')`,
      [sha256(secret), reply.body.id, String(decodeJwt(login.access_token).sub), row.organization_id],
    );
    const refused = await fetch(`${portal.url}${materialFileUrl(secret, false)}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('inte kunnat virussökas');
    // No text is read out of a file that was never scanned.
    expect((await owner.query(`SELECT text_status FROM material_file WHERE id = $1`, [reply.body.id])).rows[0].text_status).toBe('pending');
  });

  it('counts an upload against the per-user write limit and refuses with 429 and Retry-After beyond it', async () => {
    const login = await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping' });
    const headers = { authorization: `Bearer ${login.access_token}` };
    // The first test's upload used five points; this one the other five.
    expect((await upload(portal.url, headers, 'andra.txt', 'Andra\n')).status).toBe(201);
    const refused = await fetch(`${portal.url}/api/material-files?name=tredje.txt`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: 'Tredje\n',
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as UploadReply['body']).error?.code).toBe('RATE_LIMITED');
    expect(Number((await owner.query(`SELECT count(*) AS n FROM material_file WHERE name = 'tredje.txt'`)).rows[0].n)).toBe(0);
  });

  it('lets the owning organisation ask for a new scan after the queue gave up, and nobody else', async () => {
    const headersOf = async (username: string) => ({ authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    // Another Linköping writer than the one whose write points the tests above used up.
    const linkoping = await headersOf('admin.linkoping');
    const norrkoping = await headersOf('projektledare.norrkoping');
    const organization = String((await owner.query(`SELECT organization_id FROM material_file WHERE id = $1`, [failedFile])).rows[0].organization_id);
    await owner.query(
      `INSERT INTO material_version (organization_id, material_id, number, file_ids, created_by_id, created_by_name, visibility) VALUES ($1, $2, 1, $3, 'seed', 'Seed', 'region')`,
      [organization, failedMaterial, [failedFile]],
    );
    const job = async () =>
      (
        await owner.query(
          `SELECT j.attempts, j.max_attempts FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
            WHERE t.identifier = 'material-file-scan' AND j.key = $1`,
          [`material-file-scan:${failedFile}`],
        )
      ).rows[0] as { attempts: number; max_attempts: number };
    // As when every retry has been spent: the queue would never try this file again.
    await owner.query(`UPDATE graphile_worker._private_jobs SET attempts = max_attempts WHERE key = $1`, [`material-file-scan:${failedFile}`]);
    expect((await job()).attempts).toBe((await job()).max_attempts);

    const files = async (headers: Record<string, string>) =>
      (
        await gql<{ material: { currentVersion: { files: Array<{ id: string; scanStatus: string; available: boolean; canRescan: boolean }> } } }>(
          portal.url,
          'query($id: ID!) { material(id: $id) { currentVersion { files { id scanStatus available canRescan } } } }',
          { id: failedMaterial },
          headers,
        )
      ).body.data!.material.currentVersion.files;
    expect(await files(linkoping)).toEqual([{ id: failedFile, scanStatus: 'failed', available: false, canRescan: true }]);
    expect(await files(norrkoping)).toEqual([{ id: failedFile, scanStatus: 'failed', available: false, canRescan: false }]);

    const rescan = (headers: Record<string, string>) =>
      gql<{ rescanMaterialFile: { scanStatus: string; canRescan: boolean } }>(
        portal.url,
        'mutation($f: ID!) { rescanMaterialFile(fileId: $f) { scanStatus canRescan } }',
        { f: failedFile },
        headers,
      );
    // Another organisation may read the file (region material) but not ask for its scan.
    const foreign = await rescan(norrkoping);
    expect(foreign.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(foreign.body.errors?.[0]?.message).toBe('Bara organisationen som äger filen kan be om en ny virussökning.');
    expect((await job()).attempts).toBe((await job()).max_attempts);

    const asked = await rescan(linkoping);
    expect(asked.body.errors).toBeUndefined();
    expect(asked.body.data!.rescanMaterialFile).toEqual({ scanStatus: 'pending', canRescan: false });
    // Queued again with its attempts from zero (the worker may already have made the first).
    expect((await job()).attempts).toBeLessThan((await job()).max_attempts);
    // The scanner is still down: the worker's new try fails closed again, with its reason.
    for (let i = 0; ; i++) {
      const row = (await owner.query(`SELECT scan_status, scan_detail FROM material_file WHERE id = $1`, [failedFile])).rows[0];
      if (row.scan_status === 'failed' && String(row.scan_detail ?? '').includes('Virusskyddet kunde inte nås')) break;
      if (i > 600) throw new Error('Väntade förgäves på den nya virussökningen');
      await owner.query('SELECT pg_sleep(0.05)');
    }
    expect(await files(linkoping)).toEqual([{ id: failedFile, scanStatus: 'failed', available: false, canRescan: true }]);

    // A file the scanner stopped is never scanned again.
    await owner.query(`UPDATE material_file SET scan_status = 'infected', scan_detail = 'Eicar-Test-Signature' WHERE id = $1`, [failedFile]);
    const infected = await rescan(linkoping);
    expect(infected.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(infected.body.errors?.[0]?.message).toContain('stoppades av virusskyddet');
    expect((await owner.query(`SELECT scan_status FROM material_file WHERE id = $1`, [failedFile])).rows[0].scan_status).toBe('infected');
  });
});
