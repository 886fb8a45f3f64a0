import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { seedDemoInitiatives } from '@portal/api/dist/initiatives/demo/demo-initiatives.seed.js';
import { DEMO_MATERIAL } from '@portal/api/dist/material/demo/demo-material.js';
import { seedDemoMaterial } from '@portal/api/dist/material/demo/demo-material.seed.js';
import { seedDemoMethods } from '@portal/api/dist/methods/demo/demo-methods.seed.js';
import { seedDemoNetworks } from '@portal/api/dist/networks/demo/demo-networks.seed.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

type Headers = Record<string, string>;

interface Node {
  id: string;
  title: string;
  kind: string;
  isDemo: boolean;
  visibility: string;
  reviewStatus: string;
  summary: string;
  description: string;
  organization: { slug: string };
  currentVersion: { number: number; files: Array<{ name: string; mediaType: string; sizeBytes: number; available: boolean; textIndexed: boolean }> } | null;
}

const NODE = `id title kind isDemo visibility reviewStatus summary description organization { slug }
  currentVersion { number files { name mediaType sizeBytes available textIndexed } }`;
const SEARCH = `query($s: String) { materials(search: $s, first: 100) { totalCount edges { node { ${NODE} } } } }`;
const titleOf = (key: string) => DEMO_MATERIAL.find((d) => d.key === key)!.title;

describe('demo material loaded on first start', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };
  const search = async (term: string | null, headers: Headers = {}) =>
    ok(await gql<{ materials: { totalCount: number; edges: Array<{ node: Node }> } }>(portal.url, SEARCH, { s: term }, headers)).materials.edges.map(
      (e) => e.node,
    );
  const byTitle = async (title: string, headers: Headers) => (await search(null, headers)).find((n) => n.title === title);

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'demo-material', demoData: true, identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('shows the public demo material anonymously, marked as demo, each with a current version of real files', async () => {
    const nodes = await search(null);
    const publicTitles = DEMO_MATERIAL.filter((d) => d.visibility === 'public').map((d) => d.title);
    expect(nodes.map((n) => n.title).sort()).toEqual([...publicTitles].sort());
    for (const node of nodes) {
      expect(node.isDemo, node.title).toBe(true);
      expect(node.organization.slug).toBe('linkoping');
      expect(node.currentVersion?.files.length, node.title).toBeGreaterThan(0);
      for (const file of node.currentVersion!.files) {
        expect(file.sizeBytes).toBeGreaterThan(0);
        expect(file.available && file.textIndexed, file.name).toBe(true);
        expect(file.mediaType).toBe(file.name.endsWith('.pdf') ? 'application/pdf' : 'text/plain');
      }
    }
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['process-map', 'template', 'report']));
  });

  it('finds a word that occurs only inside a demo PDF', async () => {
    const found = await search('creamingeffekt');
    expect(found.map((n) => n.title)).toEqual([titleOf('forspar-jobbspar')]);
    const node = found[0]!;
    expect(`${node.title} ${node.summary} ${node.description}`.toLowerCase()).not.toContain('creaming');
    expect(node.currentVersion!.files.map((f) => f.mediaType)).toEqual(['application/pdf']);
  });

  it('has the framework for development placements as a strategic document whose review is overdue, in Linköping’s "Att granska"', async () => {
    const strategy = (await byTitle(titleOf('ram-for-samverkan'), await as('projektledare.linkoping')))!;
    expect(strategy).toMatchObject({ kind: 'strategy', reviewStatus: 'review-due', visibility: 'REGION' });
    const expired = (await byTitle(titleOf('nyckeltal-2021'), await as('projektledare.linkoping')))!;
    expect(expired.reviewStatus).toBe('expired');

    const REVIEWS = '{ materialReviews { responsible { title } organization { title } } }';
    const mine = ok(
      await gql<{ materialReviews: { responsible: Array<{ title: string }>; organization: Array<{ title: string }> } }>(
        portal.url,
        REVIEWS,
        {},
        await as('projektledare.linkoping'),
      ),
    ).materialReviews;
    expect(mine.responsible.map((m) => m.title)).toEqual([titleOf('ram-for-samverkan')]);
    expect(mine.organization.map((m) => m.title).sort()).toEqual([titleOf('nyckeltal-2021'), titleOf('ram-for-samverkan')].sort());
    const admin = ok(
      await gql<{ materialReviews: { organization: Array<{ title: string }> } }>(portal.url, REVIEWS, {}, await as('admin.linkoping')),
    ).materialReviews;
    expect(admin.organization.map((m) => m.title)).toContain(titleOf('ram-for-samverkan'));
  });

  it('has a template adapted by Motala and Ydre, whose original has changed since for the variants’ owners', async () => {
    const template = (await byTitle(titleOf('yrkesprofil-mall'), {}))!;
    expect(template.currentVersion?.number).toBe(2);
    const adaptations = ok(
      await gql<{ material: { adaptations: Array<{ organization: { slug: string }; material: { title: string } | null }> } }>(
        portal.url,
        'query($id: ID!) { material(id: $id) { adaptations { organization { slug } material { title } } } }',
        { id: template.id },
        await as('ordforande.hr'),
      ),
    ).material.adaptations;
    expect(adaptations.map((a) => a.organization.slug).sort()).toEqual(['motala', 'ydre']);
    // Each variant is private: Motala's user sees Motala's variant, not Ydre's.
    expect(adaptations.find((a) => a.organization.slug === 'motala')?.material?.title).toBe('Mall: yrkesprofil inför ett lokalt jobbspår – Motala');
    expect(adaptations.find((a) => a.organization.slug === 'ydre')?.material).toBeNull();

    const REVIEWS = `{ materialReviews { originalChanged { title isAdaptation visibility
      originalChange { seenVersion currentVersion original { title } newVersions { number note } } currentVersion { files { name } } } } }`;
    for (const [user, title] of [
      ['ordforande.hr', 'Mall: yrkesprofil inför ett lokalt jobbspår – Motala'],
      ['projektledare.ydre', 'Mall: yrkesprofil inför ett lokalt jobbspår – Ydre'],
    ] as const) {
      const changed = ok(
        await gql<{
          materialReviews: {
            originalChanged: Array<{
              title: string;
              isAdaptation: boolean;
              visibility: string;
              originalChange: {
                seenVersion: number;
                currentVersion: number;
                original: { title: string };
                newVersions: Array<{ number: number; note: string }>;
              } | null;
              currentVersion: { files: Array<{ name: string }> } | null;
            }>;
          };
        }>(portal.url, REVIEWS, {}, await as(user)),
      ).materialReviews.originalChanged;
      expect(changed, user).toHaveLength(1);
      expect(changed[0]).toMatchObject({ title, isAdaptation: true, visibility: 'PRIVATE' });
      expect(changed[0]!.originalChange).toMatchObject({ seenVersion: 1, currentVersion: 2, original: { title: titleOf('yrkesprofil-mall') } });
      expect(changed[0]!.originalChange!.newVersions.map((v) => v.number)).toEqual([2]);
      expect(changed[0]!.currentVersion?.files.map((f) => f.name)).toEqual(['mall-yrkesprofil.pdf', 'yrkesprofil-instruktion.txt']);
    }
  });

  it('shares a network-only template that another municipality’s member of the network reads, and a non-member does not', async () => {
    const title = titleOf('handlingsplan-mall');
    const own = (await byTitle(title, await as('projektledare.linkoping')))!;
    expect(own.visibility).toBe('NETWORK');
    const read = (user: string) =>
      as(user).then((headers) => gql<{ material: { title: string } }>(portal.url, 'query($id: ID!) { material(id: $id) { title } }', { id: own.id }, headers));
    // Maria Holm (Ydre) is a member of the labour-market chiefs' network it is shared with.
    expect(ok(await read('projektledare.ydre')).material.title).toBe(title);
    expect((await search('handlingsplan', await as('projektledare.ydre'))).map((n) => n.title)).toContain(title);
    expect(errorCodes(await read('projektledare.norrkoping'))).toEqual(['NOT_FOUND']);
    expect((await search('handlingsplan', await as('projektledare.norrkoping'))).map((n) => n.title)).not.toContain(title);
    expect((await search('handlingsplan')).map((n) => n.title)).not.toContain(title);
  });

  it('recorded creation and each published version in the history', async () => {
    const template = (await byTitle(titleOf('yrkesprofil-mall'), {}))!;
    const history = ok(
      await gql<{ materialHistory: Array<{ action: string }> }>(
        portal.url,
        'query($id: ID!) { materialHistory(id: $id) { action } }',
        { id: template.id },
        await as('projektledare.linkoping'),
      ),
    ).materialHistory;
    expect(history.map((h) => h.action)).toEqual(['version-published', 'version-published', 'created']);
  });

  it('adds nothing when seeded again (as on a restart)', async () => {
    const count = async () => {
      const client = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
      await client.connect();
      try {
        return Number((await client.query('SELECT count(*) AS n FROM material WHERE is_demo')).rows[0].n);
      } finally {
        await client.end();
      }
    };
    const before = await count();
    expect(before).toBe(DEMO_MATERIAL.length + DEMO_MATERIAL.flatMap((d) => d.adaptations ?? []).length);
    expect(await seedDemoMaterial(portal.database.ownerUrl)).toEqual({ added: 0 });
    expect(await count()).toBe(before);
  });
});

