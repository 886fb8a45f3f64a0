import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

describe('NODE_ENV=production', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'production', production: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('turns introspection off', async () => {
    const response = await gql(portal.url, '{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['INVALID_QUERY']);
    expect(JSON.stringify(response.body)).not.toContain('"Query"');
    const typeProbe = await gql(portal.url, '{ __type(name: "Organization") { fields { name } } }');
    expect(errorCodes(typeProbe)).toEqual(['INVALID_QUERY']);
  });

  it('serves no landing page', async () => {
    const response = await fetch(`${portal.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body).not.toMatch(/<html|apollo|sandbox|embeddable/i);
  });

  it('still answers ordinary queries', async () => {
    const response = await gql<{ organizations: unknown[] }>(portal.url, '{ organizations { slug } }');
    expect(response.status).toBe(200);
    expect(response.body.data?.organizations).toHaveLength(15);
  });
});

describe('development mode', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'development' });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('allows introspection and serves the landing page for a browser', async () => {
    const response = await gql<{ __schema: { queryType: { name: string } } }>(portal.url, '{ __schema { queryType { name } } }');
    expect(response.body.data?.__schema.queryType.name).toBe('Query');
    const page = await fetch(`${portal.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });
});
