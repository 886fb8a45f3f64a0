import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { launchChromium } from './browser.js';

// Not imported from the harness: this test must not load the API or the stand-in in-process.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(REPO_ROOT, '.data', 'test', 'custom-ports');
// Settings that would make the start command skip the stand-in or the embedded database.
const INHERITED_OUT = ['OIDC_ISSUER', 'DATABASE_URL', 'DATABASE_MIGRATION_URL', 'WEB_DIST_DIR', 'PORTAL_PUBLIC_URL', 'IDENTITY_PUBLIC_URL', 'SMTP_URL'];

/**
 * `npm start` itself (tools/scripts/start.mjs: build, Keycloak stand-in, API with the embedded
 * PostgreSQL) on ports other than 3000/8080/55432, signed in through the browser. Unlike the
 * test harness, nothing here tells the stand-in about the portal's origin: only PORT does.
 */
describe('npm start on other ports: sign-in in the browser', () => {
  let start: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);
  let output = '';
  let browser: Browser | undefined;
  const env: Record<string, string> = {};

  const waitForOutput = async (pattern: RegExp): Promise<RegExpExecArray> => {
    // Woken by each chunk of output or by the exit; no timer decides anything.
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (!start || start.exitCode !== null || start.signalCode !== null) throw new Error(`npm start ended without ${pattern}:\n${output}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          start?.stdout?.off('data', wake);
          start?.off('exit', wake);
          resolve();
        };
        start?.stdout?.once('data', wake);
        start?.once('exit', wake);
      });
    }
  };

  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group; SIGKILL if that is not enough. */
  const stopPortal = async (): Promise<number | null> => {
    const child = start;
    if (!child?.pid) return null;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
        return true;
      } catch {
        return false; // The whole group has exited.
      }
    };
    let result: number | null | 'stuck' = null;
    if (child.exitCode === null && child.signalCode === null && signalGroup('SIGINT')) {
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<'stuck'>((resolve) => (timer = setTimeout(() => resolve('stuck'), 60_000)));
      result = await Promise.race([exited, stuck]);
      clearTimeout(timer);
    } else {
      result = await exited;
    }
    // The stand-in, the API and PostgreSQL are in the same group: none may outlive the test.
    signalGroup('SIGKILL');
    return result === 'stuck' ? null : result;
  };

  beforeAll(async () => {
    await rm(DATA_DIR, { recursive: true, force: true });
    Object.assign(env, {
      PORT: String(await freePort()),
      IDENTITY_PORT: String(await freePort()),
      PORTAL_DB_PORT: String(await freePort()),
      PORTAL_DATA_DIR: DATA_DIR,
      MAIL_SMTP_PORT: String(await freePort()),
      MAIL_WEB_PORT: String(await freePort()),
    });
    const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', PORTAL_DEMO_DATA: 'off', ...env };
    for (const name of INHERITED_OUT) delete childEnv[name];
    // Its own process group, so that cleanup reaches the stand-in, the API and PostgreSQL too.
    start = spawn(process.execPath, [path.join(REPO_ROOT, 'tools/scripts/start.mjs')], {
      cwd: REPO_ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const child = start;
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForOutput(/Stoppa med Ctrl-C/);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopPortal();
    await rm(DATA_DIR, { recursive: true, force: true });
  });

  it('prints the configured URL, signs projektledare.linkoping in and out through the stand-in, and stops cleanly on Ctrl-C', async () => {
    const url = (await waitForOutput(/körs på (http:\/\/\S+)/))[1]!;
    expect(url).toBe(`http://localhost:${env['PORT']}`);
    const identity = `http://localhost:${env['IDENTITY_PORT']}`;
    expect(output).toContain(`Keycloak-ersättaren svarar på ${identity}/realms/portal`);
    // The local mail catcher on its own ports: its inbox is printed with the portal's address.
    expect(output).toContain(`E-post: http://localhost:${env['MAIL_WEB_PORT']}`);
    const inbox = await fetch(`http://127.0.0.1:${env['MAIL_WEB_PORT']}/`, { headers: { accept: 'text/html' } });
    expect(inbox.status).toBe(200);
    expect(existsSync(path.join(DATA_DIR, 'postgres', 'PG_VERSION'))).toBe(true);

    const context = await browser!.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(`${url}/min-organisation`);
      await page.getByRole('button', { name: 'Logga in' }).first().click();
      // The first page the stand-in shows: its login form, or its error ("redirect_uri did not match").
      await page.waitForURL((address) => address.origin === identity);
      await page.waitForLoadState();
      expect(page.url(), await page.locator('body').innerText()).toMatch(/\/login-actions\//);

      await page.getByLabel('Användarnamn eller e-post').fill('projektledare.linkoping');
      await page.getByLabel('Lösenord').fill('demo');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(`${url}/min-organisation`);
      // Signed in, and the API on PORT accepts the token of the stand-in on IDENTITY_PORT.
      await page.getByText('Inloggad som Anna Lind').waitFor();
      await page.getByRole('heading', { name: 'Organisation', exact: true }).waitFor();
      expect(await page.locator('main').innerText()).toContain('Linköpings kommun');

      // The logout redirect back to the portal must be allowed on this port too.
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.waitForURL(`${url}/`);
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    expect(await stopPortal()).toBe(0);
    expect(output).toContain('Portalen är stoppad.');
    expect(existsSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
