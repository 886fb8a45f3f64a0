import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';
import { CHANGES, worded } from '../support/history.js';

// The initiative form picks its methods from the bank: `methodIds` on create and update sets the
// initiative's links in the same save, each one recorded in its history like linkInitiativeMethod.

const INITIATIVE = `id version methods methodRefs { id name }`;
const CREATE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { ${INITIATIVE} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { ${INITIATIVE} } }`;
const GET = `query($id: ID!) { initiative(id: $id) { ${INITIATIVE} } }`;
const HISTORY = `query($id: ID!) { initiativeHistory(id: $id) { action version ${CHANGES} } }`;
const CREATE_METHOD = `mutation($i: MethodInput!) { createMethod(input: $i) { id name } }`;
const ARCHIVE_METHOD = `mutation($id: ID!) { archiveMethod(id: $id) { id } }`;
const RESTORE_METHOD = `mutation($id: ID!) { restoreMethod(id: $id) { id } }`;

type Headers = Record<string, string>;
interface InitiativeNode {
  id: string;
  version: number;
  methods: string[];
  methodRefs: Array<{ id: string; name: string }>;
}
interface HistoryRow {
  action: string;
  version: number;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

const MISSING_ID = '5b1f7d0e-0a51-4c1e-9a01-00000000abcd';
const NOT_LINKABLE = 'Metoden finns inte i metodbanken, eller så har du inte tillgång till den.';

function initiativeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Insats med metoder ur banken', kind: 'pilot', status: 'ongoing', startDate: '2024-01-01', visibility: 'REGION', ...overrides };
}

const fieldErrors = (response: GraphQLResponse) => (response.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as Record<string, string>;

describe('an initiative’s methods from the bank, set by the form’s save (methodIds)', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const method = async (headers: Headers, name: string, visibility: string): Promise<{ id: string; name: string }> => {
    const response = await gql<{ createMethod: { id: string; name: string } }>(portal.url, CREATE_METHOD, { i: { name, visibility } }, headers);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createMethod;
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };
  const linkHistory = async (headers: Headers, id: string): Promise<HistoryRow[]> =>
    ok(worded(await gql<{ initiativeHistory: HistoryRow[] }>(portal.url, HISTORY, { id }, headers))).initiativeHistory.filter((h) =>
      h.action.startsWith('method-'),
    );

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'initiatives-method-ids', identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('creates an initiative linked to the chosen methods, each link in its history, the free text kept', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const shared = await method(norrkoping, 'Norrköpings delade bankmetod', 'PUBLIC');
    const own = await method(linkoping, 'Linköpings egen bankmetod', 'PRIVATE');
    const created = ok(
      await gql<{ createInitiative: InitiativeNode }>(
        portal.url,
        CREATE,
        // The same id twice is one link.
        { i: initiativeInput({ methods: ['Något som inte finns i banken'], methodIds: [shared.id, own.id, shared.id] }) },
        linkoping,
      ),
    ).createInitiative;
    expect(created.version).toBe(1);
    expect(created.methods).toEqual(['Något som inte finns i banken']);
    expect(created.methodRefs.map((m) => m.name)).toEqual(['Linköpings egen bankmetod', 'Norrköpings delade bankmetod']);
    expect(await linkHistory(linkoping, created.id)).toEqual(
      expect.arrayContaining([
        { action: 'method-linked', version: 1, changes: [{ field: 'methodRefs', before: null, after: 'Norrköpings delade bankmetod' }] },
        { action: 'method-linked', version: 1, changes: [{ field: 'methodRefs', before: null, after: 'Linköpings egen bankmetod' }] },
      ]),
    );
    expect(await linkHistory(linkoping, created.id)).toHaveLength(2);
  });

  it('adds and removes links on update, recording each; the version moves with the fields only, as link and unlink leave it', async () => {
    const linkoping = await as('projektledare.linkoping');
    const first = await method(linkoping, 'Första uppdateringsmetoden', 'REGION');
    const second = await method(linkoping, 'Andra uppdateringsmetoden', 'REGION');
    const created = ok(
      await gql<{ createInitiative: InitiativeNode }>(portal.url, CREATE, { i: initiativeInput({ methodIds: [first.id] }) }, linkoping),
    ).createInitiative;

    const swapped = ok(
      await gql<{ updateInitiative: InitiativeNode }>(
        portal.url,
        UPDATE,
        { id: created.id, v: 1, i: initiativeInput({ summary: 'Ny sammanfattning', methodIds: [second.id] }) },
        linkoping,
      ),
    ).updateInitiative;
    expect(swapped.version).toBe(2);
    expect(swapped.methodRefs.map((m) => m.id)).toEqual([second.id]);
    // Entries of one save share its time, so they are compared as a set.
    const atVersion2 = async () => (await linkHistory(linkoping, created.id)).filter((h) => h.version === 2);
    const linkedSecond = { action: 'method-linked', version: 2, changes: [{ field: 'methodRefs', before: null, after: 'Andra uppdateringsmetoden' }] };
    const unlinkedFirst = { action: 'method-unlinked', version: 2, changes: [{ field: 'methodRefs', before: 'Första uppdateringsmetoden', after: null }] };
    expect(await atVersion2()).toEqual(expect.arrayContaining([linkedSecond, unlinkedFirst]));
    expect(await atVersion2()).toHaveLength(2);

    // Only the links change: recorded, and the version (which an open form holds) stays.
    const linksOnly = ok(
      await gql<{ updateInitiative: InitiativeNode }>(
        portal.url,
        UPDATE,
        { id: created.id, v: 2, i: initiativeInput({ summary: 'Ny sammanfattning', methodIds: [first.id, second.id] }) },
        linkoping,
      ),
    ).updateInitiative;
    expect(linksOnly.version).toBe(2);
    expect(linksOnly.methodRefs.map((m) => m.name)).toEqual(['Andra uppdateringsmetoden', 'Första uppdateringsmetoden']);
    expect((await linkHistory(linkoping, created.id))[0]).toEqual({
      action: 'method-linked',
      version: 2,
      changes: [{ field: 'methodRefs', before: null, after: 'Första uppdateringsmetoden' }],
    });
    expect(await atVersion2()).toHaveLength(3);

    // Optimistic locking as before: a stale version is a CONFLICT and the links stay as they were.
    const stale = await gql(portal.url, UPDATE, { id: created.id, v: 1, i: initiativeInput({ summary: 'Gammal', methodIds: [] }) }, linkoping);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(ok(await gql<{ initiative: InitiativeNode }>(portal.url, GET, { id: created.id }, linkoping)).initiative.methodRefs).toHaveLength(2);
  });

  it('leaves the links as they are when methodIds is left out (older clients), and keeps a link to a method archived since', async () => {
    const linkoping = await as('projektledare.linkoping');
    const kept = await method(linkoping, 'Metod som ligger kvar', 'REGION');
    const archived = await method(linkoping, 'Metod som arkiveras', 'REGION');
    const created = ok(
      await gql<{ createInitiative: InitiativeNode }>(portal.url, CREATE, { i: initiativeInput({ methodIds: [kept.id, archived.id] }) }, linkoping),
    ).createInitiative;
    const before = (await linkHistory(linkoping, created.id)).length;

    const omitted = ok(
      await gql<{ updateInitiative: InitiativeNode }>(
        portal.url,
        UPDATE,
        { id: created.id, v: 1, i: initiativeInput({ summary: 'Ändrad utan methodIds' }) },
        linkoping,
      ),
    ).updateInitiative;
    expect(omitted.version).toBe(2);
    expect(omitted.methodRefs.map((m) => m.id).sort()).toEqual([kept.id, archived.id].sort());
    expect(await linkHistory(linkoping, created.id)).toHaveLength(before);

    // The form never shows an archived method, so saving without it must not remove its link.
    ok(await gql(portal.url, ARCHIVE_METHOD, { id: archived.id }, linkoping));
    const saved = ok(
      await gql<{ updateInitiative: InitiativeNode }>(
        portal.url,
        UPDATE,
        { id: created.id, v: 2, i: initiativeInput({ summary: 'Ändrad utan methodIds', methodIds: [kept.id] }) },
        linkoping,
      ),
    ).updateInitiative;
    expect(saved.methodRefs.map((m) => m.id)).toEqual([kept.id]);
    ok(await gql(portal.url, RESTORE_METHOD, { id: archived.id }, linkoping));
    const restored = ok(await gql<{ initiative: InitiativeNode }>(portal.url, GET, { id: created.id }, linkoping)).initiative;
    expect(restored.methodRefs.map((m) => m.id).sort()).toEqual([kept.id, archived.id].sort());
  });

  it('refuses an unknown, malformed or unreadable method id per position, without naming it, and writes nothing', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const secret = await method(norrkoping, 'Norrköpings hemliga bankmetod', 'PRIVATE');
    const readable = await method(linkoping, 'Läsbar metod i felprovet', 'REGION');

    const refused = await gql(
      portal.url,
      CREATE,
      { i: initiativeInput({ title: 'Insats som inte sparas', methodIds: [readable.id, secret.id, MISSING_ID, 'inte-ett-id'] }) },
      linkoping,
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(refused)).toEqual({ 'methodIds.1': NOT_LINKABLE, 'methodIds.2': NOT_LINKABLE, 'methodIds.3': NOT_LINKABLE });
    expect(JSON.stringify(refused.body)).not.toContain('Norrköpings hemliga bankmetod');
    // Together with the form's other errors, all at once.
    const both = await gql(portal.url, CREATE, { i: initiativeInput({ title: '', methodIds: [secret.id] }) }, linkoping);
    expect(Object.keys(fieldErrors(both)).sort()).toEqual(['methodIds.0', 'title']);
    const found = await gql<{ initiatives: { totalCount: number } }>(
      portal.url,
      'query($s: String) { initiatives(search: $s, first: 5) { totalCount } }',
      { s: 'Insats som inte sparas' },
      linkoping,
    );
    expect(found.body.data?.initiatives.totalCount).toBe(0);

    // On update too; the initiative and its links stay as they were.
    const created = ok(
      await gql<{ createInitiative: InitiativeNode }>(portal.url, CREATE, { i: initiativeInput({ methodIds: [readable.id] }) }, linkoping),
    ).createInitiative;
    const update = await gql(portal.url, UPDATE, { id: created.id, v: 1, i: initiativeInput({ summary: 'Ändrad', methodIds: [secret.id] }) }, linkoping);
    expect(fieldErrors(update)).toEqual({ 'methodIds.0': NOT_LINKABLE });
    const stored = ok(await gql<{ initiative: InitiativeNode }>(portal.url, GET, { id: created.id }, linkoping)).initiative;
    expect(stored).toMatchObject({ version: 1, methodRefs: [{ id: readable.id }] });
    // The owner itself may link its private method.
    const own = ok(await gql<{ createInitiative: InitiativeNode }>(portal.url, CREATE, { i: initiativeInput({ methodIds: [secret.id] }) }, norrkoping));
    expect(own.createInitiative.methodRefs.map((m) => m.name)).toEqual(['Norrköpings hemliga bankmetod']);
  });
});
