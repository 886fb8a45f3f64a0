import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSyntheticInitiatives } from '@portal/api/dist/initiatives/demo/synthetic-initiatives.js';
import { REGION_OVERVIEW_REFERENCE_SQL } from '@portal/api/dist/region-overview/region-overview-reference.sql.js';
import {
  REGION_FACTS_SQL,
  REGION_FILTERED_SQL,
  regionOverviewParameters,
  type RegionOverviewParameters,
  type RegionOverviewRow,
} from '@portal/api/dist/region-overview/region-overview.sql.js';
import { toRegionOverview } from '@portal/api/dist/region-overview/region-overview.service.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

/**
 * The region overview's two fast statements (the pre-counted facts without filters, the narrow
 * copy `region_initiative` with any filter) against the reference statement over `initiative`
 * itself, on a few hundred synthetic initiatives with follow-ups: the same figures and the same
 * masking for every kind of reader and filter, also after visibility, archive, partner, funding,
 * participant and theme changes. Below the API, as its role with the settings it sets.
 */

interface Reader {
  readonly userId?: string;
  /** Organisation slug: the active organisation, whose counts the reader sees exactly. */
  readonly organization?: string;
  readonly roles?: readonly string[];
  readonly member?: boolean;
  /** In a network records are shared with: the service answers such a reader from the copy, never the facts. */
  readonly inNetwork?: boolean;
}

type Filter = Partial<Omit<RegionOverviewParameters, 'exactOrganizationId' | 'threshold'>>;

const READERS: Record<string, Reader> = {
  anonymous: {},
  regionOverseer: { userId: 'samordnare', organization: 'region-ostergotland', roles: ['portal-user', 'region-overseer'] },
  memberOfLinkoping: { userId: 'u-linkoping', organization: 'linkoping', roles: ['portal-user'] },
  memberOfNorrkoping: { userId: 'u-norrkoping', organization: 'norrkoping', roles: ['portal-user'] },
  memberOfYdre: { userId: 'u-ydre', organization: 'ydre', roles: ['portal-user'] },
  signedInWithoutOrganisation: { userId: 'u-none', roles: ['portal-user'], member: false },
  networkMemberInBoxholm: { userId: 'u-network', organization: 'boxholm', roles: ['portal-user'], inNetwork: true },
};

const FILTERS: Record<string, Filter> = {
  oneTheme: { themes: ['validation'] },
  twoThemes: { themes: ['validation', 'language-development'] },
  oneKind: { kinds: ['implementation'] },
  fromYear: { fromYear: 2024 },
  toYear: { toYear: 2019 },
  period: { fromYear: 2018, toYear: 2021 },
  funderType: { funderTypes: ['esf-plus'] },
  twoFunderTypes: { funderTypes: ['own-budget', 'region'] },
  themeAndKind: { themes: ['validation'], kinds: ['implementation'] },
  targetGroup: { targetGroups: ['newly-arrived'] },
  organizationAndTheme: { organizations: ['linkoping', 'ydre'], themes: ['competence-supply'] },
  everyKind: { kinds: ['pre-study', 'method-development', 'implementation', 'pilot', 'standing-programme'] },
  nothingMatches: { themes: ['validation'], kinds: ['pre-study'], fromYear: 2100 },
};

/** The filters the facts answer: none, or owning organisations only. */
const FACT_FILTERS: Record<string, Filter> = { none: {}, organizations: { organizations: ['norrkoping', 'ydre'] } };

let portal: TestPortal;
let superuser: pg.Client;
let app: pg.Client;
const orgIds: Record<string, string> = {};

async function asReader<T>(reader: Reader, body: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    // As the API: the settings, then the reader's networks.
    await app.query(`SELECT app.begin_request($1, $2, $3, $4, '')`, [
      reader.userId ?? '',
      reader.organization ? orgIds[reader.organization] : '',
      (reader.roles ?? []).join(','),
      reader.userId && reader.member !== false ? 'on' : '',
    ]);
    return await body();
  } finally {
    await app.query('ROLLBACK');
  }
}

/** A write as a member of the initiative's organisation, committed (the triggers run as for the API's saves). */
async function asOwner(organization: string, sql: string, values: unknown[] = []): Promise<number> {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.user_id', 'owner', true), set_config('app.organization_id', $1, true), set_config('app.member', 'on', true)`, [
      orgIds[organization],
    ]);
    const result = await app.query(sql, values);
    await app.query('COMMIT');
    return result.rowCount ?? 0;
  } catch (error) {
    await app.query('ROLLBACK');
    throw error;
  }
}

async function overview(sql: string, parameters: unknown[]) {
  const rows = (await app.query<RegionOverviewRow>(sql, parameters)).rows;
  expect(rows).toHaveLength(1);
  return toRegionOverview(rows[0]!);
}

