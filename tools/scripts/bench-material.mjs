// The material register's part of `npm run bench` (called from bench.mjs after its own cells; alone,
// after a build: `node tools/scripts/bench-material.mjs`): 10 000 synthetic materials
// (insertSyntheticMaterial, apps/api/src/material/demo/synthetic-material.ts) in a database of its
// own (.data/bench-material/), the built API in production mode in a process of its own
// (bench-api.mjs), then `materials(search:, first: 20)` with totalCount, every facet and the first
// page's titles and current files, for a broad and a selective word, anonymous and signed in.
// Sequential requests (concurrency 1) after a warm-up: median and p95 of the answer time, and the
// API's statements per request (its TypeORM statement counter, statement-counter.ts, over IPC).
// Prints the figures and writes docs/benchmarks-material.md.
import { fork } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, '.data', 'bench-material');
const SIZE = Number(process.env.BENCH_MATERIAL_SIZE ?? 10_000);
const REQUESTS = Number(process.env.BENCH_MATERIAL_REQUESTS ?? 60);
const WARM_UP = 5;
const SIGNED_IN_USER = process.env.BENCH_USER ?? 'projektledare.linkoping';

const QUERY = `query BenchMaterialSearch($search: String!) {
  materials(search: $search, first: 20) {
    totalCount
    facets { kind { value count } theme { value count } organization { value count } reviewStatus { value count } hasAdaptations { value count } }
    edges { node { title currentVersion { files { name } } } }
  }
}`;

const dist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href);
const identityDist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/identity/dist', file)).href);

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

/** bench-api.mjs in a child process; `stats()` reads its statement counter. */
function startApi(childEnv) {
  const child = fork(path.join(ROOT, 'tools/scripts/bench-api.mjs'), [], { env: childEnv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let next = 0;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message?.type === 'ready') resolve();
      pending.get(message?.id)?.(message);
      pending.delete(message?.id);
    });
    child.once('exit', (code) => reject(new Error(`bench-api.mjs exited (${code})`)));
  });
  ready.catch(() => undefined);
  const call = (type) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      child.send({ type, id });
    });
  return {
    ready,
    stats: async () => (await call('stats')).statements,
    async stop() {
      if (child.exitCode !== null) return;
      await Promise.race([call('stop'), exited]);
      await exited;
    },
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

async function post(url, headers, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY, variables }),
  });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`materials(search:) failed (HTTP ${response.status}): ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data.materials;
}

export async function benchMaterial() {
  const started = performance.now();
  const { startEmbeddedDatabase } = await dist('database/embedded-database.js');
  const { insertSyntheticMaterial, SYNTHETIC_MATERIAL_SEARCH_WORDS } = await dist('material/demo/synthetic-material.js');
  const { startIdentityStandIn } = await identityDist('identity-stand-in.js');
  const { loginWithPkce } = await identityDist('login-with-pkce.js');
  const { default: pg } = await import('pg');

  let database;
  let identity;
  let api;
  let superuser;
  try {
    await rm(DATA_DIR, { recursive: true, force: true });
    console.log(`» Material: startar PostgreSQL i ${path.relative(ROOT, DATA_DIR)}…`);
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: await freePort() });
    const port = await freePort();
    identity = await startIdentityStandIn({
      port: await freePort(),
      dataDir: path.join(DATA_DIR, 'identity'),
      extraRedirectOrigins: [`http://127.0.0.1:${port}`],
      accessTokenTtlSeconds: 3600,
    });
    console.log('» Material: startar API:t (produktionsläge, egen process)…');
    api = startApi({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // graphql-js reads NODE_ENV when it is first imported: set for the child before it loads the API.
      NODE_ENV: 'production',
      KEYCLOAK_ADMIN_CLIENT_SECRET: 'bench-secret-not-a-placeholder',
      PORT: String(port),
      DATABASE_URL: database.appUrl,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      WEB_DIST_DIR: '',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      PORTAL_DEMO_DATA: 'off',
      PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '0',
      PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: '0',
      PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE: '0',
      PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '0',
      OIDC_ISSUER: identity.issuer,
    });
    await api.ready;

    console.log(`» Material: lägger in ${SIZE} syntetiska material…`);
    const seedStarted = performance.now();
    await insertSyntheticMaterial(database.ownerUrl, SIZE, { seed: 1 });
    // The visibility map too, as after autovacuum, so the planner sees the table as it would be.
    superuser = new pg.Client({ connectionString: database.superuserUrl.replace(/\/postgres$/, '/portal') });
    superuser.on('error', () => undefined);
    await superuser.connect();
    for (const table of ['material', 'material_file', 'material_version']) await superuser.query(`VACUUM ANALYZE ${table}`);
    // pg_stat_statements is preloaded by embedded-database.ts; the extension makes its view readable.
    await superuser.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const token = (await loginWithPkce({ issuer: identity.issuer, username: SIGNED_IN_USER })).access_token;
    const readers = [
      { name: 'anonymous', headers: {} },
      { name: `signed in (${SIGNED_IN_USER})`, headers: { authorization: `Bearer ${token}` } },
    ];
    const terms = [
      { name: 'selective', word: SYNTHETIC_MATERIAL_SEARCH_WORDS.selective },
      { name: 'broad', word: SYNTHETIC_MATERIAL_SEARCH_WORDS.broad },
    ];
    const rows = [];
    for (const term of terms) {
      for (const reader of readers) {
        let answer;
        for (let i = 0; i < WARM_UP; i++) answer = await post(graphqlUrl, reader.headers, { search: term.word });
        const times = [];
        await superuser.query('SELECT pg_stat_statements_reset()');
        const before = await api.stats();
        for (let i = 0; i < REQUESTS; i++) {
          const t0 = performance.now();
          await post(graphqlUrl, reader.headers, { search: term.word });
          times.push(performance.now() - t0);
        }
        const statements = ((await api.stats()) - before) / REQUESTS;
        // Where the time goes: the API's slowest statements over the timed requests.
        const slowest = (
          await superuser.query(
            `SELECT calls, mean_exec_time AS mean, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements
              WHERE userid = (SELECT oid FROM pg_roles WHERE rolname = 'portal_app') ORDER BY total_exec_time DESC LIMIT 3`,
          )
        ).rows;
        times.sort((a, b) => a - b);
        rows.push({
          term: `${term.name} "${term.word}"`,
          reader: reader.name,
          totalCount: answer.totalCount,
          pageRows: answer.edges.length,
          files: answer.edges.reduce((n, e) => n + (e.node.currentVersion?.files.length ?? 0), 0),
          p50: quantile(times, 0.5),
          p95: quantile(times, 0.95),
          statements,
          slowest,
        });
      }
    }

    const header = '| Search | Reader | totalCount | Page rows (files) | p50 ms | p95 ms | Statements/req |';
    const table = [
      header,
      '|---|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.term} | ${r.reader} | ${r.totalCount.toLocaleString('sv-SE')} | ${r.pageRows} (${r.files}) | ${ms(r.p50)} | ${ms(r.p95)} | ${Math.round(r.statements * 10) / 10} |`,
      ),
    ].join('\n');
    const slow = rows
      .map(
        (r) =>
          `- ${r.term}, ${r.reader}:\n${r.slowest.map((q) => `  - ${ms(q.mean)} ms × ${q.calls / REQUESTS}/req: \`${q.query.replace(/`/g, "'")}…\``).join('\n')}`,
      )
      .join('\n');
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const markdown = `# Benchmarks: the material register's search

