import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-portal.js';
import { freePort } from '../support/free-port.js';
import { gql } from '../support/graphql-client.js';

const MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
const DATA_DIR = path.join(REPO_ROOT, '.data', 'test', 'start-command');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a built entry point (the API unless `args` says otherwise) with the test environment. */
function run(env: Record<string, string>, args: string[] = [MAIN]): Started {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORTAL_DATA_DIR: DATA_DIR, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`Saw no ${pattern} in:\n${started.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the start command with the embedded database', () => {
  const running: Started[] = [];
  afterAll(async () => {
    for (const started of running) if (started.child.exitCode === null) started.child.kill('SIGKILL');
    await rm(DATA_DIR, { recursive: true, force: true });
  });

  it('starts PostgreSQL in the data folder, prints the URL and psql, refuses a second start, stops cleanly on Ctrl-C and keeps data over a restart', async () => {
    await rm(DATA_DIR, { recursive: true, force: true });
    const port = String(await freePort());
    const dbPort = String(await freePort());
    const env = { PORT: port, PORTAL_DB_PORT: dbPort };

    const first = run(env);
    running.push(first);
    await waitForOutput(first, /Stoppa med Ctrl-C/);
    expect(first.output()).toContain(`Projektkontor Östergötland körs på http://localhost:${port}`);
    expect(first.output()).toMatch(new RegExp(`psql "postgres://portal_owner:[^@]+@127\\.0\\.0\\.1:${dbPort}/portal"`));
    expect(existsSync(path.join(DATA_DIR, 'postgres', 'PG_VERSION'))).toBe(true);
    const ownerUrl = /psql "([^"]+)"/.exec(first.output())![1]!;

    // Data written now must survive the restart (and the seed must not overwrite it).
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query(`UPDATE organization SET name = 'Ydre kommun (omdöpt i test)' WHERE slug = 'ydre'`);
    await client.end();

    const second = run({ PORT: String(await freePort()), PORTAL_DB_PORT: String(await freePort()) });
    running.push(second);
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain('Portalen körs redan');
    expect(second.output()).toContain('Inga data har rörts');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Portalen är stoppad.');
    expect(existsSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(DATA_DIR, 'portal.lock'))).toBe(false);

    const third = run(env);
    running.push(third);
    await waitForOutput(third, /Stoppa med Ctrl-C/);
    const result = await gql<{ organizations: Array<{ slug: string; name: string }> }>(`http://127.0.0.1:${port}`, '{ organizations { slug name } }');
    expect(result.body.data?.organizations.find((o) => o.slug === 'ydre')?.name).toBe('Ydre kommun (omdöpt i test)');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });

  it("refuses to start in production with the realm export's placeholder admin secret, without a stack trace", async () => {
    const started = run({ NODE_ENV: 'production', KEYCLOAK_ADMIN_CLIENT_SECRET: 'change-me-in-production', PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('Portalen startar inte: KEYCLOAK_ADMIN_CLIENT_SECRET');
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('says clearly when the port is taken, without starting anything', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const started = run({ PORT: String(port), PORTAL_DB_PORT: String(await freePort()) });
      running.push(started);
      expect(await started.exited).toBe(2);
      expect(started.output()).toContain(`Port ${port} används redan`);
      expect(existsSync(path.join(DATA_DIR, 'portal.lock'))).toBe(false);
    } finally {
      blocker.close();
    }
  });
});

describe('two portals on one machine with their own ports and data folders', () => {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const spawnWithOutput = (args: string[], env: Record<string, string>): Started => {
    const started = run(env, args);
    children.push(started.child);
    return started;
  };

  it('both answer /health and `npm run token` signs a user in against each, following PORT and IDENTITY_PORT', async () => {
    const portals = [];
    for (const name of ['two-portals-a', 'two-portals-b']) {
      const dataDir = path.join(REPO_ROOT, '.data', 'test', name);
      await rm(dataDir, { recursive: true, force: true });
      dirs.push(dataDir);
      const env = {
        PORT: String(await freePort()),
        IDENTITY_PORT: String(await freePort()),
        PORTAL_DB_PORT: String(await freePort()),
        PORTAL_DATA_DIR: dataDir,
      };
      const identity = spawnWithOutput([path.join(REPO_ROOT, 'apps/identity/dist/main.js')], env);
      await waitForOutput(identity, /Keycloak-ersättaren svarar på/);
      const api = spawnWithOutput([MAIN], { ...env, OIDC_ISSUER: `http://localhost:${env.IDENTITY_PORT}/realms/portal` });
      portals.push({ env, api });
    }
    for (const { env, api } of portals) {
      await waitForOutput(api, /Stoppa med Ctrl-C/);
      expect((await fetch(`http://127.0.0.1:${env.PORT}/health`)).status).toBe(200);
      // The token command logs in with the portal's own redirect URI (PORT) at IDENTITY_PORT.
      const token = spawnWithOutput([path.join(REPO_ROOT, 'tools/scripts/token.mjs'), 'projektledare.linkoping'], env);
      expect(await token.exited, token.output()).toBe(0);
      const accessToken = token.output().trim();
      const claims = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString('utf8')) as { iss: string };
      expect(claims.iss).toBe(`http://localhost:${env.IDENTITY_PORT}/realms/portal`);
      const me = await gql<{ me: { username: string } | null }>(`http://127.0.0.1:${env.PORT}`, '{ me { username } }', undefined, {
        authorization: `Bearer ${accessToken}`,
      });
      expect(me.body.data?.me?.username).toBe('projektledare.linkoping');
    }
  });
});