function parameters(reader: Reader, filter: Filter): unknown[] {
  return regionOverviewParameters({
    exactOrganizationId: reader.userId && reader.organization ? orgIds[reader.organization]! : null,
    fromYear: filter.fromYear ?? null,
    toYear: filter.toYear ?? null,
    themes: filter.themes ?? null,
    targetGroups: filter.targetGroups ?? null,
    funderTypes: filter.funderTypes ?? null,
    kinds: filter.kinds ?? null,
    organizations: filter.organizations ?? null,
    threshold: 5,
  });
}

/** Every reader × filter: the filtered statement (and, for their filters, the facts) against the reference. Returns how many views were compared. */
async function compareAll(label: string, filters: Record<string, Filter> = FILTERS): Promise<number> {
  let compared = 0;
  for (const [readerName, reader] of Object.entries(READERS)) {
    await asReader(reader, async () => {
      for (const [filterName, filter] of Object.entries(filters)) {
        const p = parameters(reader, filter);
        expect(await overview(REGION_FILTERED_SQL, p), `${label}: ${readerName} / ${filterName}`).toEqual(await overview(REGION_OVERVIEW_REFERENCE_SQL, p));
        compared++;
      }
      for (const [filterName, filter] of Object.entries(FACT_FILTERS)) {
        const p = parameters(reader, filter);
        if (reader.inNetwork) {
          expect(await overview(REGION_FILTERED_SQL, p), `${label}: ${readerName} / ${filterName} (no facts)`).toEqual(
            await overview(REGION_OVERVIEW_REFERENCE_SQL, p),
          );
          compared++;
          continue;
        }
        const facts = await overview(REGION_FACTS_SQL, [p[0], p[7]]);
        expect(facts, `${label}: facts, ${readerName} / ${filterName}`).toEqual(await overview(REGION_OVERVIEW_REFERENCE_SQL, p));
        compared++;
      }
    });
  }
  return compared;
}

/** Rows of region_initiative that differ from a copy computed afresh from `initiative` (0 when the triggers kept it). */
async function staleCopies(): Promise<number> {
  const fresh = `SELECT i.id, i.organization_id, i.visibility, i.archived_at, i.status, i.kind, i.start_date, i.end_date,
                        extract(year FROM i.start_date)::integer AS start_year, i.themes, i.target_groups, i.funder_types,
                        f.involved, f.granted_types, f.granted_amounts, f.periods, f.women, f.men, f.other, f.women_least, f.men_least, f.other_least
                   FROM initiative i, app.region_figures_of(i.organization_id, i.partners, i.funding, i.participants) f`;
  const columns = `id, organization_id, visibility, archived_at, status, kind, start_date, end_date, start_year, themes, target_groups, funder_types,
                   involved, granted_types, granted_amounts, periods, women, men, other, women_least, men_least, other_least`;
  const { rows } = await superuser.query(
    `SELECT count(*)::int AS n FROM ((SELECT ${columns} FROM region_initiative EXCEPT ${fresh})
                                     UNION ALL (${fresh} EXCEPT SELECT ${columns} FROM region_initiative)) d`,
  );
  return rows[0].n as number;
}

/** Some initiatives of an organisation and visibility (by a stable order), for the changes below. */
async function idsOf(organization: string, where: string, limit: number): Promise<string[]> {
  const { rows } = await superuser.query(`SELECT id FROM initiative WHERE organization_id = $1 AND ${where} ORDER BY md5(id::text) LIMIT $2`, [
    orgIds[organization],
    limit,
  ]);
  return rows.map((r) => r.id as string);
}