// A portal whose demo initiatives, methods and networks were loaded by a release before the
// material register: its next start seeds the material (none exists yet), linked and shared.
describe('demo material on a portal upgraded after its other demo data was loaded', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'demo-material-upgrade' });
    await seedDemoInitiatives(portal.database.ownerUrl);
    await seedDemoMethods(portal.database.ownerUrl);
    await seedDemoNetworks(portal.database.ownerUrl);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('adds every demo material with its links and network share, then nothing on the next start', async () => {
    const expected = DEMO_MATERIAL.length + DEMO_MATERIAL.flatMap((d) => d.adaptations ?? []).length;
    expect(await seedDemoMaterial(portal.database.ownerUrl)).toEqual({ added: expected });
    const client = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await client.connect();
    try {
      const report = await client.query<{ links: number }>(`SELECT cardinality(initiative_ids) AS links FROM material WHERE title = $1`, [
        titleOf('slutrapport-connect-2'),
      ]);
      expect(report.rows).toEqual([{ links: 2 }]);
      const shares = await client.query<{ name: string }>(
        `SELECT n.name FROM network_share s JOIN network n ON n.id = s.network_id JOIN material ma ON ma.id = s.record_id WHERE s.record_kind = 'material' AND ma.title = $1`,
        [titleOf('handlingsplan-mall')],
      );
      expect(shares.rows).toEqual([{ name: 'Arbetsmarknadschefsnätverket' }]);
    } finally {
      await client.end();
    }
    expect(await seedDemoMaterial(portal.database.ownerUrl)).toEqual({ added: 0 });
  });
});
