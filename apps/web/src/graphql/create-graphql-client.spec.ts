import { afterEach, describe, expect, it, vi } from 'vitest';
import { organizationsQuery } from '../organizations/organizations-query';
import { createGraphqlClient } from './create-graphql-client';
import { errorCodeOf } from './error-code';

function stubFetch(response: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: object, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('GraphQL client', () => {
  it('POSTs JSON to /graphql, as the API’s CSRF prevention requires', async () => {
    const fetchMock = stubFetch(() => json({ data: { organizations: [] } }));

    const result = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();

    expect(result.data).toEqual({ organizations: [] });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://localhost/graphql');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    const body = init?.body;
    expect(typeof body).toBe('string');
    if (typeof body === 'string') expect(JSON.parse(body)).toMatchObject({ operationName: 'Organizations' });
  });

  it.each([
    ['a code from the API', () => json({ errors: [{ message: 'Nej', extensions: { code: 'FORBIDDEN' } }] }), 'FORBIDDEN'],
    ['an unknown code', () => json({ errors: [{ message: 'Oops', extensions: { code: 'WHATEVER' } }] }), 'INTERNAL'],
    ['HTTP 429 without a GraphQL body', () => new Response('Too many', { status: 429 }), 'RATE_LIMITED'],
    ['HTTP 502 from a proxy', () => new Response('<html>Bad gateway</html>', { status: 502 }), 'SERVICE_UNAVAILABLE'],
  ])('maps %s to its portal error code', async (_case, response, expected) => {
    stubFetch(response);
    const result = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(result.error).toBeDefined();
    if (result.error) expect(errorCodeOf(result.error)).toBe(expected);
  });
});
