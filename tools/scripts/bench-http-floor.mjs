// The HTTP floor for `npm run bench`, in a process of its own (forked by bench.mjs): a bare
// node:http server and a pg Pool. POST / with a JSON body { scenario, reader, params } runs, on one
// pooled connection, exactly what the API runs around its queries — BEGIN, the reader's
// transaction-local app.* settings (the same set_config call as apps/api/src/request/request-database.ts),
// the scenario's one hand-written statement, COMMIT — and answers { "data": rows } as JSON.
// It is what the API would cost with nothing but HTTP, JSON and one statement per request.
//
// IPC: { type: 'init', url, poolSize, scenarios: { name: sql }, readers: { name: [5 settings] } }
// → { type: 'ready', port }; { id, type: 'stats' } → { id, cpu }; { id, type: 'stop' } → exit.
import { createServer } from 'node:http';
import pg from 'pg';

if (!process.send) throw new Error('bench-http-floor.mjs is started by bench.mjs (child_process.fork)');

const SET_CONFIG = `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', $3, true), set_config('app.member', $4, true), set_config('app.organization_admin', $5, true)`;

let pool;
let scenarios = {};
let readers = {};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function handle(req, res) {
  let client;
  try {
    if (req.method !== 'POST') throw Object.assign(new Error('POST only'), { status: 405 });
    const { scenario, reader, params } = await readBody(req);
    const sql = scenarios[scenario];
    const settings = readers[reader];
    if (!sql || !settings) throw Object.assign(new Error(`unknown scenario ${scenario} or reader ${reader}`), { status: 400 });
    client = await pool.connect();
    let rows;
    try {
      await client.query('BEGIN');
      await client.query(SET_CONFIG, settings);
      ({ rows } = await client.query(sql, params ?? []));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const body = JSON.stringify({ data: rows });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    const body = JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] });
    res.writeHead(error?.status ?? 500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } finally {
    client?.release();
  }
}

const server = createServer((req, res) => void handle(req, res));
// Like the API (Node's defaults raised for a keep-alive client): idle sockets kept between cells.
server.keepAliveTimeout = 65_000;

process.on('message', async (message) => {
  if (message?.type === 'init') {
    pool = new pg.Pool({ connectionString: message.url, max: message.poolSize });
    pool.on('error', () => undefined);
    scenarios = message.scenarios;
    readers = message.readers;
    server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
  } else if (message?.type === 'stats') {
    process.send({ id: message.id, cpu: process.cpuUsage() });
  } else if (message?.type === 'stop') {
    server.closeAllConnections?.();
    server.close();
    await pool?.end().catch(() => undefined);
    process.send({ id: message.id, stopped: true }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
