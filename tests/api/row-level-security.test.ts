import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureTenantTable, TENANT_POLICY_EXPRESSIONS, type TenantReadRule } from '@portal/api/dist/tenancy/tenant-table.migration.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

/**
 * Isolation enforced by PostgreSQL itself, tested below the API: the app role, with and without
 * the per-transaction settings the API sets, against rows of two organisations.
 */
interface Settings {
  userId?: string;
  organizationId?: string;
  roles?: string[];
  /** Member of at least one portal organisation (app.member); signed-in users are unless false. */
  member?: boolean;
  /** Admin of the active organisation (app.organization_admin), as the API sets it from the admin groups. */
  organizationAdmin?: boolean;
}

let orgA = '';
let orgB = '';
/** A third organisation: owns neither end of any seeded relation. */
let orgC = '';

/** Runs `body` as portal_app in one transaction with the given settings (like the API does). */
async function asApp<T>(client: pg.ClientBase, settings: Settings, body: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    // As the API does: the settings, then the user's networks from their own memberships.
    await client.query(`SELECT app.begin_request($1, $2, $3, $4, $5)`, [
      settings.userId ?? '',
      settings.organizationId ?? '',
      (settings.roles ?? []).join(','),
      settings.userId && settings.member !== false ? 'on' : '',
      settings.organizationAdmin ? 'on' : '',
    ]);
    return await body();
  } finally {
    await client.query('ROLLBACK');
  }
}

async function visibleActions(client: pg.ClientBase): Promise<string[]> {
  return (await client.query('SELECT action FROM audit_event ORDER BY action')).rows.map((r) => r.action as string);
}

async function tryInsert(client: pg.ClientBase, organizationId: string, actorId: string): Promise<'ok' | 'refused'> {
  await client.query('SAVEPOINT probe');
  try {
    await client.query(`INSERT INTO audit_event (organization_id, actor_id, actor_username, action) VALUES ($1, $2, 'probe', 'probe.insert')`, [
      organizationId,
      actorId,
    ]);
    await client.query('RELEASE SAVEPOINT probe');
    return 'ok';
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT probe');
    return 'refused';
  }
}

/** Ids of seeded initiative rows: `${org}.${visibility}` → id. */
const initiatives: Record<string, string> = {};

async function count(client: pg.ClientBase, sql: string): Promise<number> {
  return Number((await client.query(sql)).rows[0].n);
}

/** Runs a write inside a savepoint: the affected row count, or -1 when refused. */
async function affected(client: pg.ClientBase, sql: string, values: unknown[]): Promise<number> {
  await client.query('SAVEPOINT probe');
  try {
    const result = await client.query(sql, values);
    await client.query('RELEASE SAVEPOINT probe');
    return result.rowCount ?? 0;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT probe');
    return -1;
  }
}

const userA: Settings = { userId: 'user-a', roles: ['portal-user'] };
const userB: Settings = { userId: 'user-b', roles: ['portal-user'] };

/**
 * Every expectation about the policies, as named probes. Run normally they must all hold; with
 * any one policy dropped at least one must fail (see the last test).
 */
async function probes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);
  return {
    bareConnectionSeesOnlyPublic: same(await asApp(client, {}, () => visibleActions(client)), ['a.public', 'b.public']),
    userASeesOwnPrivateAndRegion: same(await asApp(client, { ...userA, organizationId: orgA }, () => visibleActions(client)), [
      'a.private',
      'a.public',
      'a.region',
      'b.public',
      'b.region',
    ]),
    userBSeesOwnPrivateAndRegion: same(await asApp(client, { ...userB, organizationId: orgB }, () => visibleActions(client)), [
      'a.public',
      'a.region',
      'b.private',
      'b.public',
      'b.region',
    ]),
    organizationWithoutUserSeesNoPrivate: same(await asApp(client, { organizationId: orgA }, () => visibleActions(client)), ['a.public', 'b.public']),
    platformAdminReadsAll: (await asApp(client, { userId: 'admin', roles: ['platform-admin'] }, () => visibleActions(client))).length === 6,
    userAMayWriteOwn: (await asApp(client, { ...userA, organizationId: orgA }, () => tryInsert(client, orgA, 'user-a'))) === 'ok',
    userACannotWriteForB: (await asApp(client, { ...userA, organizationId: orgA }, () => tryInsert(client, orgB, 'user-a'))) === 'refused',
    userACannotForgeActor: (await asApp(client, { ...userA, organizationId: orgA }, () => tryInsert(client, orgA, 'someone-else'))) === 'refused',
    anonymousCannotWrite: (await asApp(client, { organizationId: orgA }, () => tryInsert(client, orgA, ''))) === 'refused',
    platformAdminWritesAnywhere: (await asApp(client, { userId: 'admin', roles: ['platform-admin'] }, () => tryInsert(client, orgB, 'admin'))) === 'ok',
    ...(await initiativeProbes(client)),
    ...(await invitationProbes(client)),
    ...(await methodProbes(client)),
    ...(await overlapProbes(client)),
    ...(await networkProbes(client)),
    ...(await mailProbes(client)),
    ...(await materialProbes(client)),
  };
}

/**
 * The mail outbox: the API role queues mail only as the request's user and only unsent; the
 * worker, as the owner role, reads and updates every row (its own policy). The worker's probes
 * need a session that may become the owner role (the superuser's: the meta-test and the owner
 * test below); on the API role's own connection they are left out.
 */
async function mailProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const a = { ...userA, organizationId: orgA };
  const queue = (createdBy: string | null, status = 'queued') =>
    affected(
      client,
      `INSERT INTO mail_message (kind, recipient_email, locale, subject, text, html, created_by, status)
       VALUES ('minutes-published', 'probe@example.se', 'sv', 'Probe', 'Text', '<p>Text</p>', $1, $2)`,
      [createdBy, status],
    );
  const probes: Record<string, boolean> = {
    userAMayQueueMailAsSelf: (await asApp(client, a, () => queue('user-a'))) === 1,
    userACannotQueueMailAsOther: (await asApp(client, a, () => queue('user-b'))) === -1,
    userACannotQueueSentMail: (await asApp(client, a, () => queue('user-a', 'sent'))) === -1,
    anonymousCannotQueueMail: (await asApp(client, {}, () => queue(null))) === -1,
  };
  const mayBecomeOwner = (await client.query(`SELECT pg_has_role(session_user, 'portal_owner', 'MEMBER') AS may`)).rows[0].may === true;
  if (!mayBecomeOwner) return probes;
  probes['workerReadsAndMarksEveryMail'] = await asApp(client, {}, async () => {
    await client.query('SET LOCAL ROLE portal_owner');
    const queued = await queue('user-b');
    const seen = await count(client, `SELECT count(*) AS n FROM mail_message WHERE created_by = 'user-b' AND subject = 'Probe'`);
    const marked = await affected(client, `UPDATE mail_message SET status = 'sent', sent_at = now() WHERE subject = 'Probe'`, []);
    return queued === 1 && seen >= 1 && marked >= 1;
  });
  return probes;
}

/**
 * The overlap radar's pairs and decisions: a pair is read only by someone who may read both ends,
 * written only by the refresh (as the owner), decided only by a region coordinator.
 */
async function overlapProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const region: Settings = { userId: 'region', roles: ['portal-user', 'region-overseer'], organizationId: orgC };
  const a = { ...userA, organizationId: orgA };
  const b = { ...userB, organizationId: orgB };
  const [x, y] = [initiatives['a.region']!, initiatives['b.region']!].sort();
  const pairsWith = (id: string) => count(client, `SELECT count(*) AS n FROM initiative_overlap WHERE a_id = '${id}' OR b_id = '${id}'`);
  const decide = (decision: string) =>
    affected(
      client,
      `INSERT INTO initiative_overlap_decision (a_id, b_id, decision, decided_by_id, decided_by_name) VALUES ($1, $2, $3, 'region', 'Region')
       ON CONFLICT (a_id, b_id) DO UPDATE SET decision = EXCLUDED.decision`,
      [x, y, decision],
    );
  // The link from A's region initiative to B's, owned by A as an owner's own relation would be.
  const linkAs = (kind: string) =>
    affected(client, `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind) VALUES ($1, $2, $3, $4)`, [
      orgA,
      initiatives['a.region'],
      initiatives['b.region'],
      kind,
    ]);
  const linkHistoryAs = (kind: string, actor = 'region') =>
    affected(
      client,
      `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, 1, $3, 'Region', 'relation-added', $4::jsonb)`,
      [orgA, initiatives['a.region'], actor, JSON.stringify([{ field: 'relations', before: null, after: { kind, initiativeId: initiatives['b.region'] } }])],
    );
  return {
    regionSeesTheOpenPair:
      (await asApp(client, region, () => count(client, `SELECT count(*) AS n FROM initiative_overlap WHERE a_id = '${x}' AND b_id = '${y}'`))) === 1,
    userASeesNoPairWithBsPrivate: (await asApp(client, a, () => pairsWith(initiatives['b.private']!))) === 0,
    userBSeesThePairWithOwnPrivate: (await asApp(client, b, () => pairsWith(initiatives['b.private']!))) >= 1,
    anonymousSeesNoRegionPair: (await asApp(client, {}, () => pairsWith(x))) === 0,
    // The refresh runs as the owner: it rewrites the pairs (a dropped owner policy makes it fail or lose them).
    refreshRewritesPairs:
      (await asApp(client, b, async () => {
        await client.query('SELECT app.refresh_initiative_overlaps($1)', [initiatives['a.region']]);
        return pairsWith(initiatives['a.region']!);
      })) >= 2,
    apiRoleCannotWritePairs: (await asApp(client, region, () => affected(client, `DELETE FROM initiative_overlap WHERE a_id = $1`, [x]))) <= 0,
    regionMayDecide: (await asApp(client, region, () => decide('coordinate'))) === 1,
    projectLeaderMayNotDecide: (await asApp(client, a, () => decide('coordinate'))) === -1,
    regionMayChangeAndReopen: await asApp(client, region, async () => {
      await decide('coordinate');
      const changed = await affected(client, `UPDATE initiative_overlap_decision SET decision = 'merge' WHERE a_id = $1 AND b_id = $2`, [x, y]);
      const removed = await affected(client, `DELETE FROM initiative_overlap_decision WHERE a_id = $1 AND b_id = $2`, [x, y]);
      return changed === 1 && removed === 1;
    }),
    ownersSeeTheDecisionOthersCannotChangeIt: await asApp(client, region, async () => {
      await decide('no-overlap');
      await client.query(
        `SELECT set_config('app.user_id', 'user-a', true), set_config('app.organization_id', $1, true), set_config('app.roles', 'portal-user', true)`,
        [orgA],
      );
      const seen = await count(client, `SELECT count(*) AS n FROM initiative_overlap_decision WHERE a_id = '${x}' AND b_id = '${y}'`);
      const changed = await affected(client, `UPDATE initiative_overlap_decision SET decision = 'merge' WHERE a_id = $1`, [x]);
      const removed = await affected(client, `DELETE FROM initiative_overlap_decision WHERE a_id = $1`, [x]);
      return seen === 1 && changed === 0 && removed === 0;
    }),
    // A "samordna" decision lets the Region link the two ("Samordnas med") and write that into their history; nothing else.
    regionLinksACoordinatedPair: await asApp(client, region, async () => {
      await decide('coordinate');
      return (await linkAs('coordinated-with')) === 1 && (await linkHistoryAs('coordinated-with')) === 1;
    }),
    regionLinksNothingWithoutCoordinate: await asApp(client, region, async () => {
      await decide('no-overlap');
      return (await linkAs('coordinated-with')) === -1 && (await linkHistoryAs('coordinated-with')) === -1;
    }),
    regionLinksNoOtherKind: await asApp(client, region, async () => {
      await decide('coordinate');
      return (await linkAs('builds-on')) === -1 && (await linkHistoryAs('builds-on')) === -1;
    }),
    othersCannotLinkACoordinatedPair: await asApp(client, region, async () => {
      await decide('coordinate');
      await client.query(
        `SELECT set_config('app.user_id', 'user-b', true), set_config('app.organization_id', $1, true), set_config('app.roles', 'portal-user', true)`,
        [orgB],
      );
      return (await linkAs('coordinated-with')) === -1 && (await linkHistoryAs('coordinated-with', 'user-b')) === -1;
    }),
    anonymousSeesNoDecision: await asApp(client, region, async () => {
      await decide('no-overlap');
      await client.query(
        `SELECT set_config('app.user_id', '', true), set_config('app.organization_id', '', true), set_config('app.roles', '', true), set_config('app.member', '', true)`,
      );
      return (await count(client, `SELECT count(*) AS n FROM initiative_overlap_decision`)) === 0;
    }),
  };
}

