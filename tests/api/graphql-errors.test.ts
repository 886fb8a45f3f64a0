import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@portal/shared-domain';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

/** What must never reach a client: SQL, stack frames, file paths, schema hints. */
const INTERNALS = /Did you mean|at .+\(.+:\d+:\d+\)|\/work\/|node_modules|\.ts:\d+|\.js:\d+|SELECT |QueryFailedError|stacktrace|exception/;

function expectCleanError(response: GraphQLResponse, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(errorCodes(response)).toEqual([code]);
  for (const error of response.body.errors ?? []) {
    expect(ERROR_CODES).toContain(error.extensions?.code);
    expect(Object.keys(error.extensions ?? {}).filter((k) => k !== 'code' && k !== 'fieldErrors')).toEqual([]);
  }
  expect(JSON.stringify(response.body)).not.toMatch(INTERNALS);
}

describe('GraphQL errors and limits', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'graphql-errors' });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers a syntax error with 400 INVALID_QUERY in Swedish', async () => {
    const response = await gql(portal.url, '{ organizations { slug ');
    expectCleanError(response, 400, 'INVALID_QUERY');
    expect(response.body.errors?.[0]?.message).toMatch(/^Frågan kunde inte tolkas/);
  });

  it('never suggests field names ("Did you mean") for a misspelt field', async () => {
    const response = await gql(portal.url, '{ organization { slugg } organisations { slug } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    for (const code of errorCodes(response)) expect(code).toBe('INVALID_QUERY');
    expect(JSON.stringify(response.body)).not.toContain('Did you mean');
    expect(JSON.stringify(response.body)).not.toContain('"organizations"');
  });

  it('answers an operation type the schema does not support (subscription) with 400 INVALID_QUERY', async () => {
    const response = await gql(portal.url, 'subscription { organizations { slug } }');
    expectCleanError(response, 400, 'INVALID_QUERY');
    expect(response.body.errors?.[0]?.message).toContain('Portalen stöder inte prenumerationer.');
  });

  it('answers a bad variable with BAD_USER_INPUT', async () => {
    const response = await gql(portal.url, 'query($s: String!) { organization(slug: $s) { name } }', { s: 42 });
    expectCleanError(response, 400, 'BAD_USER_INPUT');
  });

  it('rejects too many aliases with 400 QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: organizations { slug }`).join(' ');
    const response = await gql(portal.url, `{ ${aliases} }`);
    expectCleanError(response, 400, 'QUERY_TOO_COMPLEX');
    expect(response.body.errors?.[0]?.message).toContain('för många alias');
  });

  it('rejects an over-costly query with 400 QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `v${i}: vocabularies { terms { code label { sv en } } }`).join(' ');
    const response = await gql(portal.url, `{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toContain('QUERY_TOO_COMPLEX');
  });

  it('rejects a 6 000-alias document at the parser (token limit) with 400, never 500', async () => {
    const many = `{ ${Array.from({ length: 6_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const response = await gql(portal.url, many);
    expectCleanError(response, 400, 'INVALID_QUERY');
  });

  it('rejects a 100 000-alias body as too large (413) in the same error shape', async () => {
    const huge = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const response = await gql(portal.url, huge);
    expectCleanError(response, 413, 'QUERY_TOO_COMPLEX');
    expect(response.body.errors?.[0]?.message).toBe('Förfrågan är för stor (högst 256kb).');
  });

  it('answers malformed JSON with 400 INVALID_QUERY in Swedish', async () => {
    const response = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'Förfrågan är inte giltig JSON.', extensions: { code: 'INVALID_QUERY' } }] });
  });

  it('refuses a simple (CSRF-able) request without a JSON content type', async () => {
    const response = await fetch(`${portal.url}/graphql?query=${encodeURIComponent('{ organizations { slug } }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"organizations"');
  });

  it('rejects batched requests', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ organizations { slug } }' }, { query: '{ organizations { slug } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"slug"');
  });

  it('gives every response a request id and echoes a well-formed one', async () => {
    const own = await gql(portal.url, '{ organizations { slug } }', undefined, { 'x-request-id': 'test-123' });
    expect(own.headers.get('x-request-id')).toBe('test-123');
    const generated = await gql(portal.url, '{ organizations { slug } }', undefined, { 'x-request-id': 'bad id with spaces<script>' });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
