import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS, VOCABULARIES, VOCABULARY_NAMES } from '@portal/shared-domain';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

interface Org {
  slug: string;
  name: string;
  kind: string;
  municipalityCode: string;
}

describe('organisations and vocabularies', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'organizations' });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lists the 15 organisations of DOMAIN.md in Swedish alphabetical order', async () => {
    const result = await gql<{ organizations: Org[] }>(portal.url, '{ organizations { id slug name kind municipalityCode } }');
    expect(result.status).toBe(200);
    const orgs = result.body.data!.organizations;
    expect(orgs).toHaveLength(15);
    expect(orgs.map((o) => o.name)).toEqual([...REGION_ORGANIZATIONS.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'sv')));
    // Å and Ö sort after Z in Swedish, not between A and O.
    expect(orgs.at(-2)?.name).toBe('Åtvidabergs kommun');
    expect(orgs.at(-1)?.name).toBe('Ödeshögs kommun');
    expect(orgs.find((o) => o.slug === 'region-ostergotland')).toMatchObject({ kind: 'REGION', municipalityCode: '05', name: 'Region Östergötland' });
    expect(orgs.find((o) => o.slug === 'tranas')).toMatchObject({ kind: 'MUNICIPALITY', municipalityCode: '0687' });
  });

  it('finds one organisation by slug, NOT_FOUND for an unknown one and BAD_USER_INPUT for a malformed one', async () => {
    const found = await gql<{ organization: Org }>(portal.url, 'query($s: String!) { organization(slug: $s) { name } }', { s: 'linkoping' });
    expect(found.body.data?.organization.name).toBe('Linköpings kommun');

    const missing = await gql(portal.url, 'query($s: String!) { organization(slug: $s) { name } }', { s: 'stockholm' });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.body.errors?.[0]?.message).toBe('Organisationen finns inte.');

    const malformed = await gql(portal.url, 'query($s: String!) { organization(slug: $s) { name } }', { s: "x'; DROP TABLE organization; --" });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors?.[0]?.extensions?.['fieldErrors']).toEqual({ slug: 'Ogiltig kortform.' });
  });

  it('returns every vocabulary with the seeded terms in order, with both labels', async () => {
    const result = await gql<{
      vocabularies: Array<{ name: string; title: { sv: string }; terms: Array<{ code: string; label: { sv: string; en: string }; active: boolean }> }>;
    }>(portal.url, '{ vocabularies { name title { sv } terms { code label { sv en } active } } }');
    const vocabularies = result.body.data!.vocabularies;
    expect(vocabularies.map((v) => v.name)).toEqual(VOCABULARY_NAMES);
    for (const name of VOCABULARY_NAMES) {
      const served = vocabularies.find((v) => v.name === name)!;
      expect(served.terms.map((t) => ({ code: t.code, label: t.label }))).toEqual(
        VOCABULARIES[name].map((t) => ({ code: t.code, label: { sv: t.label.sv, en: t.label.en } })),
      );
      expect(served.terms.every((t) => t.active)).toBe(true);
    }
    expect(vocabularies.find((v) => v.name === 'theme')?.terms.map((t) => t.label.sv)).toContain('Språkutveckling');
  });

  it('filters vocabularies by name and rejects unknown names with a Swedish message', async () => {
    const some = await gql<{ vocabularies: Array<{ name: string }> }>(portal.url, '{ vocabularies(names: ["funder-type", "theme"]) { name } }');
    expect(some.body.data?.vocabularies.map((v) => v.name)).toEqual(['funder-type', 'theme']);

    const unknown = await gql(portal.url, '{ vocabularies(names: ["theme", "planets"]) { name } }');
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.body.errors?.[0]?.message).toMatch(/^Okänd vokabulär: planets\./);
  });
});
