import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '@portal/api/dist/database/data-source.js';
import { REPO_ROOT, startTestPortal, type TestPortal } from '../support/test-portal.js';
import { gql } from '../support/graphql-client.js';

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('database roles, migrations and the committed schema', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ name: 'database' });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('connects the API as a role that owns no table and cannot bypass row-level security', async () => {
    const role = await withClient(portal.database.appUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,
                (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned
           FROM pg_roles WHERE rolname = current_user`,
      );
      return rows[0];
    });
    expect(role).toEqual({ name: 'portal_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, owned: 0 });
    const owners = await withClient(portal.database.ownerUrl, async (client) =>
      (await client.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tableowner),
    );
    expect(owners).toEqual(['portal_owner']);
  });

  it('lets the API role read reference data but not change it or the schema', async () => {
    await withClient(portal.database.appUrl, async (client) => {
      expect((await client.query('SELECT count(*)::int AS n FROM organization')).rows[0].n).toBe(15);
      await expect(client.query(`UPDATE organization SET name = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM organization WHERE slug = 'ydre'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`CREATE TABLE intruder (id int)`)).rejects.toThrow(/permission denied/);
    });
  });

  it('has applied every migration, and the entities agree with them', async () => {
    const applied = await withClient(portal.database.ownerUrl, async (client) =>
      (await client.query('SELECT name FROM schema_migration ORDER BY id')).rows.map((r) => r.name),
    );
    expect(applied[0]).toMatch(/^Initial\d+$/);
    expect(await pendingSchemaChanges(portal.database.ownerUrl)).toEqual({ up: [], down: [] });
  });

  it('notices when the database drifts from the entities', async () => {
    await withClient(portal.database.ownerUrl, (client) => client.query('ALTER TABLE organization ADD COLUMN stray text'));
    try {
      const { up } = await pendingSchemaChanges(portal.database.ownerUrl);
      expect(up.join('\n')).toMatch(/DROP COLUMN "stray"/);
    } finally {
      await withClient(portal.database.ownerUrl, (client) => client.query('ALTER TABLE organization DROP COLUMN stray'));
    }
  });

  it('uses UTF-8 so Swedish text search stems and keeps å, ä and ö', async () => {
    const result = await withClient(
      portal.database.appUrl,
      async (client) =>
        (
          await client.query(
            `SELECT pg_encoding_to_char(encoding) AS enc, to_tsvector('swedish', 'Språkutvecklande arbetsplatser för äldreomsorgen')::text AS v FROM pg_database WHERE datname = current_database()`,
          )
        ).rows[0],
    );
    expect(result.enc).toBe('UTF8');
    expect(result.v).toContain("'språkutveckl'");
    expect(result.v).toContain("'äldreomsorg'");
  });

  it('serves exactly the schema committed in apps/api/schema.gql', async () => {
    const response = await gql<IntrospectionQuery>(portal.url, getIntrospectionQuery({ descriptions: true }));
    const served = printSchema(lexicographicSortSchema(buildClientSchema(response.body.data!)));
    const committed = printSchema(lexicographicSortSchema(buildSchema(await readFile(path.join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8'))));
    expect(served).toBe(committed);
  });
});
