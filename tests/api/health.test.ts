import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@portal/shared-domain';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: await response.json() };
}

async function waitForHealth(url: string, expected: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = (await health(url)).status;
    if (last === expected) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

describe('GET /health', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'health' });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers 200 with the database status while PostgreSQL is up', async () => {
    const result = await health(portal.url);
    expect(result).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
  });

  it('answers 503 while the database is down, GraphQL says SERVICE_UNAVAILABLE without internals, and both recover by themselves', async () => {
    await portal.stopDatabase();
    expect(await health(portal.url)).toEqual({ status: 503, body: { status: 'unavailable', database: 'down' } });

    const during = await gql(portal.url, '{ organizations { slug } }');
    expect(errorCodes(during)).toEqual(['SERVICE_UNAVAILABLE']);
    const text = JSON.stringify(during.body);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select|stack|\.js:\d+|node_modules/i);
    for (const code of errorCodes(during)) expect(ERROR_CODES).toContain(code);

    await portal.startDatabase();
    expect(await waitForHealth(portal.url, 200)).toBe(200);
    const after = await gql<{ organizations: unknown[] }>(portal.url, '{ organizations { slug } }');
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.organizations).toHaveLength(15);
  });
});
