import { afterEach, describe, expect, it, vi } from 'vitest';
import { organizationsQuery } from '../organizations/organizations-query';
import { createGraphqlClient } from './create-graphql-client';
import { errorCodeOf, errorMessageOf } from './error-code';

function stubFetch(response: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: object, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

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

  it('tells a rate-limited user how long to wait, in Swedish and English, from the API’s answer or a bare Retry-After', async () => {
    stubFetch(() =>
      json(
        {
          errors: [
            { message: 'För många ändringar på kort tid. Vänta 42 sekunder och försök igen.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } },
          ],
        },
        429,
      ),
    );
    const fromApi = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(fromApi.error && errorCodeOf(fromApi.error)).toBe('RATE_LIMITED');
    expect(fromApi.error && errorMessageOf(fromApi.error, 'sv')).toBe('För många förfrågningar på kort tid. Vänta 42 sekunder och försök igen.');
    expect(fromApi.error && errorMessageOf(fromApi.error, 'en')).toBe('Too many requests in a short time. Wait 42 seconds and try again.');

    stubFetch(() => new Response('Too many', { status: 429, headers: { 'retry-after': '1' } }));
    const fromProxy = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(fromProxy.error && errorMessageOf(fromProxy.error, 'sv')).toBe('För många förfrågningar på kort tid. Vänta 1 sekund och försök igen.');

    stubFetch(() => new Response('Too many', { status: 429 }));
    const noWait = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(noWait.error && errorMessageOf(noWait.error, 'en')).toBe('Too many requests. Wait a moment and try again.');
  });

  it('shows the server’s message for other codes, and the code’s own text for INTERNAL', async () => {
    stubFetch(() => json({ errors: [{ message: 'Någon annan har ändrat.', extensions: { code: 'CONFLICT' } }] }));
    const conflict = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(conflict.error && errorMessageOf(conflict.error, 'en')).toBe('Någon annan har ändrat.');
    stubFetch(() => json({ errors: [{ message: 'stack trace', extensions: { code: 'INTERNAL' } }] }));
    const internal = await createGraphqlClient('http://localhost/graphql').query(organizationsQuery, {}).toPromise();
    expect(internal.error && errorMessageOf(internal.error, 'sv')).toBe('Något gick fel hos oss. Försök igen, och kontakta supporten om felet kvarstår.');
  });
});