beforeAll(async () => {
  portal = await startTestPortal({ name: 'region-overview-statements' });
  await insertSyntheticInitiatives(portal.database.ownerUrl, 400, { seed: 5 });
  superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
  await superuser.connect();
  for (const o of (await superuser.query<{ id: string; slug: string }>('SELECT id, slug FROM organization')).rows) orgIds[o.slug] = o.id;
  // Follow-ups of about a third of the completed initiatives: due or not, recorded or not, some of
  // them private where the initiative is not (follow-ups have their own policy).
  await superuser.query(`
    INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date, status, recorded_at)
    SELECT i.organization_id,
           CASE WHEN abs(hashtext(i.id::text || m.milestone)) % 7 = 0 THEN 'private' ELSE i.visibility END,
           i.id, m.milestone, i.end_date + m.after,
           CASE WHEN abs(hashtext(i.id::text || m.milestone)) % 3 = 0
                THEN (ARRAY['implemented', 'partly-implemented', 'spread', 'discontinued', 'unknown', NULL])[1 + abs(hashtext(m.milestone || i.id::text)) % 6] END,
           CASE WHEN abs(hashtext(i.id::text || m.milestone)) % 3 = 0 THEN now() END
      FROM initiative i
     CROSS JOIN (VALUES ('6-months', interval '6 months'), ('1-year', interval '1 year'), ('2-years', interval '2 years')) m(milestone, after)
     WHERE i.status = 'completed' AND i.end_date IS NOT NULL AND abs(hashtext(i.id::text)) % 3 = 0`);
  // A partner that is the owner itself (counted once) and one that is no portal organisation's id.
  await superuser.query(
    `UPDATE initiative SET partners = partners || jsonb_build_array(jsonb_build_object('role', 'partner', 'organizationId', organization_id, 'name', 'Själva ägaren'))
      WHERE abs(hashtext(id::text)) % 17 = 0`,
  );
  await superuser.query(
    `UPDATE initiative SET partners = partners || '[{"role": "partner", "organizationId": "00000000-0000-4000-8000-000000000001", "name": "Okänd"}]'::jsonb
      WHERE abs(hashtext(id::text)) % 19 = 0`,
  );
  // Some of Linköping's initiatives are for a network only, shared with one the Boxholm reader is in.
  const network = await superuser.query(
    `INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'N', 'regional', 'hr') RETURNING id`,
    [orgIds['linkoping']],
  );
  await superuser.query(`INSERT INTO network_member (network_id, user_id, organization_id, role, status) VALUES ($1, 'u-network', $2, 'member', 'active')`, [
    network.rows[0].id,
    orgIds['boxholm'],
  ]);
  const shared = await superuser.query(
    `UPDATE initiative SET visibility = 'network' WHERE id IN (SELECT id FROM initiative WHERE organization_id = $1 ORDER BY md5(id::text) LIMIT 12) RETURNING id`,
    [orgIds['linkoping']],
  );
  for (const [i, row] of shared.rows.entries()) {
    // Two of them stay unshared: network-only, yet in no network (the owner's alone).
    if (i < 10) {
      await superuser.query(
        `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $3, 'seed')`,
        [network.rows[0].id, row.id, orgIds['linkoping']],
      );
    }
  }
  await superuser.query('ANALYZE');
  app = new pg.Client({ connectionString: portal.database.appUrl });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await superuser?.end();
  await portal?.stop();
});