/** Ids of the seeded networks and their rows (see the seed in beforeAll). */
const net: Record<string, string> = {};

/**
 * Networks: members (from any organisation) read the network's members, meetings and published
 * minutes; chairs change memberships; chairs and secretaries plan meetings; records with
 * visibility `network` are read by members of a network they are shared with, and by nobody else.
 */
async function networkProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  // chair-n (A) chairs N, member-n (B) is a member, secretary-n (C) its secretary, invitee-n is invited; stranger is in none.
  const chair: Settings = { userId: 'chair-n', roles: ['portal-user'], organizationId: orgA };
  const member: Settings = { userId: 'member-n', roles: ['portal-user'], organizationId: orgB };
  const secretary: Settings = { userId: 'secretary-n', roles: ['portal-user'], organizationId: orgC };
  const invitee: Settings = { userId: 'invitee-n', roles: ['portal-user'], member: false };
  const stranger: Settings = { userId: 'stranger-n', roles: ['portal-user'], organizationId: orgB };
  const n = (sql: string) => count(client, sql);
  const run = (sql: string, values: unknown[] = []) => affected(client, sql, values);
  const sharedInitiative = `SELECT count(*) AS n FROM initiative WHERE id = '${net['initiative']}'`;
  const meetingRows: Record<string, boolean> = {};
  for (const table of ['meeting_series', 'meeting', 'agenda_item', 'meeting_attendance', 'network_decision', 'action_item']) {
    const insert: Record<string, string> = {
      meeting_series: `INSERT INTO meeting_series (network_id, title, rrule, first_date, start_time, end_time) VALUES ($1, 'p', 'FREQ=WEEKLY', '2027-01-05', '13:00', '15:00')`,
      meeting: `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'p', '2027-01-05T12:00Z', '2027-01-05T14:00Z')`,
      agenda_item: `INSERT INTO agenda_item (network_id, meeting_id, position, title) VALUES ($1, '${net['meeting']}', 9, 'p')`,
      meeting_attendance: `INSERT INTO meeting_attendance (network_id, meeting_id, name) VALUES ($1, '${net['meeting']}', 'p')`,
      network_decision: `INSERT INTO network_decision (network_id, year, number, decided_on, text) VALUES ($1, 2027, 99, '2027-01-05', 'p')`,
      action_item: `INSERT INTO action_item (network_id, title) VALUES ($1, 'p')`,
    };
    meetingRows[`${table}ReadByMembersOnly`] =
      (await asApp(client, member, () => n(`SELECT count(*) AS n FROM ${table}`))) >= 1 &&
      (await asApp(client, stranger, () => n(`SELECT count(*) AS n FROM ${table}`))) === 0;
    meetingRows[`${table}WrittenBySecretaryNotMember`] =
      (await asApp(client, secretary, () => run(insert[table]!, [net['n']]))) === 1 &&
      (await asApp(client, member, () => run(insert[table]!, [net['n']]))) === -1;
    meetingRows[`${table}ChangedBySecretaryNotMember`] =
      (await asApp(client, secretary, () => run(`UPDATE ${table} SET network_id = network_id WHERE network_id = $1`, [net['n']]))) >= 1 &&
      (await asApp(client, stranger, () => run(`UPDATE ${table} SET network_id = network_id WHERE network_id = $1`, [net['n']]))) === 0;
    meetingRows[`${table}RemovedBySecretaryNotMember`] =
      (await asApp(client, member, () => run(`DELETE FROM ${table} WHERE network_id = $1`, [net['n']]))) === 0 &&
      (await asApp(client, secretary, () => run(`DELETE FROM ${table} WHERE network_id = $1`, [net['n']]))) >= 1;
  }
  return {
    ...meetingRows,
    networkListedToSignedIn: (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM network'))) === 2,
    networkShownToItsInviteeWithoutOrganisation: (await asApp(client, invitee, () => n(`SELECT count(*) AS n FROM network`))) === 1,
    networkCreatedInOwnOrganisationOnly:
      (await asApp(client, chair, () =>
        run(`INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'p', 'local', 'hr')`, [orgA]),
      )) === 1 &&
      (await asApp(client, chair, () =>
        run(`INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'p', 'local', 'hr')`, [orgB]),
      )) === -1,
    networkChangedByChairOnly:
      (await asApp(client, chair, () => run(`UPDATE network SET name = 'renamed' WHERE id = $1`, [net['n']]))) === 1 &&
      (await asApp(client, member, () => run(`UPDATE network SET name = 'renamed' WHERE id = $1`, [net['n']]))) === 0,
    membersSeeActiveMembers: (await asApp(client, member, () => n(`SELECT count(*) AS n FROM network_member WHERE network_id = '${net['n']}'`))) === 3,
    chairSeesInvitedToo: (await asApp(client, chair, () => n(`SELECT count(*) AS n FROM network_member WHERE network_id = '${net['n']}'`))) === 4,
    strangerSeesNoMembers: (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM network_member'))) === 0,
    chairInvitesMemberCannot:
      (await asApp(client, chair, () => run(`INSERT INTO network_member (network_id, user_id, status) VALUES ($1, 'new-n', 'invited')`, [net['n']]))) === 1 &&
      (await asApp(client, member, () => run(`INSERT INTO network_member (network_id, user_id, status) VALUES ($1, 'new-n', 'invited')`, [net['n']]))) === -1,
    strangerAsksToJoinOpenNetworkOnly:
      (await asApp(client, stranger, () =>
        run(`INSERT INTO network_member (network_id, user_id, status) VALUES ($1, 'stranger-n', 'requested')`, [net['o']]),
      )) === 1 &&
      (await asApp(client, stranger, () =>
        run(`INSERT INTO network_member (network_id, user_id, status) VALUES ($1, 'stranger-n', 'requested')`, [net['n']]),
      )) === -1,
    founderChairsOnlyANewNetwork: await asApp(client, stranger, async () => {
      const created = await client.query(
        `INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'new', 'local', 'hr') RETURNING id`,
        [orgB],
      );
      const founded = await run(`INSERT INTO network_member (network_id, user_id, role, status) VALUES ($1, 'stranger-n', 'chair', 'active')`, [
        created.rows[0].id,
      ]);
      // O is B's too, but exists from before: joining it as chair is a take-over.
      const takeover = await run(`INSERT INTO network_member (network_id, user_id, role, status) VALUES ($1, 'stranger-n', 'chair', 'active')`, [net['o']]);
      return founded === 1 && takeover === -1;
    }),
    chairChangesRolesInviteeAcceptsOnly:
      (await asApp(client, chair, () => run(`UPDATE network_member SET role = 'secretary' WHERE user_id = 'member-n'`))) === 1 &&
      (await asApp(client, invitee, () => run(`UPDATE network_member SET status = 'active' WHERE user_id = 'invitee-n'`))) === 1 &&
      (await asApp(client, invitee, () => run(`UPDATE network_member SET status = 'active', role = 'chair' WHERE user_id = 'invitee-n'`))) === -1 &&
      (await asApp(client, member, () => run(`UPDATE network_member SET role = 'chair' WHERE user_id = 'member-n'`))) === 0,
    memberLeavesChairRemovesStrangerCannot:
      (await asApp(client, member, () => run(`DELETE FROM network_member WHERE user_id = 'member-n'`))) === 1 &&
      (await asApp(client, chair, () => run(`DELETE FROM network_member WHERE user_id = 'member-n'`))) === 1 &&
      (await asApp(client, stranger, () => run(`DELETE FROM network_member WHERE network_id = $1`, [net['n']]))) === 0,
    // N holds C's initiative and method and A's network material (materialProbes).
    sharesReadByMembersAndOwner:
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM network_share'))) === 3 &&
      (await asApp(client, { ...userA, organizationId: orgC }, () => n('SELECT count(*) AS n FROM network_share'))) === 2 &&
      (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM network_share'))) === 0,
    ownerMemberSharesOwnRecordsOnly:
      (await asApp(client, secretary, () =>
        run(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $3, 'secretary-n')`, [
          net['o'],
          net['initiative'],
          orgC,
        ]),
      )) === -1 &&
      (await asApp(client, secretary, () =>
        run(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $3, 'secretary-n')`, [
          net['n'],
          initiatives['a.region'],
          orgC,
        ]),
      )) === -1 &&
      (await asApp(client, { userId: 'secretary-n', roles: ['portal-user'], organizationId: orgC }, async () => {
        await run(`DELETE FROM network_share WHERE record_id = $1`, [net['initiative']]);
        return run(
          `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $3, 'secretary-n')`,
          [net['n'], net['initiative'], orgC],
        );
      })) === 1,
    ownerUnsharesMemberCannot:
      (await asApp(client, member, () => run(`DELETE FROM network_share WHERE record_id = $1`, [net['initiative']]))) === 0 &&
      (await asApp(client, secretary, () => run(`DELETE FROM network_share WHERE record_id = $1`, [net['initiative']]))) === 1,
    eventsReadAndWrittenByMembers:
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM network_event'))) === 1 &&
      (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM network_event'))) === 0 &&
      (await asApp(client, member, () =>
        run(`INSERT INTO network_event (network_id, actor_id, actor_name, action) VALUES ($1, 'member-n', 'M', 'probe')`, [net['n']]),
      )) === 1 &&
      (await asApp(client, stranger, () =>
        run(`INSERT INTO network_event (network_id, actor_id, actor_name, action) VALUES ($1, 'stranger-n', 'S', 'probe')`, [net['n']]),
      )) === -1,
    actionItemOwnerMarksDone:
      (await asApp(client, member, () => run(`UPDATE action_item SET status = 'done' WHERE owner_user_id = 'member-n'`))) === 1 &&
      (await asApp(client, member, () => run(`UPDATE action_item SET status = 'done' WHERE owner_user_id IS DISTINCT FROM 'member-n'`))) === 0,
    membersReadPublishedMinutesOnly:
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM meeting_minutes'))) === 1 &&
      (await asApp(client, secretary, () => n('SELECT count(*) AS n FROM meeting_minutes'))) === 2 &&
      (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM meeting_minutes'))) === 0,
    secretaryWritesMinutesMemberCannot:
      (await asApp(client, secretary, () => run(`UPDATE meeting_minutes SET body = 'x' WHERE network_id = $1`, [net['n']]))) === 2 &&
      (await asApp(client, member, () => run(`UPDATE meeting_minutes SET body = 'x' WHERE network_id = $1`, [net['n']]))) === 0 &&
      (await asApp(client, secretary, async () => {
        await run(`DELETE FROM meeting WHERE id = $1`, [net['meeting2']]);
        const meeting = await client.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'p', '2027-02-01T12:00Z', '2027-02-01T13:00Z') RETURNING id`,
          [net['n']],
        );
        return run(`INSERT INTO meeting_minutes (meeting_id, network_id, body) VALUES ($1, $2, 'draft')`, [meeting.rows[0].id, net['n']]);
      })) === 1 &&
      (await asApp(client, member, () =>
        run(`INSERT INTO meeting_minutes (meeting_id, network_id, body) VALUES ($1, $2, 'draft')`, [net['meeting2'], net['n']]),
      )) === -1,
    calendarSubscriptionsAreOwn:
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM calendar_subscription'))) === 1 &&
      (await asApp(client, stranger, () => n('SELECT count(*) AS n FROM calendar_subscription'))) === 0 &&
      (await asApp(client, member, () => run(`INSERT INTO calendar_subscription (user_id, token_hash) VALUES ('member-n', 'other-hash')`))) === 1 &&
      (await asApp(client, member, () => run(`INSERT INTO calendar_subscription (user_id, token_hash) VALUES ('stranger-n', 'forged-hash')`))) === -1 &&
      (await asApp(client, member, () => run(`UPDATE calendar_subscription SET revoked_at = now()`))) === 1 &&
      (await asApp(client, stranger, () => run(`UPDATE calendar_subscription SET revoked_at = now()`))) === 0,
    // The feed request is not signed in: the token finds the subscription (as the owner role), nothing else.
    calendarFeedFoundByTokenOnly:
      (await asApp(client, {}, () => n(`SELECT count(*) AS n FROM app.calendar_subscription_by_token('hash-n')`))) === 1 &&
      (await asApp(client, {}, () => n(`SELECT count(*) AS n FROM app.calendar_subscription_by_token('guess')`))) === 0 &&
      (await asApp(client, {}, () => n(`SELECT count(*) AS n FROM calendar_subscription`))) === 0,
    // The network level itself.
    sharedInitiativeReadByNetworkMember: (await asApp(client, member, () => n(sharedInitiative))) === 1,
    sharedInitiativeReadByOwner: (await asApp(client, { ...userA, organizationId: orgC }, () => n(sharedInitiative))) === 1,
    sharedInitiativeHiddenFromOthers:
      (await asApp(client, stranger, () => n(sharedInitiative))) === 0 &&
      (await asApp(client, { ...userA, organizationId: orgA }, () => n(sharedInitiative))) === 0 &&
      (await asApp(client, invitee, () => n(sharedInitiative))) === 0 &&
      (await asApp(client, {}, () => n(sharedInitiative))) === 0,
    sharedInitiativeFoundBySearchForMemberOnly:
      (await asApp(client, member, () => n(`SELECT count(*) AS n FROM app.search_initiatives('c.network') WHERE id = '${net['initiative']}'`))) === 1 &&
      (await asApp(client, stranger, () => n(`SELECT count(*) AS n FROM app.search_initiatives('c.network') WHERE id = '${net['initiative']}'`))) === 0,
    sharedFollowUpReadByMemberOnly:
      (await asApp(client, member, () => n(`SELECT count(*) AS n FROM initiative_follow_up WHERE initiative_id = '${net['initiative']}'`))) === 1 &&
      (await asApp(client, stranger, () => n(`SELECT count(*) AS n FROM initiative_follow_up WHERE initiative_id = '${net['initiative']}'`))) === 0,
    sharedMethodReadByMemberOnly:
      (await asApp(client, member, () => n(`SELECT count(*) AS n FROM method WHERE id = '${net['method']}'`))) === 1 &&
      (await asApp(client, stranger, () => n(`SELECT count(*) AS n FROM method WHERE id = '${net['method']}'`))) === 0,
    removedMemberLosesAccessNextRequest: await asApp(client, chair, async () => {
      await run(`DELETE FROM network_member WHERE user_id = 'member-n'`);
      await client.query(`SELECT app.begin_request('member-n', $1, 'portal-user', 'on', '')`, [orgB]);
      return (await n(sharedInitiative)) === 0 && (await n(`SELECT count(*) AS n FROM meeting`)) === 0;
    }),
    regionFactsCountSharedOnlyForOwner:
      (await asApp(client, member, () => n(`SELECT count(*) AS n FROM region_fact WHERE visibility = 'network'`))) === 0 &&
      (await asApp(client, { ...userA, organizationId: orgC }, () => n(`SELECT count(*) AS n FROM region_fact WHERE visibility = 'network'`))) >= 1,
  };
}

/** Ids of seeded method rows: `${org}.${visibility}` → id. */
const methods: Record<string, string> = {};

/** Ids of seeded material rows (`a.private`, `a.region`, `a.network`, `b.public`) and files (`file.staged`, `file.a.private`, …). */
const mat: Record<string, string> = {};

/**
 * Shared material: `material` itself has the standard record policies (pinned below); its
 * history, versions and adaptations are read with it, and so are its files and their chunks
 * (EXISTS under the material's policy); a staged file is its organisation's alone; tickets are
 * written by their own user for a file they can read, and read only through
 * `app.material_file_ticket(hash)` (owner policy).
 */
async function materialProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const a = { ...userA, organizationId: orgA };
  const b = { ...userB, organizationId: orgB };
  const member: Settings = { userId: 'member-n', roles: ['portal-user'], organizationId: orgB };
  const n = (sql: string) => count(client, sql);
  const run = (sql: string, values: unknown[] = []) => affected(client, sql, values);
  const change = (org: string, material: string, actor: string) =>
    run(`INSERT INTO material_change (organization_id, material_id, version, actor_id, actor_name, action) VALUES ($1, $2, 2, $3, 'probe', 'updated')`, [
      org,
      mat[material],
      actor,
    ]);
  const version = (org: string, material: string, actor: string) =>
    run(`INSERT INTO material_version (organization_id, material_id, number, created_by_id, created_by_name) VALUES ($1, $2, 9, $3, 'probe')`, [
      org,
      mat[material],
      actor,
    ]);
  const adapt = (org: string, variant: string, original: string) =>
    run(`INSERT INTO material_adaptation (variant_id, original_id, organization_id) VALUES ($1, $2, $3)`, [mat[variant], mat[original], org]);
  const stage = (org: string, uploader: string, material: string | null = null) =>
    run(
      `INSERT INTO material_file (organization_id, material_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status) VALUES ($1, $2, $3, 'p.txt', 'text/plain', 1, '', 'pending')`,
      [org, material ? mat[material] : null, uploader],
    );
  const chunk = (file: string) => run(`INSERT INTO material_file_chunk (file_id, seq, data) VALUES ($1, 7, '\\x00')`, [mat[file]]);
  const ticket = (file: string, user: string) =>
    run(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES (md5(random()::text), $1, $2, '', '', true, false, false, now() + interval '1 minute')`,
      [mat[file], user],
    );
  // The register's search bypasses RLS to use its indexes, so it must apply the record rule itself.
  const found = (word: string) => n(`SELECT count(*) AS n FROM app.search_materials('${word}')`);
  const foundUnreadable = () => n(`SELECT count(*) AS n FROM app.search_materials('a') s WHERE NOT EXISTS (SELECT 1 FROM material ma WHERE ma.id = s.id)`);
  return {
    materialSearchAppliesTheRecordRule:
      (await asApp(client, a, () => found('a.private'))) === 1 &&
      (await asApp(client, b, () => found('a.private'))) === 0 &&
      (await asApp(client, b, () => found('a.region'))) === 1 &&
      (await asApp(client, {}, () => found('a.region'))) === 0 &&
      (await asApp(client, {}, () => found('b.public'))) === 1 &&
      (await asApp(client, member, () => found('a.network'))) === 1 &&
      (await asApp(client, b, () => found('a.network'))) === 0,
    materialSearchFindsNothingAPlainReadHides:
      (await asApp(client, a, foundUnreadable)) === 0 &&
      (await asApp(client, b, foundUnreadable)) === 0 &&
      (await asApp(client, member, foundUnreadable)) === 0 &&
      (await asApp(client, {}, foundUnreadable)) === 0 &&
      (await asApp(client, b, () => n(`SELECT count(*) AS n FROM app.search_materials('a')`))) > 0,
    materialHistoryReadWithMaterial:
      (await asApp(client, a, () => n('SELECT count(*) AS n FROM material_change'))) === 2 &&
      (await asApp(client, b, () => n('SELECT count(*) AS n FROM material_change'))) === 1 &&
      (await asApp(client, {}, () => n('SELECT count(*) AS n FROM material_change'))) === 0,
    materialHistoryWrittenByOwnerAsSelf:
      (await asApp(client, a, () => change(orgA, 'a.private', 'user-a'))) === 1 &&
      (await asApp(client, a, () => change(orgA, 'a.private', 'someone'))) === -1 &&
      (await asApp(client, a, () => change(orgA, 'b.public', 'user-a'))) === -1,
    materialVersionsReadWithMaterial:
      (await asApp(client, a, () => n('SELECT count(*) AS n FROM material_version'))) === 2 &&
      (await asApp(client, b, () => n('SELECT count(*) AS n FROM material_version'))) === 1 &&
      (await asApp(client, {}, () => n('SELECT count(*) AS n FROM material_version'))) === 0,
    materialVersionPublishedByOwnerAsSelf:
      (await asApp(client, a, () => version(orgA, 'a.private', 'user-a'))) === 1 &&
      (await asApp(client, a, () => version(orgA, 'a.private', 'someone'))) === -1 &&
      (await asApp(client, b, () => version(orgB, 'a.region', 'user-b'))) === -1,
    materialAdaptationsReadWithOriginal:
      (await asApp(client, b, () => n('SELECT count(*) AS n FROM material_adaptation'))) === 1 &&
      (await asApp(client, {}, () => n('SELECT count(*) AS n FROM material_adaptation'))) === 0,
    materialAdaptedByVariantOwnerFromReadableOriginal: await asApp(client, b, async () => {
      const ok = await adapt(orgB, 'b.variant', 'a.region');
      const unreadable = await adapt(orgB, 'b.variant2', 'a.private');
      const foreignVariant = await adapt(orgA, 'a.network', 'a.region');
      return ok === 1 && unreadable === -1 && foreignVariant === -1;
    }),
    materialFilesReadWithMaterialOrStagedByOwnOrganisation:
      (await asApp(client, a, () => n('SELECT count(*) AS n FROM material_file'))) === 4 &&
      (await asApp(client, b, () => n('SELECT count(*) AS n FROM material_file'))) === 1 &&
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM material_file'))) === 2 &&
      (await asApp(client, {}, () => n('SELECT count(*) AS n FROM material_file'))) === 0,
    materialFileStagedByOwnOrganisationAsSelf:
      (await asApp(client, a, () => stage(orgA, 'user-a'))) === 1 &&
      (await asApp(client, a, () => stage(orgA, 'someone'))) === -1 &&
      (await asApp(client, a, () => stage(orgB, 'user-a'))) === -1 &&
      (await asApp(client, a, () => stage(orgA, 'user-a', 'a.private'))) === -1,
    materialFileChangedByOwnOrganisationIntoOwnMaterialOnly:
      (await asApp(client, a, () => run(`UPDATE material_file SET material_id = $2 WHERE id = $1`, [mat['file.staged'], mat['a.private']]))) === 1 &&
      (await asApp(client, a, () => run(`UPDATE material_file SET material_id = $2 WHERE id = $1`, [mat['file.staged'], mat['b.public']]))) === -1 &&
      (await asApp(client, b, () => run(`UPDATE material_file SET name = 'x' WHERE id = $1`, [mat['file.a.region']]))) === 0,
    materialFileDeletedOnlyWhileStaged:
      (await asApp(client, a, () => run(`DELETE FROM material_file WHERE id = $1`, [mat['file.staged']]))) === 1 &&
      (await asApp(client, a, () => run(`DELETE FROM material_file WHERE id = $1`, [mat['file.a.private']]))) === 0 &&
      (await asApp(client, b, () => run(`DELETE FROM material_file WHERE id = $1`, [mat['file.staged']]))) === 0,
    materialFileChunksReadWithFile:
      (await asApp(client, a, () => n('SELECT count(*) AS n FROM material_file_chunk'))) === 4 &&
      (await asApp(client, member, () => n('SELECT count(*) AS n FROM material_file_chunk'))) === 2 &&
      (await asApp(client, {}, () => n('SELECT count(*) AS n FROM material_file_chunk'))) === 0,
    materialFileChunksWrittenWhileStagedOnly:
      (await asApp(client, a, () => chunk('file.staged'))) === 1 &&
      (await asApp(client, a, () => chunk('file.a.private'))) === -1 &&
      (await asApp(client, b, () => chunk('file.staged'))) === -1,
    materialFileChunksDeletedWhileStagedOnly:
      (await asApp(client, a, () => run(`DELETE FROM material_file_chunk WHERE file_id = $1`, [mat['file.staged']]))) === 1 &&
      (await asApp(client, a, () => run(`DELETE FROM material_file_chunk WHERE file_id = $1`, [mat['file.a.private']]))) === 0,
    materialTicketMadeBySelfForReadableFile:
      (await asApp(client, b, () => ticket('file.a.region', 'user-b'))) === 1 &&
      (await asApp(client, b, () => ticket('file.a.region', 'user-a'))) === -1 &&
      (await asApp(client, b, () => ticket('file.a.private', 'user-b'))) === -1,
    materialTicketReadOnlyByItsHash:
      (await asApp(client, {}, () => n(`SELECT count(*) AS n FROM app.material_file_ticket('ticket-hash')`))) === 1 &&
      (await asApp(client, {}, () => n(`SELECT count(*) AS n FROM app.material_file_ticket('guess')`))) === 0 &&
      (await asApp(client, b, () => run(`SELECT * FROM material_file_ticket`))) === -1,
    materialSharedWithNetworkByOwnerMember:
      (await asApp(client, { userId: 'chair-n', roles: ['portal-user'], organizationId: orgA }, () =>
        run(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'material', $3, 'chair-n')`, [
          net['n'],
          mat['a.region'],
          orgA,
        ]),
      )) === 1 &&
      (await asApp(client, { userId: 'chair-n', roles: ['portal-user'], organizationId: orgA }, () =>
        run(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'material', $3, 'chair-n')`, [
          net['n'],
          mat['b.public'],
          orgA,
        ]),
      )) === -1,
  };
}

/**
 * The method bank's non-standard policies: history and initiative links are read "with" their
 * method (and initiative). The `method` table itself has the standard policies (pinned below).
 */
async function methodProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const a = { ...userA, organizationId: orgA };
  const b = { ...userB, organizationId: orgB };
  const links = () => count(client, 'SELECT count(*) AS n FROM initiative_method');
  const history = () => count(client, 'SELECT count(*) AS n FROM method_change');
  const linkAs = (org: string, initiative: string, method: string) =>
    affected(client, `INSERT INTO initiative_method (organization_id, initiative_id, method_id) VALUES ($1, $2, $3)`, [
      org,
      initiatives[initiative],
      methods[method],
    ]);
  const historyAs = (org: string, method: string, actor: string) =>
    affected(
      client,
      `INSERT INTO method_change (organization_id, method_id, version, actor_id, actor_name, action) VALUES ($1, $2, 2, $3, 'probe', 'updated')`,
      [org, methods[method], actor],
    );
  return {
    // Seeded: A's public initiative uses B's public method (all see it) and B's private one (only B).
    bareSeesOnlyLinksWithBothEndsPublic: (await asApp(client, {}, links)) === 1,
    userASeesNoLinkToPrivateMethodOfB: (await asApp(client, a, links)) === 1,
    userBSeesBothLinks: (await asApp(client, b, links)) === 2,
    userAMayLinkOwnInitiativeToReadableMethod: (await asApp(client, a, () => linkAs(orgA, 'a.region', 'b.region'))) === 1,
    userACannotLinkInitiativeOfB: (await asApp(client, a, () => linkAs(orgA, 'b.region', 'a.public'))) === -1,
    userACannotLinkUnreadableMethod: (await asApp(client, a, () => linkAs(orgA, 'a.region', 'b.private'))) === -1,
    userAMayUnlinkOwn: (await asApp(client, a, () => affected(client, `DELETE FROM initiative_method WHERE organization_id = $1`, [orgA]))) >= 1,
    userBCannotUnlinkLinksOfA: (await asApp(client, b, () => affected(client, `DELETE FROM initiative_method WHERE organization_id = $1`, [orgA]))) === 0,
    bareSeesNoMethodHistory: (await asApp(client, {}, history)) === 0,
    userASeesOwnMethodHistory: (await asApp(client, a, history)) === 2,
    userBSeesMethodHistoryOfReadableMethodsOnly: (await asApp(client, b, history)) === 1,
    userAMayWriteMethodHistoryAsSelf: (await asApp(client, a, () => historyAs(orgA, 'a.private', 'user-a'))) === 1,
    userACannotForgeMethodHistoryActor: (await asApp(client, a, () => historyAs(orgA, 'a.private', 'someone'))) === -1,
    userACannotWriteHistoryOfMethodOfB: (await asApp(client, a, () => historyAs(orgA, 'b.public', 'user-a'))) === -1,
  };
}

/** Id of the seeded pending invitation of Linköping (A) for `invitee-x`, a user of no organisation. */
let invitationA = '';

/** Invitations: the organisation's admins and the invitee, nobody else; the invitee's answer in the audit log. */
async function invitationProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const adminA: Settings = { ...userA, organizationId: orgA, organizationAdmin: true };
  const memberA: Settings = { ...userA, organizationId: orgA };
  const adminB: Settings = { ...userB, organizationId: orgB, organizationAdmin: true };
  const invitee: Settings = { userId: 'invitee-x', roles: ['portal-user'], member: false };
  const stranger: Settings = { userId: 'stranger', roles: ['portal-user'], member: false };
  const invitations = () => count(client, 'SELECT count(*) AS n FROM organization_invitation');
  const invite = (org: string, by: string) =>
    affected(
      client,
      `INSERT INTO organization_invitation (organization_id, email, invitee_id, invited_by_id, invited_by_username) VALUES ($1, 'ny@example.se', 'someone', $2, 'probe')`,
      [org, by],
    );
  const decide = (status: string) => affected(client, `UPDATE organization_invitation SET status = $2 WHERE id = $1`, [invitationA, status]);
  const auditAs = (actor: string, action: string) =>
    affected(client, `INSERT INTO audit_event (organization_id, actor_id, actor_username, action) VALUES ($1, $2, 'probe', $3)`, [orgA, actor, action]);
  return {
    adminASeesInvitationsOfA: (await asApp(client, adminA, invitations)) === 1,
    memberANotAdminSeesNoInvitations: (await asApp(client, memberA, invitations)) === 0,
    adminBSeesNoInvitationsOfA: (await asApp(client, adminB, invitations)) === 0,
    platformAdminSeesInvitations: (await asApp(client, { userId: 'admin', roles: ['platform-admin'] }, invitations)) === 1,
    inviteeSeesOwnInvitation: (await asApp(client, invitee, invitations)) === 1,
    strangerSeesNoInvitation: (await asApp(client, stranger, invitations)) === 0,
    adminAMayInvite: (await asApp(client, adminA, () => invite(orgA, 'user-a'))) === 1,
    adminACannotInviteAsSomeoneElse: (await asApp(client, adminA, () => invite(orgA, 'someone-else'))) === -1,
    adminACannotInviteForB: (await asApp(client, adminA, () => invite(orgB, 'user-a'))) === -1,
    memberANotAdminCannotInvite: (await asApp(client, memberA, () => invite(orgA, 'user-a'))) === -1,
    adminAMayWithdraw: (await asApp(client, adminA, () => decide('withdrawn'))) === 1,
    adminBCannotWithdraw: (await asApp(client, adminB, () => decide('withdrawn'))) === 0,
    inviteeMayDecline: (await asApp(client, invitee, () => decide('declined'))) === 1,
    strangerCannotAccept: (await asApp(client, stranger, () => decide('accepted'))) === 0,
    decidedOnlyOnce: await asApp(client, invitee, async () => (await decide('accepted')) === 1 && (await decide('declined')) === -1),
    inviteeMayAuditTheirAnswer: (await asApp(client, invitee, () => auditAs('invitee-x', 'invitation.accepted'))) === 1,
    inviteeCannotAuditAnythingElse: (await asApp(client, invitee, () => auditAs('invitee-x', 'member.removed'))) === -1,
    strangerCannotAuditAnAnswer: (await asApp(client, stranger, () => auditAs('stranger', 'invitation.accepted'))) === -1,
  };
}

/** The register's tables: initiatives, relations, follow-ups and history. */
async function initiativeProbes(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const a = { ...userA, organizationId: orgA };
  const b = { ...userB, organizationId: orgB };
  const insertInitiative = (org: string) =>
    affected(client, `INSERT INTO initiative (organization_id, title, kind, status) VALUES ($1, 'probe', 'pilot', 'idea')`, [org]);
  const rename = (id: string) => affected(client, `UPDATE initiative SET title = 'renamed' WHERE id = $1`, [id]);
  return {
    bareSeesPublicInitiativesOnly: (await asApp(client, {}, () => count(client, 'SELECT count(*) AS n FROM initiative'))) === 2,
    userASeesOwnAndRegionInitiatives: (await asApp(client, a, () => count(client, 'SELECT count(*) AS n FROM initiative'))) === 5,
    userAMayCreateInitiative: (await asApp(client, a, () => insertInitiative(orgA))) === 1,
    userACannotCreateForB: (await asApp(client, a, () => insertInitiative(orgB))) === -1,
    userAMayUpdateOwnInitiative: (await asApp(client, a, () => rename(initiatives['a.private']!))) === 1,
    userACannotUpdateRegionInitiativeOfB: (await asApp(client, a, () => rename(initiatives['b.region']!))) === 0,
    userASeesRelationsWithBothEndsVisible: (await asApp(client, a, () => count(client, 'SELECT count(*) AS n FROM initiative_relation'))) === 1,
    userBSeesBothRelations: (await asApp(client, b, () => count(client, 'SELECT count(*) AS n FROM initiative_relation'))) === 2,
    userAMayLinkOwnToRegion:
      (await asApp(client, a, () =>
        affected(client, `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind) VALUES ($1, $2, $3, 'part-of')`, [
          orgA,
          initiatives['a.region'],
          initiatives['b.region'],
        ]),
      )) === 1,
    userACannotLinkFromB:
      (await asApp(client, a, () =>
        affected(client, `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind) VALUES ($1, $2, $3, 'part-of')`, [
          orgA,
          initiatives['b.region'],
          initiatives['a.region'],
        ]),
      )) === -1,
    userAMayRemoveOwnRelation: (await asApp(client, a, () => affected(client, `DELETE FROM initiative_relation WHERE organization_id = $1`, [orgA]))) >= 1,
    // The owner of a relation's `to` end may take it off its initiative; an organisation owning neither end may not.
    userBMayRemoveRelationAttachedToOwn:
      (await asApp(client, b, () =>
        affected(client, `DELETE FROM initiative_relation WHERE organization_id = $1 AND to_id = $2`, [orgA, initiatives['b.public']]),
      )) === 1,
    userCCannotRemoveRelationBetweenAAndB:
      (await asApp(client, { userId: 'user-c', roles: ['portal-user'], organizationId: orgC }, () =>
        affected(client, `DELETE FROM initiative_relation WHERE organization_id = $1`, [orgA]),
      )) === 0,
    bareSeesPublicFollowUpsOnly: (await asApp(client, {}, () => count(client, 'SELECT count(*) AS n FROM initiative_follow_up'))) === 1,
    userASeesOwnFollowUps: (await asApp(client, a, () => count(client, 'SELECT count(*) AS n FROM initiative_follow_up'))) === 2,
    userAMayAddFollowUp:
      (await asApp(client, a, () =>
        affected(
          client,
          `INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date) VALUES ($1, 'region', $2, '1-year', '2030-01-01')`,
          [orgA, initiatives['a.region']],
        ),
      )) === 1,
    userAMayRecordOwnFollowUp:
      (await asApp(client, a, () => affected(client, `UPDATE initiative_follow_up SET status = 'unknown' WHERE organization_id = $1`, [orgA]))) === 2,
    userBCannotRecordFollowUpOfA:
      (await asApp(client, b, () => affected(client, `UPDATE initiative_follow_up SET status = 'unknown' WHERE organization_id = $1`, [orgA]))) === 0,
    bareSeesNoHistory: (await asApp(client, {}, () => count(client, 'SELECT count(*) AS n FROM initiative_change'))) === 0,
    userASeesOwnHistory: (await asApp(client, a, () => count(client, 'SELECT count(*) AS n FROM initiative_change'))) === 2,
    userBSeesHistoryOfVisibleOnly: (await asApp(client, b, () => count(client, 'SELECT count(*) AS n FROM initiative_change'))) === 1,
    userAMayWriteHistoryAsSelf:
      (await asApp(client, a, () =>
        affected(
          client,
          `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action) VALUES ($1, $2, 2, 'user-a', 'A', 'updated')`,
          [orgA, initiatives['a.private']],
        ),
      )) === 1,
    // The narrow search copy is written by the trigger as the owner (its own policy): an update must go through.
    userAUpdateReachesSearchCopy:
      (await asApp(client, a, () => affected(client, `UPDATE initiative SET summary = summary || '' WHERE id = $1`, [initiatives['a.private']]))) === 1,
    // The region overview's narrow copy: read under the record rule, written by its triggers as the owner.
    regionCopyShowsWhatInitiativeShowsToBare: await asApp(client, {}, async () => {
      const ids = async (table: string) => (await client.query(`SELECT id FROM ${table} ORDER BY id`)).rows.map((r) => r.id as string).join();
      return (await ids('region_initiative')) === (await ids('initiative'));
    }),
    regionCopyShowsWhatInitiativeShowsToUserB: await asApp(client, b, async () => {
      const ids = async (table: string) => (await client.query(`SELECT id FROM ${table} ORDER BY id`)).rows.map((r) => r.id as string).join();
      return (await ids('region_initiative')) === (await ids('initiative'));
    }),
    userAUpdateReachesRegionCopy: await asApp(client, a, async () => {
      await client.query(`UPDATE initiative SET themes = '{supervision}', partners = $2::jsonb WHERE id = $1`, [
        initiatives['a.private'],
        JSON.stringify([{ role: 'partner', organizationId: orgB, name: 'B' }]),
      ]);
      const copy = await client.query(`SELECT themes, involved FROM region_initiative WHERE id = $1`, [initiatives['a.private']]);
      return JSON.stringify(copy.rows) === JSON.stringify([{ themes: ['supervision'], involved: [orgA, orgB].sort() }]);
    }),
    // The search function bypasses RLS to use its indexes, so it must apply visibility itself.
    searchFindsNoPrivateForBare: (await asApp(client, {}, () => count(client, `SELECT count(*) AS n FROM app.search_initiatives('private')`))) === 0,
    searchFindsOwnPrivateForUserA: (await asApp(client, a, () => count(client, `SELECT count(*) AS n FROM app.search_initiatives('private')`))) === 1,
    searchFindsRegionForSignedIn: (await asApp(client, b, () => count(client, `SELECT count(*) AS n FROM app.search_initiatives('region')`))) === 2,
    searchFindsNoRegionForBare: (await asApp(client, {}, () => count(client, `SELECT count(*) AS n FROM app.search_initiatives('region')`))) === 0,
    // 'region' means members of a portal organisation, not any valid token.
    nonMemberSeesPublicInitiativesOnly:
      (await asApp(client, { userId: 'no-organisation', member: false }, () => count(client, 'SELECT count(*) AS n FROM initiative'))) === 2,
    searchFindsNoRegionForNonMember:
      (await asApp(client, { userId: 'no-organisation', member: false }, () => count(client, `SELECT count(*) AS n FROM app.search_initiatives('region')`))) ===
      0,
    // An archived initiative is seen by its own organisation only, by plain queries and by search.
    archivedSeenOnlyByOwner: await asApp(client, a, async () => {
      await client.query(`UPDATE initiative SET archived_at = now() WHERE id = $1`, [initiatives['a.region']]);
      const byOwner = await count(client, `SELECT count(*) AS n FROM initiative WHERE id = '${initiatives['a.region']}'`);
      const searchByOwner = await count(client, `SELECT count(*) AS n FROM app.search_initiatives('a.region') WHERE id = '${initiatives['a.region']}'`);
      await client.query(`SELECT set_config('app.user_id', 'user-b', true), set_config('app.organization_id', $1, true)`, [orgB]);
      const byOther = await count(client, `SELECT count(*) AS n FROM initiative WHERE id = '${initiatives['a.region']}'`);
      const searchByOther = await count(client, `SELECT count(*) AS n FROM app.search_initiatives('a.region') WHERE id = '${initiatives['a.region']}'`);
      return byOwner === 1 && searchByOwner === 1 && byOther === 0 && searchByOther === 0;
    }),
    userACannotForgeHistoryActor:
      (await asApp(client, a, () =>
        affected(
          client,
          `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action) VALUES ($1, $2, 2, 'someone', 'B', 'updated')`,
          [orgA, initiatives['a.private']],
        ),
      )) === -1,
  };
}

describe('row-level security', () => {
  let portal: TestPortal;
  let superuser: pg.Client;
  let app: pg.Client;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'rls' });
    superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await superuser.connect();
    const orgs = await superuser.query(`SELECT id, slug FROM organization WHERE slug IN ('linkoping', 'norrkoping', 'ydre')`);
    orgA = orgs.rows.find((r) => r.slug === 'linkoping').id;
    orgB = orgs.rows.find((r) => r.slug === 'norrkoping').id;
    orgC = orgs.rows.find((r) => r.slug === 'ydre').id;
    for (const [org, prefix] of [
      [orgA, 'a'],
      [orgB, 'b'],
    ] as const) {
      for (const visibility of ['private', 'region', 'public']) {
        await superuser.query(`INSERT INTO audit_event (organization_id, visibility, actor_id, actor_username, action) VALUES ($1, $2, 'seed', 'seed', $3)`, [
          org,
          visibility,
          `${prefix}.${visibility}`,
        ]);
      }
    }
    for (const [org, prefix] of [
      [orgA, 'a'],
      [orgB, 'b'],
    ] as const) {
      for (const visibility of ['private', 'region', 'public']) {
        const row = await superuser.query(
          `INSERT INTO initiative (organization_id, visibility, title, kind, status) VALUES ($1, $2, $3, 'pilot', 'idea') RETURNING id`,
          [org, visibility, `${prefix}.${visibility}`],
        );
        initiatives[`${prefix}.${visibility}`] = row.rows[0].id;
      }
    }
    // The overlap radar: A's and B's region initiatives and B's private one are the same kind of
    // work at the same time (their pairs are kept at commit, as when the API saves).
    await superuser.query(
      `UPDATE initiative SET kind = 'pre-study', target_groups = '{social-assistance}', start_date = '2025-01-01', end_date = '2025-12-31' WHERE id = ANY($1)`,
      [[initiatives['a.region'], initiatives['b.region'], initiatives['b.private']]],
    );
    // A's public initiative builds on B's private one (only B sees both ends) and on B's public one.
    await superuser.query(
      `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind) VALUES ($1, $2, $3, 'builds-on'), ($1, $2, $4, 'builds-on')`,
      [orgA, initiatives['a.public'], initiatives['b.private'], initiatives['b.public']],
    );
    await superuser.query(
      `INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date) VALUES ($1, 'private', $2, '6-months', '2025-01-01'), ($1, 'public', $3, '6-months', '2025-01-01')`,
      [orgA, initiatives['a.private'], initiatives['a.public']],
    );
    await superuser.query(
      `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action) VALUES ($1, $2, 1, 'seed', 'seed', 'created'), ($1, $3, 1, 'seed', 'seed', 'created')`,
      [orgA, initiatives['a.private'], initiatives['a.public']],
    );
    for (const [org, prefix] of [
      [orgA, 'a'],
      [orgB, 'b'],
    ] as const) {
      for (const visibility of ['private', 'region', 'public']) {
        const row = await superuser.query(`INSERT INTO method (organization_id, visibility, name) VALUES ($1, $2, $3) RETURNING id`, [
          org,
          visibility,
          `${prefix}.${visibility}`,
        ]);
        methods[`${prefix}.${visibility}`] = row.rows[0].id;
      }
    }
    await superuser.query(`INSERT INTO initiative_method (organization_id, initiative_id, method_id) VALUES ($1, $2, $3), ($1, $2, $4)`, [
      orgA,
      initiatives['a.public'],
      methods['b.public'],
      methods['b.private'],
    ]);
    await superuser.query(
      `INSERT INTO method_change (organization_id, method_id, version, actor_id, actor_name, action) VALUES ($1, $2, 1, 'seed', 'seed', 'created'), ($1, $3, 1, 'seed', 'seed', 'created')`,
      [orgA, methods['a.private'], methods['a.public']],
    );
    // Networks: N (host A, by invitation) and O (host B, open). C's initiative and method are shared with N.
    net['n'] = (
      await superuser.query(`INSERT INTO network (organization_id, visibility, name, level, kind) VALUES ($1, 'region', 'N', 'regional', 'hr') RETURNING id`, [
        orgA,
      ])
    ).rows[0].id;
    net['o'] = (
      await superuser.query(
        `INSERT INTO network (organization_id, visibility, name, level, kind, admission) VALUES ($1, 'region', 'O', 'local', 'theme', 'open') RETURNING id`,
        [orgB],
      )
    ).rows[0].id;
    await superuser.query(
      `INSERT INTO network_member (network_id, user_id, organization_id, role, status) VALUES
         ($1, 'chair-n', $2, 'chair', 'active'), ($1, 'member-n', $3, 'member', 'active'), ($1, 'secretary-n', $4, 'secretary', 'active'), ($1, 'invitee-n', NULL, 'member', 'invited')`,
      [net['n'], orgA, orgB, orgC],
    );
    net['initiative'] = (
      await superuser.query(
        `INSERT INTO initiative (organization_id, visibility, title, kind, status, start_date) VALUES ($1, 'network', 'c.network', 'pilot', 'ongoing', '2026-01-01') RETURNING id`,
        [orgC],
      )
    ).rows[0].id;
    await superuser.query(
      `INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date) VALUES ($1, 'network', $2, '6-months', '2025-01-01')`,
      [orgC, net['initiative']],
    );
    net['method'] = (
      await superuser.query(`INSERT INTO method (organization_id, visibility, name) VALUES ($1, 'network', 'c.network') RETURNING id`, [orgC])
    ).rows[0].id;
    await superuser.query(
      `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $4, 'secretary-n'), ($1, $3, 'method', $4, 'secretary-n')`,
      [net['n'], net['initiative'], net['method'], orgC],
    );
    await superuser.query(`INSERT INTO network_event (network_id, actor_id, actor_name, action) VALUES ($1, 'chair-n', 'C', 'network.created')`, [net['n']]);
    await superuser.query(
      `INSERT INTO meeting_series (network_id, title, rrule, first_date, start_time, end_time) VALUES ($1, 'S', 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', '2027-01-12', '13:00', '15:00')`,
      [net['n']],
    );
    net['meeting'] = (
      await superuser.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, status) VALUES ($1, 'M', '2027-01-12T12:00Z', '2027-01-12T14:00Z', 'held') RETURNING id`,
        [net['n']],
      )
    ).rows[0].id;
    net['meeting2'] = (
      await superuser.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'M2', '2027-02-09T12:00Z', '2027-02-09T14:00Z') RETURNING id`,
        [net['n']],
      )
    ).rows[0].id;
    await superuser.query(
      `INSERT INTO meeting_minutes (meeting_id, network_id, body, status, published_at) VALUES ($1, $3, 'published', 'published', now()), ($2, $3, 'draft', 'draft', NULL)`,
      [net['meeting'], net['meeting2'], net['n']],
    );
    await superuser.query(`INSERT INTO agenda_item (network_id, meeting_id, position, title) VALUES ($1, $2, 1, 'A')`, [net['n'], net['meeting']]);
    await superuser.query(`INSERT INTO meeting_attendance (network_id, meeting_id, name) VALUES ($1, $2, 'A')`, [net['n'], net['meeting']]);
    await superuser.query(`INSERT INTO network_decision (network_id, meeting_id, year, number, decided_on, text) VALUES ($1, $2, 2027, 1, '2027-01-12', 'D')`, [
      net['n'],
      net['meeting'],
    ]);
    await superuser.query(`INSERT INTO action_item (network_id, meeting_id, title, owner_user_id) VALUES ($1, $2, 'T', 'member-n'), ($1, $2, 'U', NULL)`, [
      net['n'],
      net['meeting'],
    ]);
    await superuser.query(`INSERT INTO calendar_subscription (user_id, network_id, token_hash) VALUES ('member-n', $1, 'hash-n')`, [net['n']]);
    invitationA = (
      await superuser.query(
        `INSERT INTO organization_invitation (organization_id, email, invitee_id, invited_by_id, invited_by_username) VALUES ($1, 'invitee@example.se', 'invitee-x', 'seed', 'seed') RETURNING id`,
        [orgA],
      )
    ).rows[0].id;
    // Material: A's private, region and network ones (the last shared with N, where member-n is a
    // member), B's public one and two of B's own to adapt; a version and history of A's first
    // two; B's adaptation of A's region material; a staged file of A and one file (with one
    // chunk) in each of A's materials; a ticket of user-b for the region file.
    for (const [key, org, visibility] of [
      ['a.private', orgA, 'private'],
      ['a.region', orgA, 'region'],
      ['a.network', orgA, 'network'],
      ['b.public', orgB, 'public'],
      ['b.variant', orgB, 'region'],
      ['b.variant2', orgB, 'region'],
    ] as const) {
      mat[key] = (
        await superuser.query(
          `INSERT INTO material (organization_id, visibility, title, kind, current_version) VALUES ($1, $2, $3, 'support', 1) RETURNING id`,
          [org, visibility, key],
        )
      ).rows[0].id;
    }
    await superuser.query(
      `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'material', $3, 'chair-n')`,
      [net['n'], mat['a.network'], orgA],
    );
    for (const key of ['a.private', 'a.region']) {
      await superuser.query(
        `INSERT INTO material_change (organization_id, material_id, version, actor_id, actor_name, action) VALUES ($1, $2, 1, 'seed', 'seed', 'created')`,
        [orgA, mat[key]],
      );
      await superuser.query(
        `INSERT INTO material_version (organization_id, material_id, number, created_by_id, created_by_name) VALUES ($1, $2, 1, 'seed', 'seed')`,
        [orgA, mat[key]],
      );
    }
    await superuser.query(`INSERT INTO material_adaptation (variant_id, original_id, organization_id) VALUES ($1, $2, $3)`, [
      mat['b.public'],
      mat['a.region'],
      orgB,
    ]);
    for (const [key, material] of [
      ['file.staged', null],
      ['file.a.private', 'a.private'],
      ['file.a.region', 'a.region'],
      ['file.a.network', 'a.network'],
    ] as const) {
      mat[key] = (
        await superuser.query(
          `INSERT INTO material_file (organization_id, material_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status, text_status)
           VALUES ($1, $2, 'user-a', $3, 'text/plain', 1, 'seed', 'clean', 'none') RETURNING id`,
          [orgA, material ? mat[material] : null, key],
        )
      ).rows[0].id;
      await superuser.query(`INSERT INTO material_file_chunk (file_id, seq, data) VALUES ($1, 0, '\\x41')`, [mat[key]]);
    }
    await superuser.query(
      `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
       VALUES ('ticket-hash', $1, 'user-b', $2, 'portal-user', true, false, false, now() + interval '1 day')`,
      [mat['file.a.region'], orgB],
    );
    app = new pg.Client({ connectionString: portal.database.appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await superuser?.end();
    await portal?.stop();
  });

  it('enables and forces RLS on every tenant-owned table, with a policy for each command granted to the API role', async () => {
    const { rows } = await superuser.query(`
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
             ARRAY(SELECT DISTINCT p.polcmd::text FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
             ARRAY(SELECT privilege_type::text FROM information_schema.role_table_grants g
                    WHERE g.table_name = c.relname AND g.grantee = 'portal_app' ORDER BY 1) AS grants
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_name = c.relname AND col.column_name = 'organization_id')`);
    expect(rows.length).toBeGreaterThan(0);
    const commandOf: Record<string, string> = { SELECT: 'r', INSERT: 'a', UPDATE: 'w', DELETE: 'd' };
    for (const row of rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      for (const grant of row.grants as string[]) expect(row.policies, `${row.relname} ${grant}`).toContain(commandOf[grant]);
    }
  });

  it('holds every isolation expectation', async () => {
    expect(await probes(app)).toEqual(Object.fromEntries(Object.keys(await probes(app)).map((k) => [k, true])));
  });

  /** A trigger-kept copy's security: RLS on and forced, what the API role may do, and every policy as `name:command:roles:expression`. */
  const copySecurity = async (table: string) => {
    const { rows } = await superuser.query(
      `SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              ARRAY(SELECT privilege_type::text FROM information_schema.role_table_grants g
                     WHERE g.table_name = $1 AND g.grantee = 'portal_app' ORDER BY 1) AS grants,
              ARRAY(SELECT p.policyname || ':' || p.cmd || ':' || array_to_string(p.roles, ',') || ':' || coalesce(p.qual, '')
                      FROM pg_policies p WHERE p.tablename = $1 ORDER BY 1) AS policies
         FROM pg_class c WHERE c.relname = $1`,
      [table],
    );
    return rows[0];
  };

  it('keeps initiative_search written only by its trigger: the API role may read it under the record rule and write nothing', async () => {
    expect(await copySecurity('initiative_search')).toEqual({
      rls: true,
      forced: true,
      grants: ['SELECT'],
      policies: ['initiative_search_sync:ALL:portal_owner:true', `initiative_search_tenant_select:SELECT:public:${TENANT_POLICY_EXPRESSIONS.record}`],
    });
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await expect(app.query(`UPDATE initiative_search SET visibility = 'public'`)).rejects.toThrow(/permission denied/);
    });
    // A change to an initiative reaches its copy in the same transaction (the trigger).
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await app.query(`UPDATE initiative SET title = 'a.private omdöpt', themes = '{digitalisering}' WHERE id = $1`, [initiatives['a.private']]);
      const copy = await app.query(`SELECT title, themes FROM initiative_search WHERE id = $1`, [initiatives['a.private']]);
      expect(copy.rows).toEqual([{ title: 'a.private omdöpt', themes: ['digitalisering'] }]);
      expect((await app.query(`SELECT id FROM app.search_initiatives('omdöpt')`)).rows).toEqual([{ id: initiatives['a.private'] }]);
    });
  });

  it('keeps region_fact written only by its triggers: the API role may read it under the visibility rule and write nothing', async () => {
    expect(await copySecurity('region_fact')).toEqual({
      rls: true,
      forced: true,
      grants: ['SELECT'],
      policies: ['region_fact_sync:ALL:portal_owner:true', `region_fact_tenant_select:SELECT:public:${TENANT_POLICY_EXPRESSIONS.visibility}`],
    });
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await expect(app.query(`UPDATE region_fact SET n = n + 1`)).rejects.toThrow(/permission denied/);
    });
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      // Another organisation's private facts are not there for this reader.
      const foreign = await app.query(`SELECT count(*)::int AS n FROM region_fact WHERE organization_id <> $1 AND visibility = 'private'`, [orgA]);
      expect(foreign.rows).toEqual([{ n: 0 }]);
    });
    // The owner's facts move with the initiative in the same transaction (the triggers).
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      const themes = async () =>
        (await app.query(`SELECT k1 FROM region_fact WHERE organization_id = $1 AND fact = 'theme' AND n > 0 ORDER BY k1`, [orgA])).rows.map((r) => r.k1);
      await app.query(`UPDATE initiative SET themes = '{validation}' WHERE id = $1`, [initiatives['a.private']]);
      expect(await themes()).toContain('validation');
      await app.query(`UPDATE initiative SET themes = '{}' WHERE organization_id = $1`, [orgA]);
      expect(await themes()).toEqual([]);
    });
  });

  it('keeps region_initiative written only by its triggers: the API role may read it under the record rule and write nothing', async () => {
    expect(await copySecurity('region_initiative')).toEqual({
      rls: true,
      forced: true,
      grants: ['SELECT'],
      policies: ['region_initiative_sync:ALL:portal_owner:true', `region_initiative_tenant_select:SELECT:public:${TENANT_POLICY_EXPRESSIONS.record}`],
    });
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await expect(app.query(`UPDATE region_initiative SET visibility = 'public'`)).rejects.toThrow(/permission denied/);
    });
    // An archive reaches the copy in the same transaction; the owner still reads it, others do not.
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await app.query(`UPDATE initiative SET archived_at = now() WHERE id = $1`, [initiatives['a.public']]);
      const own = await app.query(`SELECT archived_at IS NOT NULL AS archived FROM region_initiative WHERE id = $1`, [initiatives['a.public']]);
      expect(own.rows).toEqual([{ archived: true }]);
      await app.query(`SELECT set_config('app.user_id', 'user-b', true), set_config('app.organization_id', $1, true)`, [orgB]);
      expect((await app.query(`SELECT id FROM region_initiative WHERE id = $1`, [initiatives['a.public']])).rows).toEqual([]);
    });
  });

  it('runs the register search as the NOLOGIN BYPASSRLS search role, which the API role cannot become', async () => {
    const { rows } = await superuser.query(`
      SELECT p.prosecdef, r.rolname AS owner, r.rolbypassrls, r.rolcanlogin,
             pg_has_role('portal_app', r.oid, 'MEMBER') AS app_is_member
        FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
       WHERE p.proname = 'search_initiatives'`);
    expect(rows).toEqual([{ prosecdef: true, owner: 'portal_search', rolbypassrls: true, rolcanlogin: false, app_is_member: false }]);
  });

  it('never carries one transaction’s settings into the next use of a pooled connection', async () => {
    const pool = new pg.Pool({ connectionString: portal.database.appUrl, max: 1 });
    try {
      const client = await pool.connect();
      const backend = async (c: pg.PoolClient) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      const firstBackend = await backend(client);
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.user_id', 'user-a', true), set_config('app.organization_id', $1, true)`, [orgA]);
      expect(await visibleActions(client)).toContain('a.private');
      await client.query('COMMIT');
      client.release();
      const again = await pool.connect();
      try {
        expect(await backend(again)).toBe(firstBackend);
        expect((await again.query(`SELECT current_setting('app.user_id', true) AS u`)).rows[0].u ?? '').toBe('');
        expect(await visibleActions(again)).toEqual(['a.public', 'b.public']);
      } finally {
        again.release();
      }
    } finally {
      await pool.end();
    }
  });

  it('lets no API-role write change or delete the audit log', async () => {
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await expect(app.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
    });
    await asApp(app, { ...userA, organizationId: orgA }, async () => {
      await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    });
  });

  it('refuses a foreign key to another organisation’s private record, but allows own and region-visible targets', async () => {
    // The mechanism issue 4 attaches to every tenant-to-tenant foreign key, on a throw-away table.
    await superuser.query('BEGIN');
    try {
      await superuser.query(`
        CREATE TABLE probe_link (id serial PRIMARY KEY, organization_id uuid NOT NULL, target_id uuid REFERENCES audit_event(id));
        CREATE CONSTRAINT TRIGGER probe_link_target_visible AFTER INSERT OR UPDATE OF target_id ON probe_link
          FOR EACH ROW EXECUTE FUNCTION app.assert_reference_visible('target_id', 'audit_event');
        GRANT SELECT, INSERT ON probe_link TO portal_app;
        GRANT USAGE ON SEQUENCE probe_link_id_seq TO portal_app;`);
      const ids = Object.fromEntries((await superuser.query('SELECT action, id FROM audit_event')).rows.map((r) => [r.action, r.id]));
      await superuser.query(
        `SELECT set_config('app.user_id', 'user-a', true), set_config('app.organization_id', $1, true), set_config('app.roles', 'portal-user', true), set_config('app.member', 'on', true)`,
        [orgA],
      );
      await superuser.query('SET LOCAL ROLE portal_app');
      const link = async (target: string) => {
        await superuser.query('SAVEPOINT link');
        try {
          await superuser.query('INSERT INTO probe_link (organization_id, target_id) VALUES ($1, $2)', [orgA, ids[target]]);
          await superuser.query('RELEASE SAVEPOINT link');
          return 'ok';
        } catch (error) {
          await superuser.query('ROLLBACK TO SAVEPOINT link');
          return (error as { code?: string }).code;
        }
      };
      expect(await link('a.private')).toBe('ok');
      expect(await link('b.region')).toBe('ok');
      expect(await link('b.private')).toBe('23503');
    } finally {
      await superuser.query('ROLLBACK');
    }
  });

  it('search_initiatives returns exactly the rows a plain query may read under row-level security, for every kind of reader', async () => {
    // The function runs with BYPASSRLS to use its indexes; this pins it to the policies. An empty
    // search text matches every row (substring ''), so both sides cover the whole table. It reads
    // the narrow copy (initiative_search), so every column it returns must equal the initiative's,
    // and a plain read of the copy must show the same rows as a plain read of the initiatives.
    const readers: Record<string, Settings> = {
      anonymous: {},
      userOfA: { ...userA, organizationId: orgA },
      userOfB: { ...userB, organizationId: orgB },
      memberWithoutActiveOrganisation: { userId: 'user-c', roles: ['portal-user'] },
      signedInWithoutOrganisation: { userId: 'no-organisation', roles: ['portal-user'], member: false },
      regionOverseer: { userId: 'overseer', roles: ['portal-user', 'region-overseer'] },
      platformAdmin: { userId: 'admin', roles: ['platform-admin'] },
      organisationWithoutUser: { organizationId: orgA },
    };
    const ids = async (sql: string) => (await app.query(sql)).rows.map((r) => r.id as string).sort();
    for (const archived of [false, true]) {
      for (const [name, settings] of Object.entries(readers)) {
        await asApp(app, settings, async () => {
          // Archive inside this transaction (rolled back after): the owner's write, then read as the reader.
          if (archived) {
            await app.query(`SELECT set_config('app.user_id', 'user-a', true), set_config('app.organization_id', $1, true)`, [orgA]);
            await app.query(`UPDATE initiative SET archived_at = now() WHERE id = ANY($1::uuid[])`, [[initiatives['a.region'], initiatives['a.public']]]);
            await app.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true)`, [
              settings.userId ?? '',
              settings.organizationId ?? '',
            ]);
          }
          const label = `${name}${archived ? ' (with archived rows)' : ''}`;
          const underRls = await ids('SELECT id FROM initiative');
          const searched = await ids(`SELECT id FROM app.search_initiatives('')`);
          expect(searched, label).toEqual(underRls);
          expect(await ids('SELECT id FROM initiative_search'), `${label}: initiative_search under RLS`).toEqual(underRls);
          expect(await ids('SELECT id FROM region_initiative'), `${label}: region_initiative under RLS`).toEqual(underRls);
          const copied = `id, organization_id, visibility, archived_at, status, kind, themes, target_groups, funder_types, start_date, title, updated_at`;
          const differing = await app.query(
            `(SELECT ${copied} FROM app.search_initiatives('') EXCEPT SELECT ${copied} FROM initiative)
             UNION ALL (SELECT ${copied} FROM initiative EXCEPT SELECT ${copied} FROM app.search_initiatives(''))`,
          );
          expect(differing.rows, `${label}: columns as in initiative`).toEqual([]);
        });
      }
    }
  });

  it('pins every standard tenant policy (secureTenantTable) to its expression, so a new table needs no probes of its own', async () => {
    // A table secured by the helper, created in this transaction: the check below must see it.
    await superuser.query('BEGIN');
    try {
      await superuser.query(
        `CREATE TABLE probe_standard (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organization_id uuid NOT NULL, visibility text NOT NULL, archived_at timestamptz)`,
      );
      await secureTenantTable(superuser, 'probe_standard', { read: 'record', commands: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
      const { rows } = await superuser.query(
        `SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND policyname LIKE '%\\_tenant\\_%'`,
      );
      expect(rows.map((r) => r.policyname)).toEqual(
        expect.arrayContaining([
          'probe_standard_tenant_select',
          'probe_standard_tenant_insert',
          'probe_standard_tenant_update',
          'probe_standard_tenant_delete',
        ]),
      );
      const reads = Object.entries(TENANT_POLICY_EXPRESSIONS)
        .filter(([rule]) => rule !== 'write')
        .map(([, expression]) => expression);
      for (const row of rows) {
        const where = `${row.tablename}.${row.policyname}`;
        if (row.cmd === 'SELECT') expect(reads, where).toContain(row.qual);
        if (row.cmd === 'INSERT') expect(row.with_check, where).toBe(TENANT_POLICY_EXPRESSIONS.write);
        if (row.cmd === 'UPDATE') expect([row.qual, row.with_check], where).toEqual([TENANT_POLICY_EXPRESSIONS.write, TENANT_POLICY_EXPRESSIONS.write]);
        if (row.cmd === 'DELETE') expect(row.qual, where).toBe(TENANT_POLICY_EXPRESSIONS.write);
      }
    } finally {
      await superuser.query('ROLLBACK');
    }
  });

  it('gives a table secured by secureTenantTable the register’s isolation for each read rule', async () => {
    const rules: TenantReadRule[] = ['record', 'visibility', 'organization'];
    for (const rule of rules) {
      await superuser.query('BEGIN');
      try {
        await superuser.query(
          `CREATE TABLE probe_thing (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text NOT NULL, organization_id uuid NOT NULL, visibility text NOT NULL, archived_at timestamptz)`,
        );
        await secureTenantTable(superuser, 'probe_thing', { read: rule });
        const rows: Array<[string, string, string, boolean]> = [
          ['a.private', orgA, 'private', false],
          ['a.region', orgA, 'region', false],
          ['a.public', orgA, 'public', false],
          ['a.archived', orgA, 'public', true],
          ['b.private', orgB, 'private', false],
          ['b.region', orgB, 'region', false],
          ['b.public', orgB, 'public', false],
          ['b.archived', orgB, 'public', true],
        ];
        for (const [id, organization, visibility, archived] of rows) {
          await superuser.query(
            `INSERT INTO probe_thing (label, organization_id, visibility, archived_at) VALUES ($1, $2, $3, ${archived ? 'now()' : 'NULL'})`,
            [id, organization, visibility],
          );
        }
        const read = async (settings: Settings) => {
          await superuser.query('SAVEPOINT reader');
          await superuser.query(
            `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', $3, true), set_config('app.member', $4, true)`,
            [settings.userId ?? '', settings.organizationId ?? '', (settings.roles ?? []).join(','), settings.userId && settings.member !== false ? 'on' : ''],
          );
          await superuser.query('SET LOCAL ROLE portal_app');
          const ids = (await superuser.query('SELECT label FROM probe_thing ORDER BY label')).rows.map((r) => r.label as string);
          const write = async (sql: string) => {
            await superuser.query('SAVEPOINT w');
            try {
              const result = await superuser.query(sql);
              await superuser.query('RELEASE SAVEPOINT w');
              return result.rowCount ?? 0;
            } catch {
              await superuser.query('ROLLBACK TO SAVEPOINT w');
              return -1;
            }
          };
          const insertForeign = await write(`INSERT INTO probe_thing (label, organization_id, visibility) VALUES ('x.b', '${orgB}', 'public')`);
          const updateForeign = await write(`UPDATE probe_thing SET visibility = 'private' WHERE organization_id = '${orgB}'`);
          await superuser.query('ROLLBACK TO SAVEPOINT reader');
          return { ids, insertForeign, updateForeign };
        };
        // The owner sees all its own rows, archived too, under every rule.
        const own = ['a.archived', 'a.private', 'a.public', 'a.region'];
        const othersRegion = rule === 'organization' ? [] : rule === 'record' ? ['b.public', 'b.region'] : ['b.archived', 'b.public', 'b.region'];
        const othersPublic = rule === 'organization' ? [] : rule === 'record' ? ['a.public', 'b.public'] : ['a.archived', 'a.public', 'b.archived', 'b.public'];
        const asA = await read({ ...userA, organizationId: orgA });
        expect(asA.ids, rule).toEqual([...own, ...othersRegion].sort());
        expect([asA.insertForeign, asA.updateForeign], `${rule}: writes into B`).toEqual([-1, 0]);
        expect((await read({})).ids, `${rule}: anonymous`).toEqual(othersPublic.sort());
        const outsider = await read({ userId: 'no-organisation', roles: ['portal-user'], member: false });
        expect(outsider.ids, `${rule}: signed in, no organisation`).toEqual(othersPublic.sort());
      } finally {
        await superuser.query('ROLLBACK');
      }
    }
  });

  it('holds the mail worker’s expectations as the owner role', async () => {
    await superuser.query('BEGIN');
    try {
      await superuser.query('SET LOCAL ROLE portal_app');
      const results = await probesInTransaction(superuser);
      expect(results['workerReadsAndMarksEveryMail']).toBe(true);
    } finally {
      await superuser.query('ROLLBACK');
    }
  });

  // One run of every probe per policy: minutes, not seconds, on a 2-core machine.
  it('fails at least one probe when any single policy is dropped', { timeout: 600_000 }, async () => {
    // The standard tenant policies are pinned to their expressions (test below) instead.
    const policies = (
      await superuser.query(
        `SELECT schemaname, tablename, policyname FROM pg_policies WHERE schemaname = 'public' AND policyname NOT LIKE '%\\_tenant\\_%' ORDER BY 1, 2, 3`,
      )
    ).rows;
    expect(policies.length).toBeGreaterThanOrEqual(2);
    // Baseline: the same probing path, with every policy in place, passes all probes.
    await superuser.query('BEGIN');
    try {
      await superuser.query('SET LOCAL ROLE portal_app');
      expect(Object.values(await probesInTransaction(superuser)).every(Boolean)).toBe(true);
    } finally {
      await superuser.query('ROLLBACK');
    }
    const survivors: string[] = [];
    for (const policy of policies) {
      await superuser.query('BEGIN');
      try {
        await superuser.query(
          `DROP POLICY ${pg.escapeIdentifier(policy.policyname)} ON ${pg.escapeIdentifier(policy.schemaname)}.${pg.escapeIdentifier(policy.tablename)}`,
        );
        // Probe as the API role on this connection, inside the transaction that dropped the policy.
        await superuser.query('SET LOCAL ROLE portal_app');
        // A probe that cannot even run (e.g. the search table's trigger may no longer write) noticed it too.
        const results = await probesInTransaction(superuser).catch(() => ({ failed: false }));
        if (Object.values(results).every(Boolean)) survivors.push(policy.policyname);
      } finally {
        await superuser.query('ROLLBACK');
      }
    }
    expect(survivors, 'policies whose removal no probe notices').toEqual([]);
  });
});

/** The probes, run inside an already open transaction (savepoints instead of BEGIN/ROLLBACK). */
async function probesInTransaction(client: pg.ClientBase): Promise<Record<string, boolean>> {
  const nested: pg.ClientBase = Object.create(client);
  nested.query = ((text: string, values?: unknown[]) => {
    if (text === 'BEGIN') return client.query('SAVEPOINT outer_probe');
    if (text === 'ROLLBACK') return client.query('ROLLBACK TO SAVEPOINT outer_probe');
    return client.query(text, values);
  }) as pg.ClientBase['query'];
  return probes(nested);
}
