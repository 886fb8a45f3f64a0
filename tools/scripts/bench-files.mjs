// `npm run bench:files`: uploads and downloads one 50 MiB file through the built API (production
// mode, its own process: bench-api.mjs) on its own embedded PostgreSQL (.data/bench-files/),
// and prints MB/s both ways and the API process's resident memory (VmRSS from /proc/<pid>/status)
// before, at its peak during each transfer, and after: streaming keeps it flat.
//
// With clamd installed (tools/scripts/clamd.mjs) the upload is also scanned, as in production;
// BENCH_FILES_CLAMD=off measures without it. Neither side holds the file: the client sends it in
// 64 KiB pieces and hashes the download as it arrives.
import { fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clamdInstalled, startClamd } from './clamd.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, '.data', 'bench-files');
const SIZE = 50 * 1024 * 1024;
const PIECE = 64 * 1024;
const MB = 1024 * 1024;

const { runCommand } = await import('./run-command.mjs');
if (process.env.BENCH_SKIP_BUILD !== '1') {
  const built = await runCommand('npx', ['nx', 'run-many', '-t', 'build', '-p', 'shared-domain', 'api', 'identity', '--output-style=static']);
  if (built !== 0) process.exit(built);
}
const dist = (file) => import(pathToFileURL(path.join(ROOT, file)).href);
const { startEmbeddedDatabase } = await dist('apps/api/dist/database/embedded-database.js');
const { startIdentityStandIn } = await dist('apps/identity/dist/identity-stand-in.js');
const { loginWithPkce } = await dist('apps/identity/dist/login-with-pkce.js');
const { materialFileUrl } = await dist('apps/api/dist/material/files/material-file-urls.js');
const { default: pg } = await import('pg');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Samples `pid`'s RSS every 20 ms while `work` runs: the peak. */
async function peakRss(pid, work) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 20);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, rssMiB(pid)) };
  } finally {
    clearInterval(timer);
  }
}

/** The file: a PDF header, then pseudo-random bytes (incompressible, like real documents), made piece by piece. */
function* filePieces() {
  const seed = randomBytes(PIECE);
  for (let sent = 0; sent < SIZE; sent += PIECE) {
    const piece = Buffer.from(seed);
    piece.writeUInt32BE(sent / PIECE, 0);
    if (sent === 0) Buffer.from('%PDF-1.7\n').copy(piece);
    yield piece.subarray(0, Math.min(PIECE, SIZE - sent));
  }
}

function upload(url, token) {
  const hash = createHash('sha256');
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/material-files?name=bench.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': String(SIZE) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        res.statusCode === 201 ? resolve({ ...JSON.parse(body), sha256: hash.digest('hex') }) : reject(new Error(`HTTP ${res.statusCode}: ${body}`)),
      );
    });
    const pieces = filePieces();
    const pump = () => {
      for (;;) {
        const next = pieces.next();
        if (next.done) return req.end();
        hash.update(next.value);
        if (!req.write(next.value)) return req.once('drain', pump);
      }
    };
    pump();
  });
}

function download(url) {
  const hash = createHash('sha256');
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
      let bytes = 0;
      res.on('data', (d) => {
        bytes += d.length;
        hash.update(d);
      });
      res.on('end', () => resolve({ bytes, sha256: hash.digest('hex') }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

let database;
let identity;
let api;
let clamd;
try {
  await rm(DATA_DIR, { recursive: true, force: true });
  database = await startEmbeddedDatabase({ dataDir: path.join(DATA_DIR, 'postgres'), port: await freePort() });
  const port = await freePort();
  identity = await startIdentityStandIn({
    port: await freePort(),
    dataDir: path.join(DATA_DIR, 'identity'),
    extraRedirectOrigins: [`http://127.0.0.1:${port}`],
  });
  if (process.env.BENCH_FILES_CLAMD !== 'off' && clamdInstalled()) clamd = await startClamd({ dir: path.join(DATA_DIR, 'clamd'), port: await freePort() });
  api = fork(path.join(ROOT, 'tools/scripts/bench-api.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      KEYCLOAK_ADMIN_CLIENT_SECRET: 'bench-secret-not-a-placeholder',
      PORT: String(port),
      DATABASE_URL: database.appUrl,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      WEB_DIST_DIR: '',
      LOG_LEVEL: 'warn',
      PORTAL_DEMO_DATA: 'off',
      OIDC_ISSUER: identity.issuer,
      ...(clamd ? { CLAMAV_HOST: clamd.host, CLAMAV_PORT: String(clamd.port) } : {}),
    },
  });
  await new Promise((resolve, reject) => {
    api.on('message', (m) => m?.type === 'ready' && resolve());
    api.once('exit', (code) => reject(new Error(`bench-api.mjs exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const login = await loginWithPkce({ issuer: identity.issuer, username: 'projektledare.linkoping' });
  const token = login.access_token;
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

  // Warm-up: a small upload, so the first request's module loading is not counted as the file's memory.
  await new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/material-files?name=warm.txt`,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' } },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', reject);
    req.end('Uppvärmning\n');
  });
  const before = rssMiB(api.pid);

  // Several rounds: a process whose memory grew with the file would grow each round; a bounded
  // one levels off at its allocator's high-water mark after the first.
  const rounds = Math.max(1, Number(process.env.BENCH_FILES_ROUNDS ?? 3));
  const admin = new pg.Client({ connectionString: database.superuserUrl.replace(/\/postgres$/, '/portal') });
  await admin.connect();
  const organization = (await admin.query(`SELECT id FROM organization WHERE slug = 'linkoping'`)).rows[0].id;
  const f = (n) => n.toFixed(1);
  const lines = [];
  let scanStatus = '';
  for (let round = 1; round <= rounds; round++) {
    let started = process.hrtime.bigint();
    const up = await peakRss(api.pid, () => upload(url, token));
    const upSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const afterUpload = rssMiB(api.pid);
    scanStatus = up.result.scanStatus;

    // A ticket as createMaterialFileLink makes it (the lead's mutation), written as the superuser.
    const secret = randomBytes(32).toString('base64url');
    await admin.query(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES ($1, $2, $3, $4, '', true, false, false, now() + interval '10 minutes')`,
      [createHash('sha256').update(secret).digest('hex'), up.result.id, claims.sub, organization],
    );
    started = process.hrtime.bigint();
    const down = await peakRss(api.pid, () => download(`${url}${materialFileUrl(secret, false)}`));
    const downSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = rssMiB(api.pid);
    if (down.result.bytes !== SIZE || down.result.sha256 !== up.result.sha256) throw new Error('Nedladdade byte skiljer sig från de uppladdade');
    lines.push(
      `Omgång ${round}: upp ${f(SIZE / MB / upSeconds)} MB/s, ned ${f(SIZE / MB / downSeconds)} MB/s (sha256 lika); ` +
        `RSS topp upp ${f(up.peak)} MiB, efter ${f(afterUpload)} MiB, topp ned ${f(down.peak)} MiB, efter ${f(after)} MiB`,
    );
  }
  await admin.end();
  console.log(
    `\nFil: ${SIZE / MB} MiB, ${clamd ? `virussökt av clamd (scanStatus ${scanStatus})` : 'utan virussökning'}, NODE_ENV=production, ${process.version}`,
  );
  console.log(`API:ets RSS före: ${f(before)} MiB`);
  for (const line of lines) console.log(line);
} finally {
  if (api && api.exitCode === null) {
    api.send({ id: 0, type: 'stop' });
    await new Promise((resolve) => api.once('exit', resolve));
  }
  await clamd?.stop();
  await identity?.close();
  await database?.stop();
}
