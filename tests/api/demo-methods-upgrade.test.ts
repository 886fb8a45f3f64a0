import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@portal/api/dist/database/data-source.js';
import { InitiativeMethodsFromText1796270001000 } from '@portal/api/dist/database/migrations/1796270001000-initiative-methods-from-text.migration.js';
import { seedDemoInitiatives } from '@portal/api/dist/initiatives/demo/demo-initiatives.seed.js';
import { DEMO_METHODS } from '@portal/api/dist/methods/demo/demo-methods.js';
import { seedDemoMethods } from '@portal/api/dist/methods/demo/demo-methods.seed.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { gql } from '../support/graphql-client.js';

// A portal that loaded the demo initiatives before the method bank existed is upgraded: at start
// the free-text migration runs first (making a private method per free-text entry), then the demo
// methods are seeded. Neither may leave one organisation with two methods of the same folded name.

const FOLD = `regexp_replace(app.fold(trim(m.name)), '\\s+', ' ', 'g')`;

interface MethodRow {
  organization: string;
  name: string;
  folded: string;
  visibility: string;
  is_demo: boolean;
}

/** Every method of every organisation, read as the owner role acting in each organisation in turn. */
async function allMethods(ownerUrl: string): Promise<MethodRow[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const organizations = (await client.query<{ id: string; slug: string }>('SELECT id, slug FROM organization')).rows;
    const rows: MethodRow[] = [];
    for (const organization of organizations) {
      await client.query(`SELECT set_config('app.user_id', 'probe', true), set_config('app.organization_id', $1, true), set_config('app.member', 'on', true)`, [
        organization.id,
      ]);
      const found = await client.query<Omit<MethodRow, 'organization'>>(
        `SELECT m.name, ${FOLD} AS folded, m.visibility, m.is_demo FROM method m WHERE m.organization_id = $1`,
        [organization.id],
      );
      rows.push(...found.rows.map((r) => ({ ...r, organization: organization.slug })));
    }
    return rows;
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

function duplicates(rows: readonly MethodRow[]): string[] {
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(`${row.organization}: ${row.folded}`, (seen.get(`${row.organization}: ${row.folded}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

describe('demo methods on a portal upgraded after its demo initiatives were loaded', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'demo-methods-upgrade' });
    // The earlier release: the demo initiatives, with their methods as free text only.
    await seedDemoInitiatives(portal.database.ownerUrl);
    // The upgrade's migration, on that data (at the test portal's start it ran on an empty database).
    const dataSource = new DataSource(dataSourceOptions(portal.database.ownerUrl, 'demo-upgrade-migration'));
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new InitiativeMethodsFromText1796270001000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('seeds the demo methods into the methods the migration made, leaving no organisation two of one name', async () => {
    const before = await allMethods(portal.database.ownerUrl);
    // The migration made Region Östergötland's own private "Validering", among others.
    expect(before).toContainEqual(expect.objectContaining({ organization: 'region-ostergotland', name: 'Validering', visibility: 'private', is_demo: false }));
    expect(duplicates(before)).toEqual([]);

    await seedDemoMethods(portal.database.ownerUrl);
    const after = await allMethods(portal.database.ownerUrl);
    expect(duplicates(after)).toEqual([]);
    // The migration's placeholder became the demo method: public, described, marked as demo.
    expect(after.filter((m) => m.organization === 'region-ostergotland' && m.folded === 'validering')).toEqual([
      expect.objectContaining({ name: 'Validering', visibility: 'public', is_demo: true }),
    ]);
    for (const demo of DEMO_METHODS) {
      expect(
        after.some((m) => m.organization === demo.owner && m.name === demo.input.name && m.is_demo),
        demo.key,
      ).toBe(true);
    }

    // Another organisation's demo initiative links to it, now that it may read it.
    const list = await gql<{ methods: { edges: Array<{ node: { name: string; summary: string; usedBy: Array<{ initiative: { title: string } }> } }> } }>(
      portal.url,
      `{ methods(search: "Validering", first: 5) { edges { node { name summary usedBy { initiative { title } } } } } }`,
    );
    const validation = list.body.data!.methods.edges.map((e) => e.node).find((m) => m.name === 'Validering')!;
    expect(validation.summary).not.toBe('');
    expect(validation.usedBy.map((u) => u.initiative.title)).toContain('Connect 2 – samverkan på riktigt');

    // A restart adds nothing.
    expect(await seedDemoMethods(portal.database.ownerUrl)).toEqual({ added: 0, links: 0 });
    expect((await allMethods(portal.database.ownerUrl)).length).toBe(after.length);
  });
});
