import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { dataSourceOptions } from '@portal/api/dist/database/data-source.js';
import { RelationHistoryById1796200000000 } from '@portal/api/dist/database/migrations/1796200000000-relation-history-by-id.migration.js';
import { CHANGES, worded } from '../support/history.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { gql } from '../support/graphql-client.js';

/**
 * History entries written before relations were stored by id named the other end by title. The
 * migration must leave no title stored: ids where the title identifies the other end, a neutral
 * marker where it does not. Old-format rows are written as superuser, then the migration's `up`
 * runs again as the owner role, as at start-up.
 */
describe('the migration of relation history entries from titles to ids', () => {
  let portal: TestPortal;
  let superuser: pg.Client;
  const ids: Record<string, string> = {};
  let changeId = '';

  const runMigration = async (direction: 'up' | 'down') => {
    const dataSource = new DataSource(dataSourceOptions(portal.database.ownerUrl, 'migration-test'));
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new RelationHistoryById1796200000000()[direction](runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  };
  const storedChanges = async () => (await superuser.query(`SELECT changes FROM initiative_change WHERE id = $1`, [changeId])).rows[0].changes as unknown[];

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'relation-history-migration', identity: true });
    superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await superuser.connect();
    const orgs = (await superuser.query(`SELECT id, slug FROM organization WHERE slug IN ('linkoping', 'norrkoping')`)).rows as Array<{
      id: string;
      slug: string;
    }>;
    const org = (slug: string) => orgs.find((o) => o.slug === slug)!.id;
    const initiatives: Array<[key: string, slug: string, visibility: string, title: string]> = [
      ['from', 'linkoping', 'region', 'Linköpings påbyggnad'],
      ['linked', 'norrkoping', 'private', 'Norrköpings hemliga grund'],
      ['unique', 'norrkoping', 'private', 'Borttagen men unik'],
      ['twin1', 'norrkoping', 'region', 'Dubblett'],
      ['twin2', 'linkoping', 'region', 'Dubblett'],
    ];
    for (const [key, slug, visibility, title] of initiatives) {
      ids[key] = (
        await superuser.query(`INSERT INTO initiative (organization_id, visibility, title, kind, status) VALUES ($1, $2, $3, 'pilot', 'idea') RETURNING id`, [
          org(slug),
          visibility,
          title,
        ])
      ).rows[0].id;
    }
    await superuser.query(`INSERT INTO initiative_relation (organization_id, from_id, to_id, kind) VALUES ($1, $2, $3, 'builds-on')`, [
      org('linkoping'),
      ids['from'],
      ids['linked'],
    ]);
    const oldFormat = [
      { field: 'relations', before: null, after: 'Bygger på: Norrköpings hemliga grund' },
      { field: 'relations', before: 'Efterföljare till: Borttagen men unik', after: null },
      { field: 'relations', before: 'Ingår i: Dubblett', after: null },
      { field: 'relations', before: null, after: 'Bygger på: Finns inte längre' },
      { field: 'relations', before: null, after: 'Något helt annat' },
    ];
    changeId = (
      await superuser.query(
        `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, 1, 'seed', 'Seed', 'relation-added', $3::jsonb) RETURNING id`,
        [org('linkoping'), ids['from'], JSON.stringify(oldFormat)],
      )
    ).rows[0].id;
    await runMigration('up');
  });
  afterAll(async () => {
    await superuser?.end();
    await portal?.stop();
  });

  it('stores the other end by id where its title identifies it, and keeps no title at all', async () => {
    const changes = await storedChanges();
    expect(changes).toEqual([
      { field: 'relations', before: null, after: { kind: 'builds-on', initiativeId: ids['linked'] } },
      { field: 'relations', before: { kind: 'successor-of', initiativeId: ids['unique'] }, after: null },
      { field: 'relations', before: { kind: 'part-of', initiativeId: null }, after: null },
      { field: 'relations', before: null, after: { kind: 'builds-on', initiativeId: null } },
      { field: 'relations', before: null, after: { kind: '', initiativeId: null } },
    ]);
    const forced = await superuser.query(
      `SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN ('initiative', 'initiative_relation', 'initiative_change') ORDER BY relname`,
    );
    expect(forced.rows).toEqual([
      { relname: 'initiative', relforcerowsecurity: true },
      { relname: 'initiative_change', relforcerowsecurity: true },
      { relname: 'initiative_relation', relforcerowsecurity: true },
    ]);
  });

  it('shows converted entries through row-level security: the title to those who may read it, the neutral text to others', async () => {
    const HISTORY = `query($id: ID!) { initiativeHistory(id: $id) { ${CHANGES} } }`;
    const historyAs = async (username: string) => {
      const headers = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` };
      const response = worded(
        await gql<{ initiativeHistory: Array<{ changes: Array<{ before: string | null; after: string | null }> }> }>(
          portal.url,
          HISTORY,
          { id: ids['from'] },
          headers,
        ),
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.initiativeHistory[0]!.changes.map((c) => c.before ?? c.after);
    };
    const hidden = 'ett initiativ du inte har behörighet att se';
    expect(await historyAs('projektledare.norrkoping')).toEqual([
      'Bygger på: Norrköpings hemliga grund',
      'Efterföljare till: Borttagen men unik',
      `Ingår i: ${hidden}`,
      `Bygger på: ${hidden}`,
      `Relation: ${hidden}`,
    ]);
    expect(await historyAs('projektledare.ydre')).toEqual([
      `Bygger på: ${hidden}`,
      `Efterföljare till: ${hidden}`,
      `Ingår i: ${hidden}`,
      `Bygger på: ${hidden}`,
      `Relation: ${hidden}`,
    ]);
  });

  it('goes back to titled text on down, and up again gives the same ids', async () => {
    const up = await storedChanges();
    await runMigration('down');
    expect((await storedChanges())[0]).toEqual({ field: 'relations', before: null, after: 'Bygger på: Norrköpings hemliga grund' });
    await runMigration('up');
    expect(await storedChanges()).toEqual(up);
  });
});
