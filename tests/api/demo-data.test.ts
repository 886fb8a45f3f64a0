import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INITIATIVES } from '@portal/api/dist/initiatives/demo/demo-initiatives.js';
import { seedDemoInitiatives } from '@portal/api/dist/initiatives/demo/demo-initiatives.seed.js';
import { DEMO_INITIATIVE_METHODS, DEMO_METHODS } from '@portal/api/dist/methods/demo/demo-methods.js';
import { seedDemoMethods } from '@portal/api/dist/methods/demo/demo-methods.seed.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

interface ListNode {
  id: string;
  title: string;
  isDemo: boolean;
  visibility: string;
}

interface Detail {
  title: string;
  isDemo: boolean;
  kind: string;
  status: string;
  startDate: string;
  endDate: string;
  fundingLines: Array<{ funderType: string; registryNumber: string; programmeArea: string; amountSek: number | null }>;
  partners: Array<{ role: string; name: string; organization: { slug: string } | null }>;
  relations: Array<{ kind: string; direction: string; other: { title: string } }>;
  pearlString: { predecessors: Array<{ title: string }>; successors: Array<{ title: string }> };
  followUps: Array<{ milestone: string; dueDate: string; status: string | null; livesOn: string; overdue: boolean }>;
}

const DETAIL = `query($id: ID!) {
  initiative(id: $id) {
    title isDemo kind status startDate endDate
    fundingLines { funderType registryNumber programmeArea amountSek }
    partners { role name organization { slug } }
    relations { kind direction other { title } }
    pearlString { predecessors { title } successors { title } }
    followUps { milestone dueDate status livesOn overdue }
  }
}`;

const titleOf = (key: string) => DEMO_INITIATIVES.find((d) => d.key === key)!.input.title;
const publicDemo = DEMO_INITIATIVES.filter((d) => d.input.visibility === 'public');
const privateDemo = DEMO_INITIATIVES.filter((d) => d.input.visibility === 'private');

/** Counts as the owner role acting in each organisation in turn, so private rows are counted too. */
async function countAll(ownerUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const orgs = (await client.query<{ id: string }>('SELECT id FROM organization')).rows;
    const totals: Record<string, number> = { initiative: 0, initiative_change: 0, initiative_relation: 0, initiative_follow_up: 0 };
    for (const org of orgs) {
      await client.query(`SELECT set_config('app.user_id', 'probe', true), set_config('app.organization_id', $1, true)`, [org.id]);
      for (const table of Object.keys(totals)) {
        const rows = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [org.id]);
        totals[table]! += rows.rows[0]!.n;
      }
    }
    return totals;
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