describe('the region overview statements', () => {
  it('keep region_initiative equal to a copy computed from initiative', async () => {
    expect(await staleCopies()).toBe(0);
    const { rows } = await superuser.query(`SELECT (SELECT count(*) FROM initiative) = (SELECT count(*) FROM region_initiative) AS same`);
    expect(rows[0].same).toBe(true);
  });

  it('give the reference statement’s figures for every filter and kind of reader', async () => {
    // The data covers what the figures distinguish: every reader sees something, and some filters leave small cells.
    const seen = await asReader(READERS['anonymous']!, () => overview(REGION_FILTERED_SQL, parameters({}, FILTERS['everyKind']!)));
    expect(seen.initiativeCount).toBeGreaterThan(100);
    expect(seen.followUps.endedWithFollowUpCount).toBeGreaterThan(0);
    expect(seen.afterLife.map((a) => a.status)).toEqual(expect.arrayContaining(['not-due', 'not-recorded']));
    expect(await compareAll('as seeded')).toBe(Object.keys(READERS).length * (Object.keys(FILTERS).length + Object.keys(FACT_FILTERS).length));
  });

  it('count what is shared with a network for its members only, and never from the facts', async () => {
    const count = (reader: Reader, sql: string) => asReader(reader, async () => (await overview(sql, parameters(reader, {}))).initiativeCount);
    const outsider: Reader = { userId: 'u-boxholm', organization: 'boxholm', roles: ['portal-user'] };
    const member = READERS['networkMemberInBoxholm']!;
    // The ten shared ones, and not the two kept for the network level but shared with none.
    expect((await count(member, REGION_OVERVIEW_REFERENCE_SQL)) - (await count(outsider, REGION_OVERVIEW_REFERENCE_SQL))).toBe(10);
    expect(await count(member, REGION_FILTERED_SQL)).toBe(await count(member, REGION_OVERVIEW_REFERENCE_SQL));
    // The facts (by organisation and visibility) would miss them: the service does not use them for a network member.
    expect(await asReader(member, async () => (await overview(REGION_FACTS_SQL, [null, null])).initiativeCount)).toBe(
      await count(outsider, REGION_OVERVIEW_REFERENCE_SQL),
    );
  });

  it('stay equal to the reference after visibility changes, archiving and restoring', async () => {
    const toPrivate = await idsOf('linkoping', `visibility = 'public' AND archived_at IS NULL`, 6);
    const toPublic = await idsOf('norrkoping', `visibility = 'private' AND archived_at IS NULL`, 3);
    expect(await asOwner('linkoping', `UPDATE initiative SET visibility = 'private' WHERE id = ANY($1)`, [toPrivate])).toBe(6);
    expect(await asOwner('norrkoping', `UPDATE initiative SET visibility = 'public' WHERE id = ANY($1)`, [toPublic])).toBe(3);
    const archived = await idsOf('ydre', `archived_at IS NULL`, 4);
    expect(await asOwner('ydre', `UPDATE initiative SET archived_at = now() WHERE id = ANY($1)`, [archived])).toBe(4);
    expect(await staleCopies()).toBe(0);
    await compareAll('after visibility and archive');
    expect(await asOwner('ydre', `UPDATE initiative SET archived_at = NULL WHERE id = ANY($1)`, [archived.slice(0, 2)])).toBe(2);
    expect(await staleCopies()).toBe(0);
    await compareAll('after a restore', { oneTheme: FILTERS['oneTheme']!, fromYear: FILTERS['fromYear']!, everyKind: FILTERS['everyKind']! });
  });

  it('stay equal to the reference after partner, funding, participant and theme changes', async () => {
    const ydre = orgIds['ydre'];
    const partnered = await idsOf('linkoping', `archived_at IS NULL`, 8);
    // Ydre joins some as a partner, the others lose their partners.
    await asOwner(
      'linkoping',
      `UPDATE initiative SET partners = partners || jsonb_build_array(jsonb_build_object('role', 'partner', 'organizationId', $2::text, 'name', 'Ydre')) WHERE id = ANY($1)`,
      [partnered.slice(0, 4), ydre],
    );
    await asOwner('linkoping', `UPDATE initiative SET partners = '[]' WHERE id = ANY($1)`, [partnered.slice(4)]);
    // Funding: a granted line of a new type, an applied line turned granted, a line without an amount, and none at all.
    const funded = await idsOf('norrkoping', `archived_at IS NULL`, 6);
    await asOwner(
      'norrkoping',
      `UPDATE initiative SET funding = funding || '[{"funderType": "county-board", "funderName": "Länsstyrelsen", "registryNumber": "", "programmeArea": "", "amountSek": 123456, "status": "granted"}]'::jsonb WHERE id = $1`,
      [funded[0]],
    );
    await asOwner(
      'norrkoping',
      `UPDATE initiative SET funding = (SELECT jsonb_agg(jsonb_set(f, '{status}', '"granted"')) FROM jsonb_array_elements(funding) f) WHERE id = $1 AND funding <> '[]'`,
      [funded[1]],
    );
    await asOwner(
      'norrkoping',
      `UPDATE initiative SET funding = '[{"funderType": "own-budget", "funderName": "Egen", "registryNumber": "", "programmeArea": "", "amountSek": null, "status": "granted"}]' WHERE id = $1`,
      [funded[2]],
    );
    await asOwner('norrkoping', `UPDATE initiative SET funding = '[]' WHERE id = $1`, [funded[3]]);
    // Participants: a small cell (2 women) next to a larger one, and a period of zeros.
    await asOwner(
      'norrkoping',
      `UPDATE initiative SET participants = '[{"period": "2024", "women": 2, "men": 11, "otherOrUnknown": 0}, {"period": "2025", "women": 0, "men": 0, "otherOrUnknown": 0}]' WHERE id = $1`,
      [funded[4]],
    );
    await asOwner(
      'norrkoping',
      `UPDATE initiative SET themes = '{validation,supervision}', target_groups = '{newly-arrived}', kind = 'pre-study' WHERE id = $1`,
      [funded[5]],
    );
    expect(await staleCopies()).toBe(0);
    await compareAll('after partner, funding, participant and theme changes');
  });

  it('leave the copy alone when only other columns change, and follow a bulk update', async () => {
    const before = (await superuser.query(`SELECT xmin::text AS x FROM region_initiative ORDER BY id LIMIT 1`)).rows[0].x as string;
    await superuser.query(`UPDATE initiative SET summary = summary || ' ' WHERE id = (SELECT id FROM region_initiative ORDER BY id LIMIT 1)`);
    expect((await superuser.query(`SELECT xmin::text AS x FROM region_initiative ORDER BY id LIMIT 1`)).rows[0].x).toBe(before);
    // One statement over many rows of several organisations (the superuser bypasses row-level security).
    await superuser.query(
      `UPDATE initiative SET status = 'completed', end_date = coalesce(end_date, start_date) WHERE kind = 'pilot' AND start_date < '2020-01-01'`,
    );
    expect(await staleCopies()).toBe(0);
    await compareAll('after a bulk update', { oneKind: { kinds: ['pilot'] }, period: FILTERS['period']!, funderType: FILTERS['funderType']! });
  });
});
