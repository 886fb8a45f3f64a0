import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { gql, type GraphQLResponse } from '../support/graphql-client.js';

type Headers = Record<string, string>;

const CREATE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { id title } }`;
// A page without a search text, totalCount or facets: not an expensive search, never limited.
const PLAIN_LIST = `{ initiatives(first: 50) { edges { node { title } } } }`;
const SEARCH = `query($s: String!) { initiatives(search: $s, first: 5) { edges { node { title } } } }`;

function input(title: string): Record<string, unknown> {
  return {
    title,
    summary: 'En kort sammanfattning.',
    kind: 'pre-study',
    status: 'ongoing',
    startDate: '2021-02-01',
    endDate: '2021-10-31',
    visibility: 'PUBLIC',
    themes: ['competence-supply'],
    targetGroups: ['permanent-staff'],
  };
}

/** The refusal as the brief defines it: 429, Retry-After in whole seconds, RATE_LIMITED with the same seconds, no data. */
function expectRateLimited(response: GraphQLResponse, what: 'ändringar' | 'sökningar'): void {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.body.data ?? undefined).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors ?? [];
  expect(error?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  expect(error?.message).toMatch(new RegExp(`^För många ${what} på kort tid\\. Vänta ${retryAfter} sekund(er)? och försök igen\\.$`));
}

describe('rate limits (low limits: 3 writes and 3 searches per user, 5 of each per address, per minute)', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const titles = async (headers: Headers): Promise<string[]> => {
    const response = await gql<{ initiatives: { edges: Array<{ node: { title: string } }> } }>(portal.url, PLAIN_LIST, undefined, headers);
    expect(response.status).toBe(200);
    return response.body.data!.initiatives.edges.map((edge) => edge.node.title).sort();
  };

  beforeAll(async () => {
    portal = await startTestPortal({
      name: 'rate-limit',
      identity: true,
      env: {
        PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '3',
        PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: '5',
        PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE: '3',
        PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '5',
      },
    });
    // Logging in is not limited; done up front so the tests below count only what they send.
    await as('projektledare.linkoping');
    await as('projektledare.norrkoping');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("refuses a user's 4th write with 429, Retry-After and RATE_LIMITED, and writes nothing", async () => {
    const linkoping = await as('projektledare.linkoping');
    for (const title of ['Gräns 1', 'Gräns 2', 'Gräns 3']) {
      const response = await gql(portal.url, CREATE, { i: input(title) }, linkoping);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }

    const fourth = await gql(portal.url, CREATE, { i: input('Gräns 4') }, linkoping);
    expectRateLimited(fourth, 'ändringar');

    // Nothing of the refused write reached the database; reads are not limited.
    expect(await titles(linkoping)).toEqual(['Gräns 1', 'Gräns 2', 'Gräns 3']);
    const me = await gql<{ me: { username: string } }>(portal.url, '{ me { username } organizations { slug } }', undefined, linkoping);
    expect(me.status).toBe(200);
    expect(me.body.data?.me.username).toBe('projektledare.linkoping');
  });

  it("lets another user at the same address write on their own limit, until the address's shared limit", async () => {
    const norrkoping = await as('projektledare.norrkoping');
    // The address has counted Linköping's 3 accepted writes (not the refused one): 2 left of 5.
    for (const title of ['Norr 1', 'Norr 2']) {
      const response = await gql(portal.url, CREATE, { i: input(title) }, norrkoping);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
    const third = await gql(portal.url, CREATE, { i: input('Norr 3') }, norrkoping);
    expectRateLimited(third, 'ändringar');
    expect(await titles({})).toEqual(['Gräns 1', 'Gräns 2', 'Gräns 3', 'Norr 1', 'Norr 2']);
  });

  it('limits searches per user and per address, leaves plain pages alone and ignores X-Forwarded-For from an untrusted peer', async () => {
    const linkoping = await as('projektledare.linkoping');
    for (let i = 0; i < 3; i++) {
      const response = await gql(portal.url, SEARCH, { s: 'Gräns' }, linkoping);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
    expectRateLimited(await gql(portal.url, SEARCH, { s: 'Gräns' }, linkoping), 'sökningar');
    // totalCount runs the counting statement: a search as well.
    expectRateLimited(await gql(portal.url, '{ initiatives { totalCount } }', undefined, linkoping), 'sökningar');
    // A page without search text or counts is not a search.
    expect(await titles(linkoping)).toHaveLength(5);

    // Anonymous searches are counted by address only: 2 left of 5.
    expect((await gql(portal.url, SEARCH, { s: 'Norr' })).status).toBe(200);
    expect((await gql(portal.url, SEARCH, { s: 'Norr' })).status).toBe(200);
    expectRateLimited(await gql(portal.url, SEARCH, { s: 'Norr' }), 'sökningar');
    // PORTAL_TRUST_PROXY is unset: a client cannot get a fresh address by naming one.
    expectRateLimited(await gql(portal.url, SEARCH, { s: 'Norr' }, { 'x-forwarded-for': '203.0.113.77' }), 'sökningar');
  });
});

describe('rate limits behind a trusted proxy (PORTAL_TRUST_PROXY=loopback)', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({
      name: 'rate-limit-proxy',
      env: { PORTAL_TRUST_PROXY: 'loopback', PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '1' },
    });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("counts the client address that the trusted proxy forwards, not the proxy's own", async () => {
    const fromA = { 'x-forwarded-for': '203.0.113.1' };
    expect((await gql(portal.url, SEARCH, { s: 'x' }, fromA)).status).toBe(200);
    expectRateLimited(await gql(portal.url, SEARCH, { s: 'x' }, fromA), 'sökningar');
    expect((await gql(portal.url, SEARCH, { s: 'x' }, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });
});