Generated by \`npm run bench\` (tools/scripts/bench-material.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; overwritten on every run.

- Machine: ${cpu}, ${os.cpus().length} cores; Node.js ${process.version}; load average before the requests ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.
- Data: ${SIZE.toLocaleString('sv-SE')} synthetic materials (\`insertSyntheticMaterial\`, seed 1; ~55 % public, ~35 % region, ~10 % private, over the 15 organisations; one version with one or two files each, their text searchable), seeded in ${seedSeconds.toFixed(1)} s, then \`VACUUM ANALYZE\`.
- The built API in production mode in a process of its own (bench-api.mjs, rate limits off); ${REQUESTS} sequential requests per row after ${WARM_UP} warm-ups, answer time measured by the client (fetch, keep-alive).
- Query: \`materials(search: $word, first: 20)\` with totalCount, facets (kind, theme, organization, reviewStatus, hasAdaptations: value, count) and edges { node { title currentVersion { files { name } } } }.
- Statements/req: the API's TypeORM statement counter (\`statementCount()\`, apps/api/src/database/statement-counter.ts) over the timed requests, including the transaction frame.

${table}

The API's statements taking the most time (pg_stat_statements, mean execution time in PostgreSQL):

${slow}
`;
    const output = process.env.BENCH_MATERIAL_OUTPUT ?? path.join(ROOT, 'docs', 'benchmarks-material.md');
    await writeFile(output, markdown);
    console.log(`\nMaterial register, ${SIZE} materials (NODE_ENV=production):\n${table}\n${slow}`);
    console.log(`Skrev ${path.relative(ROOT, output)} (${((performance.now() - started) / 60_000).toFixed(1)} min).`);
  } finally {
    await superuser?.end().catch(() => undefined);
    await api?.stop().catch((error) => console.error(`API stopped with an error: ${error.message}`));
    await identity?.close().catch(() => undefined);
    await database?.stop().catch((error) => console.error(`PostgreSQL stopped with an error: ${error.message}`));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchMaterial();