describe('demo initiatives loaded on first start', () => {
  let portal: TestPortal;
  let nodes: ListNode[] = [];
  const idOf = (key: string) => nodes.find((n) => n.title === titleOf(key))!.id;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'demo-data', demoData: true });
    const list = await gql<{ initiatives: { totalCount: number; edges: Array<{ node: ListNode }> } }>(
      portal.url,
      '{ initiatives(first: 50) { totalCount edges { node { id title isDemo visibility } } } }',
    );
    expect(list.body.errors).toBeUndefined();
    nodes = list.body.data!.initiatives.edges.map((e) => e.node);
    expect(list.body.data!.initiatives.totalCount).toBe(publicDemo.length);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lists exactly the public demo initiatives to an anonymous visitor, all marked as demo', () => {
    expect(nodes.map((n) => n.title).sort()).toEqual(publicDemo.map((d) => d.input.title).sort());
    expect(nodes.every((n) => n.isDemo && n.visibility === 'PUBLIC')).toBe(true);
    expect(nodes.map((n) => n.title)).toEqual(expect.arrayContaining(['Connect 1 – samverkan på riktigt', 'Connect 2 – samverkan på riktigt']));
  });

  it('shows Connect 1 and 2 with their ESF funding, partners and pearl string', async () => {
    for (const [key, area, registryNumber] of [
      ['connect-1', 'PO1', ''],
      ['connect-2', 'PO2', '2020/00694'],
    ] as const) {
      const result = await gql<{ initiative: Detail }>(portal.url, DETAIL, { id: idOf(key) });
      expect(result.body.errors).toBeUndefined();
      const connect = result.body.data!.initiative;
      expect(connect).toMatchObject({ isDemo: true, kind: 'pre-study', status: 'completed', startDate: '2021-02-01', endDate: '2021-10-31' });
      expect(connect.fundingLines).toEqual([{ funderType: 'esf-plus', registryNumber, programmeArea: area, amountSek: null }]);
      const slugs = connect.partners.map((p) => p.organization?.slug);
      expect(slugs).toEqual(expect.arrayContaining(['region-ostergotland', 'tranas', 'boxholm', 'norrkoping', 'soderkoping']));
      expect(connect.partners.find((p) => p.organization?.slug === 'region-ostergotland')?.name).toBe('Region Östergötland');
      expect(connect.relations).toContainEqual({
        kind: 'builds-on',
        direction: 'OUTGOING',
        other: { title: titleOf('linkoping-arbetsmodell-idrott-service') },
      });
      // The project office builds on both; the private initiatives that build on Connect 2 stay hidden.
      expect(connect.pearlString).toEqual({
        predecessors: [{ title: titleOf('linkoping-arbetsmodell-idrott-service') }],
        successors: [{ title: titleOf('region-projektkontor') }],
      });
      // Ended 2021-10-31: all three follow-ups are due; what was recorded shows what lived on.
      expect(connect.followUps.map((f) => f.dueDate)).toEqual(['2022-04-30', '2022-10-31', '2023-10-31']);
      expect(connect.followUps[0]).toMatchObject({ status: 'spread', overdue: false });
      expect(connect.followUps[0]!.livesOn).not.toBe('');
    }
  });

  it('links Heltidsaktiveringen to 500-uppdraget and the work model, with follow-ups left overdue', async () => {
    const result = await gql<{ initiative: Detail }>(portal.url, DETAIL, { id: idOf('linkoping-heltidsaktiveringen') });
    const programme = result.body.data!.initiative;
    expect(programme.fundingLines.map((f) => f.amountSek)).toEqual([18_000_000, 2_000_000, null]);
    expect(programme.pearlString.predecessors.map((p) => p.title)).toEqual([
      titleOf('linkoping-arbetsmodell-idrott-service'),
      titleOf('linkoping-500-uppdraget'),
    ]);
    expect(programme.relations).toContainEqual({ kind: 'successor-of', direction: 'OUTGOING', other: { title: titleOf('linkoping-500-uppdraget') } });
    // HR Arbetsmarknad is part of it, but region-visible only: an anonymous visitor does not see that relation.
    expect(programme.relations.some((r) => r.kind === 'part-of')).toBe(false);
    expect(programme.followUps.map((f) => [f.milestone, f.status, f.overdue])).toEqual([
      ['6-months', null, true],
      ['1-year', null, true],
      ['2-years', null, true],
    ]);
  });

  it('does not show private or region demo initiatives anonymously, not even by id', async () => {
    expect(privateDemo.length).toBeGreaterThanOrEqual(2);
    const client = new pg.Client({ connectionString: portal.database.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      for (const demo of privateDemo) {
        const org = await client.query<{ id: string }>('SELECT id FROM organization WHERE slug = $1', [demo.owner]);
        await client.query(`SELECT set_config('app.user_id', 'probe', true), set_config('app.organization_id', $1, true)`, [org.rows[0]!.id]);
        const row = await client.query<{ id: string; is_demo: boolean }>('SELECT id, is_demo FROM initiative WHERE title = $1', [demo.input.title]);
        expect(row.rows[0]?.is_demo).toBe(true);
        const anonymous = await gql(portal.url, DETAIL, { id: row.rows[0]!.id });
        expect(errorCodes(anonymous)).toEqual(['NOT_FOUND']);
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
    const hidden = DEMO_INITIATIVES.filter((d) => d.input.visibility !== 'public').map((d) => d.input.title);
    expect(nodes.some((n) => hidden.includes(n.title))).toBe(false);
  });

  it('stored every demo initiative with its history, relations and follow-ups', async () => {
    const totals = await countAll(portal.database.ownerUrl);
    const relations = DEMO_INITIATIVES.reduce((n, d) => n + d.relations.length, 0);
    const recorded = DEMO_INITIATIVES.reduce((n, d) => n + d.followUps.length, 0);
    const completed = DEMO_INITIATIVES.filter((d) => d.input.status === 'completed').length;
    expect(totals).toEqual({
      initiative: DEMO_INITIATIVES.length,
      // One 'created' entry each, then one per relation added and per follow-up recorded.
      initiative_change: DEMO_INITIATIVES.length + relations + recorded,
      initiative_relation: relations,
      initiative_follow_up: completed * 3,
    });
  });

  it('adds nothing when seeded again on the same database (as on a restart)', async () => {
    const before = await countAll(portal.database.ownerUrl);
    expect(await seedDemoInitiatives(portal.database.ownerUrl)).toEqual({ added: 0 });
    expect(await countAll(portal.database.ownerUrl)).toEqual(before);
  });

  it('loads the demo methods with their evidence as the reports state it, linked to the demo initiatives', async () => {
    const list = await gql<{ methods: { totalCount: number; edges: Array<{ node: { name: string; isDemo: boolean; visibility: string } }> } }>(
      portal.url,
      '{ methods(first: 50) { totalCount edges { node { name isDemo visibility } } } }',
    );
    expect(list.body.errors).toBeUndefined();
    // Every bank method is public; the private ones made from other free text stay with their organisation.
    expect(list.body.data!.methods.edges.map((e) => e.node.name).sort()).toEqual(DEMO_METHODS.map((d) => d.input.name).sort());
    expect(list.body.data!.methods.edges.every((e) => e.node.isDemo && e.node.visibility === 'PUBLIC')).toBe(true);
    const connect2 = await gql<{ initiative: { methodRefs: Array<{ name: string; evidenceLevel: string | null }> } }>(
      portal.url,
      'query($id: ID!) { initiative(id: $id) { methodRefs { name evidenceLevel } } }',
      { id: idOf('connect-2') },
    );
    const expected = [...new Set(Object.values(DEMO_INITIATIVE_METHODS['connect-2']!))].map((key) => DEMO_METHODS.find((d) => d.key === key)!.input.name);
    expect(connect2.body.data!.initiative.methodRefs.map((m) => m.name).sort()).toEqual(expected.sort());
    const se = DEMO_METHODS.find((d) => d.key === 'supported-employment')!;
    const seId = (
      await gql<{ methods: { edges: Array<{ node: { id: string } }> } }>(
        portal.url,
        'query($s: String) { methods(search: $s, first: 1) { edges { node { id } } } }',
        { s: 'Supported Employment' },
      )
    ).body.data!.methods.edges[0]!.node.id;
    const detail = await gql<{
      method: {
        evidenceLevel: string;
        evidenceSources: Array<{ kind: string }>;
        organization: { slug: string };
        usedBy: Array<{ initiative: { title: string } }>;
      };
    }>(portal.url, 'query($id: ID!) { method(id: $id) { evidenceLevel evidenceSources { kind } organization { slug } usedBy { initiative { title } } } }', {
      id: seId,
    });
    expect(detail.body.data!.method).toMatchObject({ evidenceLevel: se.input.evidenceLevel, organization: { slug: se.owner } });
    expect(detail.body.data!.method.evidenceSources.map((s) => s.kind)).toEqual(se.input.evidenceSources.map((s) => s.kind));
    expect(detail.body.data!.method.usedBy.map((u) => u.initiative.title)).toContain(titleOf('connect-2'));
  });

  it('stored a private method of the initiative’s organisation for each free text that is not a bank method, and adds nothing on a restart', async () => {
    const client = new pg.Client({ connectionString: portal.database.ownerUrl });
    await client.connect();
    const counts = async () => {
      await client.query('BEGIN');
      try {
        const orgs = (await client.query<{ id: string }>('SELECT id FROM organization')).rows;
        const totals = { method: 0, privateMethod: 0, method_change: 0, initiative_method: 0 };
        for (const org of orgs) {
          await client.query(`SELECT set_config('app.user_id', 'probe', true), set_config('app.organization_id', $1, true)`, [org.id]);
          const row = (
            await client.query<{ m: number; p: number; c: number; l: number }>(
              `SELECT (SELECT count(*)::int FROM method WHERE organization_id = $1) AS m, (SELECT count(*)::int FROM method WHERE organization_id = $1 AND visibility = 'private') AS p,
                      (SELECT count(*)::int FROM method_change WHERE organization_id = $1) AS c, (SELECT count(*)::int FROM initiative_method WHERE organization_id = $1) AS l`,
              [org.id],
            )
          ).rows[0]!;
          totals.method += row.m;
          totals.privateMethod += row.p;
          totals.method_change += row.c;
          totals.initiative_method += row.l;
        }
        return totals;
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      const owners = new Map(DEMO_INITIATIVES.map((d) => [d.key, d.owner]));
      const privateNames = new Set<string>();
      let links = 0;
      for (const [key, mapping] of Object.entries(DEMO_INITIATIVE_METHODS)) {
        for (const [text, target] of Object.entries(mapping)) if (target === null) privateNames.add(`${owners.get(key)}:${text.toLocaleLowerCase('sv-SE')}`);
        links += new Set(Object.entries(mapping).map(([text, target]) => target ?? `free:${text.toLocaleLowerCase('sv-SE')}`)).size;
      }
      const before = await counts();
      expect(before).toEqual({
        method: DEMO_METHODS.length + privateNames.size,
        privateMethod: privateNames.size,
        method_change: DEMO_METHODS.length + privateNames.size,
        initiative_method: links,
      });
      expect(await seedDemoMethods(portal.database.ownerUrl)).toEqual({ added: 0, links: 0 });
      expect(await counts()).toEqual(before);
    } finally {
      await client.end();
    }
  });
});
