import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';
import { CHANGES, worded } from '../support/history.js';

// The overlap radar (docs/overlap-radar.md): a labelled set of pairs whose ranking must hold
// however the score is tuned, the Region's pair list and decisions with their audit, and
// visibility (a pair is only ever shown to someone who may read both initiatives).

type Headers = Record<string, string>;

interface Candidate {
  initiative: { id: string; title: string };
  score: number;
  band: string;
  reasons: Array<{ code: string; values: string[]; months: number | null }>;
  decision: { decision: string; note: string; decidedByName: string } | null;
}
interface Pair {
  a: { id: string };
  b: { id: string };
  score: number;
  band: string;
  decision: { decision: string } | null;
}

const CANDIDATE = `initiative { id title } score band reasons { code values months points } decision { decision note decidedByName }`;
const OVERLAPS = `query($id: ID!, $first: Int) { initiativeOverlaps(id: $id, first: $first) { ${CANDIDATE} } }`;
const SIMILAR = `query($d: OverlapDraftInput!) { similarInitiatives(draft: $d, first: 10) { ${CANDIDATE} } }`;
const PAIRS = `query($first: Int!, $after: String, $decided: Boolean, $band: OverlapBand, $theme: String, $org: String, $from: Int, $to: Int) {
  overlapPairs(first: $first, after: $after, includeDecided: $decided, band: $band, theme: $theme, organization: $org, fromYear: $from, toYear: $to) {
    pairs { a { id } b { id } score band decision { decision } } nextCursor } }`;
const DECIDE = `mutation($i: OverlapDecisionInput!) { decideOverlap(input: $i) { decision note decidedByName decidedAt } }`;
const REOPEN = `mutation($a: ID!, $b: ID!) { reopenOverlap(initiativeId: $a, otherInitiativeId: $b) }`;
const DECISIONS = `query($id: ID!) { initiativeOverlapDecisions(id: $id) { other { id } decision { decision note decidedByName } } }`;
const CREATE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { id version } }`;
const ADD_RELATION = `mutation($i: InitiativeRelationInput!) { addInitiativeRelation(input: $i) { id } }`;

const ESF_PO2 = { funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', programmeArea: 'PO2', status: 'granted' };

function input(overrides: Record<string, unknown>): Record<string, unknown> {
  return { kind: 'pre-study', status: 'ongoing', visibility: 'REGION', summary: '', themes: [], targetGroups: [], fundingLines: [], ...overrides };
}

describe('the overlap radar', () => {
  let portal: TestPortal;
  let owner: pg.Client;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };
  const create = async (username: string, fields: Record<string, unknown>): Promise<string> =>
    ok(await gql<{ createInitiative: { id: string } }>(portal.url, CREATE, { i: input(fields) }, await as(username))).createInitiative.id;
  const overlaps = async (username: string, id: string): Promise<Candidate[]> =>
    ok(await gql<{ initiativeOverlaps: Candidate[] }>(portal.url, OVERLAPS, { id, first: 20 }, await as(username))).initiativeOverlaps;
  const pairs = async (variables: Record<string, unknown> = {}): Promise<Pair[]> =>
    ok(await gql<{ overlapPairs: { pairs: Pair[] } }>(portal.url, PAIRS, { first: 100, ...variables }, await as('samordnare.region'))).overlapPairs.pairs;
  const hasPair = (list: readonly Pair[], x: string, y: string) => list.some((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());

  // The labelled set. S is a Linköping pre-study for people on social assistance, ESF+ PO2, 2025.
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'overlaps', identity: true });
    // The superuser: past row-level security, to see what is stored and audited.
    owner = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await owner.connect();
    ids.subject = await create('projektledare.linkoping', {
      title: 'Förstudie: vägar till arbete för personer med ekonomiskt bistånd',
      summary: 'Kartlägger hinder och stöd för personer med ekonomiskt bistånd som står långt från arbetsmarknaden.',
      themes: ['labour-market-establishment', 'economic-vulnerability'],
      targetGroups: ['social-assistance'],
      startDate: '2025-01-01',
      endDate: '2025-09-30',
      fundingLines: [ESF_PO2],
    });
    // Must come out high: a pre-study in the neighbouring municipality, the same months, target group and programme.
    ids.twin = await create('projektledare.norrkoping', {
      title: 'Förstudie om arbetsmarknadsinsatser för personer med ekonomiskt bistånd',
      summary: 'Undersöker vad personer med ekonomiskt bistånd behöver för att komma närmare arbete.',
      themes: ['labour-market-establishment'],
      targetGroups: ['social-assistance'],
      startDate: '2025-02-01',
      endDate: '2025-10-31',
      fundingLines: [ESF_PO2],
    });
    // Medium: the same target group and a theme at the same time, but a method project, other funding, far away.
    ids.cousin = await create('projektledare.ydre', {
      title: 'Stegvis stöd mot arbete i Ydre',
      kind: 'method-development',
      summary: 'Utvecklar en stegvis modell för personer med ekonomiskt bistånd.',
      themes: ['economic-vulnerability'],
      targetGroups: ['social-assistance'],
      startDate: '2024-10-01',
      endDate: '2025-12-31',
      fundingLines: [{ funderType: 'own-budget', funderName: 'Ydre kommun', status: 'granted' }],
    });
    // Must not: other years, another kind, no shared target group (only a theme in common).
    ids.stranger = await create('projektledare.norrkoping', {
      title: 'Kompetenslyft för undersköterskor',
      kind: 'standing-programme',
      summary: 'Utbildar undersköterskor inom äldreomsorgen.',
      themes: ['labour-market-establishment'],
      targetGroups: ['permanent-staff'],
      startDate: '2017-01-01',
      endDate: '2018-06-30',
      fundingLines: [{ funderType: 'state-grant', funderName: 'Socialstyrelsen', status: 'granted' }],
    });
    // Low at most: the same year and a theme, but another kind and no shared target group.
    ids.neighbourInTime = await create('projektledare.norrkoping', {
      title: 'Digital kompetens för chefer',
      kind: 'standing-programme',
      summary: 'Chefer lär sig leda digitalt.',
      themes: ['labour-market-establishment'],
      targetGroups: ['managers-supervisors'],
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    // A synthetic variation of the twin, but private to Norrköping: never shown to anyone else.
    ids.privateTwin = await create('projektledare.norrkoping', {
      title: 'Förstudie om vägar till arbete för personer med ekonomiskt bistånd (intern)',
      summary: 'Kartlägger hinder och stöd för personer med ekonomiskt bistånd.',
      themes: ['labour-market-establishment', 'economic-vulnerability'],
      targetGroups: ['social-assistance'],
      startDate: '2025-01-01',
      endDate: '2025-09-30',
      fundingLines: [ESF_PO2],
      visibility: 'PRIVATE',
    });
    // Related to the subject (pearl string): never a candidate, however alike.
    ids.successor = await create('projektledare.linkoping', {
      title: 'Förstudie: vägar till arbete för personer med ekonomiskt bistånd, del 2',
      summary: 'Fortsätter kartläggningen av hinder och stöd för personer med ekonomiskt bistånd.',
      themes: ['labour-market-establishment', 'economic-vulnerability'],
      targetGroups: ['social-assistance'],
      startDate: '2025-03-01',
      endDate: '2025-12-31',
      fundingLines: [ESF_PO2],
    });
    ok(await gql(portal.url, ADD_RELATION, { i: { fromId: ids.successor, toId: ids.subject, kind: 'successor-of' } }, await as('projektledare.linkoping')));
  });

  afterAll(async () => {
    await owner?.end();
    await portal?.stop();
  });

  it('ranks the labelled pairs: the twin high and first, the cousin below it, the stranger not at all, a same-year neighbour low at most', async () => {
    const list = await overlaps('projektledare.linkoping', ids.subject!);
    const rank = (id: string) => list.findIndex((c) => c.initiative.id === id);
    const twin = list[rank(ids.twin!)]!;
    const cousin = list[rank(ids.cousin!)]!;
    expect(rank(ids.twin!)).toBe(0);
    expect(twin.band).toBe('HIGH');
    expect(rank(ids.cousin!)).toBeGreaterThan(rank(ids.twin!));
    expect(['MEDIUM', 'LOW']).toContain(cousin.band);
    expect(cousin.score).toBeLessThan(twin.score);
    expect(rank(ids.stranger!)).toBe(-1);
    const neighbour = list[rank(ids.neighbourInTime!)];
    if (neighbour) expect(neighbour.band).toBe('LOW');
    // Scores descend.
    expect(list.map((c) => c.score)).toEqual([...list.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('gives the reasons a coordinator would accept, as codes and values', async () => {
    const twin = (await overlaps('projektledare.linkoping', ids.subject!)).find((c) => c.initiative.id === ids.twin)!;
    const byCode = Object.fromEntries(twin.reasons.map((r) => [r.code, r]));
    expect(byCode['target-groups']?.values).toEqual(['social-assistance']);
    expect(byCode['concurrent']?.months).toBe(8);
    expect(byCode['same-kind']?.values).toEqual(['pre-study']);
    expect(byCode['same-programme']?.values).toEqual(['esf-plus|PO2']);
    expect(byCode['themes']?.values).toEqual(['labour-market-establishment']);
    // Linköping (0580) and Norrköping (0581) share a border.
    expect(byCode['neighbouring-municipality']?.values).toEqual(['0581']);
    expect(byCode['similar-text']).toBeDefined();
  });

  it('never lists an initiative related to it in the pearl string', async () => {
    const list = await overlaps('projektledare.linkoping', ids.subject!);
    expect(list.map((c) => c.initiative.id)).not.toContain(ids.successor);
  });

  it('shows a private initiative only to its own organisation, in the radar and in drafts', async () => {
    expect((await overlaps('projektledare.linkoping', ids.subject!)).map((c) => c.initiative.id)).not.toContain(ids.privateTwin);
    expect((await overlaps('samordnare.region', ids.subject!)).map((c) => c.initiative.id)).not.toContain(ids.privateTwin);
    expect((await overlaps('projektledare.norrkoping', ids.subject!)).map((c) => c.initiative.id)).toContain(ids.privateTwin);
    // Its own radar is NOT_FOUND for others: they may not read it.
    const hidden = await gql(portal.url, OVERLAPS, { id: ids.privateTwin, first: 5 }, await as('projektledare.linkoping'));
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    const draft = { title: 'Förstudie om vägar till arbete för personer med ekonomiskt bistånd', targetGroups: ['social-assistance'], startDate: '2025-01-01' };
    const linkoping = ok(
      await gql<{ similarInitiatives: Candidate[] }>(portal.url, SIMILAR, { d: draft }, await as('projektledare.linkoping')),
    ).similarInitiatives;
    expect(linkoping.map((c) => c.initiative.id)).toEqual(expect.arrayContaining([ids.subject, ids.twin]));
    expect(linkoping.map((c) => c.initiative.id)).not.toContain(ids.privateTwin);
    const norrkoping = ok(
      await gql<{ similarInitiatives: Candidate[] }>(portal.url, SIMILAR, { d: draft }, await as('projektledare.norrkoping')),
    ).similarInitiatives;
    expect(norrkoping.map((c) => c.initiative.id)).toContain(ids.privateTwin);
  });

  it('answers a draft with nothing to compare with no candidates, and bad draft input with field errors', async () => {
    const empty = ok(await gql<{ similarInitiatives: Candidate[] }>(portal.url, SIMILAR, { d: {} }, await as('projektledare.linkoping')));
    expect(empty.similarInitiatives).toEqual([]);
    const bad = await gql(portal.url, SIMILAR, { d: { title: 'x', startDate: '2025-13-01', themes: ['no-such-theme'] } }, await as('projektledare.linkoping'));
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((bad.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as object).sort()).toEqual(['startDate', 'themes']);
    const anonymous = await gql(portal.url, SIMILAR, { d: { title: 'arbete' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the Region’s pairs across organisations, never a pair with an initiative the region may not read', async () => {
    const list = await pairs();
    expect(hasPair(list, ids.subject!, ids.twin!)).toBe(true);
    expect(hasPair(list, ids.subject!, ids.cousin!)).toBe(true);
    expect(hasPair(list, ids.subject!, ids.stranger!)).toBe(false);
    expect(list.some((p) => p.a.id === ids.privateTwin || p.b.id === ids.privateTwin)).toBe(false);
    // Same organisation (subject and successor are both Linköping's) is never a Region pair.
    expect(hasPair(list, ids.subject!, ids.successor!)).toBe(false);
    // The pair is stored (the private twin's pairs exist), but row-level security hides it from the region.
    const stored = await owner.query(`SELECT count(*)::int AS n FROM initiative_overlap WHERE a_id = $1 OR b_id = $1`, [ids.privateTwin]);
    expect(stored.rows[0].n).toBeGreaterThan(0);
    expect(list.map((p) => p.score)).toEqual([...list.map((p) => p.score)].sort((a, b) => b - a));
    // Filters: band, theme, organisation, period.
    expect(hasPair(await pairs({ band: 'HIGH' }), ids.subject!, ids.cousin!)).toBe(false);
    expect(hasPair(await pairs({ band: 'HIGH' }), ids.subject!, ids.twin!)).toBe(true);
    expect(hasPair(await pairs({ theme: 'validation' }), ids.subject!, ids.twin!)).toBe(false);
    expect(hasPair(await pairs({ theme: 'economic-vulnerability' }), ids.subject!, ids.twin!)).toBe(true);
    const ydrePairs = await pairs({ org: 'ydre' });
    expect(hasPair(ydrePairs, ids.subject!, ids.cousin!)).toBe(true);
    expect(hasPair(ydrePairs, ids.subject!, ids.twin!)).toBe(false);
    expect(hasPair(await pairs({ from: 2027 }), ids.subject!, ids.twin!)).toBe(false);
    expect(hasPair(await pairs({ from: 2024, to: 2025 }), ids.subject!, ids.twin!)).toBe(true);
  });

  it('reads as the signed-in member in every root field of a document, whichever field’s guard runs first', async () => {
    // The guards of root fields run concurrently; a public field beside the pairs once opened the
    // request's transaction before membership was settled, and region-visible pairs vanished.
    const both = `query { organizations { slug } overlapPairs(first: 100) { pairs { a { id } b { id } } } }`;
    const alone = (await pairs()).length;
    expect(alone).toBeGreaterThan(0);
    for (let i = 0; i < 10; i += 1) {
      const response = ok(await gql<{ overlapPairs: { pairs: Pair[] } }>(portal.url, both, {}, await as('samordnare.region')));
      expect(response.overlapPairs.pairs.length).toBe(alone);
    }
  });

  it('pages the Region’s pairs by cursor without gaps or repeats', async () => {
    const all = await pairs();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { overlapPairs: { pairs: Pair[]; nextCursor: string | null } } = ok(
        await gql<{ overlapPairs: { pairs: Pair[]; nextCursor: string | null } }>(portal.url, PAIRS, { first: 1, after }, await as('samordnare.region')),
      );
      seen.push(...page.overlapPairs.pairs.map((p) => `${p.a.id}/${p.b.id}`));
      after = page.overlapPairs.nextCursor;
    } while (after);
    expect(seen).toEqual(all.map((p) => `${p.a.id}/${p.b.id}`));
    const bad = await gql(portal.url, PAIRS, { first: 5, after: 'not-a-cursor' }, await as('samordnare.region'));
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets only the Region list and decide pairs', async () => {
    expect(errorCodes(await gql(portal.url, PAIRS, { first: 5 }, await as('projektledare.linkoping')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(portal.url, PAIRS, { first: 5 }))).toEqual(['UNAUTHENTICATED']);
    const decide = { i: { initiativeId: ids.subject, otherInitiativeId: ids.twin, decision: 'COORDINATE', note: '' } };
    expect(errorCodes(await gql(portal.url, DECIDE, decide, await as('projektledare.linkoping')))).toEqual(['FORBIDDEN']);
    // The region cannot decide on a pair with an initiative it may not read: the same NOT_FOUND as a missing one.
    const hidden = await gql(portal.url, DECIDE, { i: { ...decide.i, otherInitiativeId: ids.privateTwin } }, await as('samordnare.region'));
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    const same = await gql(portal.url, DECIDE, { i: { ...decide.i, otherInitiativeId: ids.subject } }, await as('samordnare.region'));
    expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
  });

  it('records a decision with who and when, audits it, takes the pair off the open list, shows it to both owners, and reopens it', async () => {
    const decided = ok(
      await gql<{ decideOverlap: { decision: string; note: string; decidedByName: string } }>(
        portal.url,
        DECIDE,
        { i: { initiativeId: ids.twin, otherInitiativeId: ids.subject, decision: 'COORDINATE', note: 'Träffas i nätverket i mars.' } },
        await as('samordnare.region'),
      ),
    ).decideOverlap;
    expect(decided).toMatchObject({ decision: 'COORDINATE', note: 'Träffas i nätverket i mars.' });
    expect(decided.decidedByName).not.toBe('');
    expect(hasPair(await pairs(), ids.subject!, ids.twin!)).toBe(false);
    const withDecided = await pairs({ decided: true });
    expect(withDecided.find((p) => hasPair([p], ids.subject!, ids.twin!))?.decision).toEqual({ decision: 'COORDINATE' });

    for (const [user, id, other] of [
      ['projektledare.linkoping', ids.subject, ids.twin],
      ['projektledare.norrkoping', ids.twin, ids.subject],
    ] as const) {
      const entries = ok(
        await gql<{ initiativeOverlapDecisions: Array<{ other: { id: string }; decision: { decision: string; note: string } }> }>(
          portal.url,
          DECISIONS,
          { id },
          await as(user),
        ),
      ).initiativeOverlapDecisions;
      expect(entries, user).toEqual([
        { other: { id: other }, decision: expect.objectContaining({ decision: 'COORDINATE', note: 'Träffas i nätverket i mars.' }) },
      ]);
      const candidate = (await overlaps(user, id!)).find((c) => c.initiative.id === other);
      expect(candidate?.decision?.decision, user).toBe('COORDINATE');
    }

    const audit = await owner.query(
      `SELECT e.action, e.details, o.slug FROM audit_event e JOIN organization o ON o.id = e.organization_id WHERE e.action LIKE 'overlap.%' ORDER BY e.created_at`,
    );
    expect(audit.rows).toEqual([
      {
        action: 'overlap.decided',
        slug: 'region-ostergotland',
        details: { initiatives: [ids.subject, ids.twin].sort(), decision: 'coordinate', note: 'Träffas i nätverket i mars.' },
      },
    ]);

    // A recomputation (the twin is edited) keeps the decision.
    const version = ok(
      await gql<{ initiative: { version: number } }>(
        portal.url,
        `query($id: ID!) { initiative(id: $id) { version } }`,
        { id: ids.twin },
        await as('projektledare.norrkoping'),
      ),
    ).initiative.version;
    ok(
      await gql(
        portal.url,
        UPDATE,
        {
          id: ids.twin,
          v: version,
          i: input({
            title: 'Förstudie om arbetsmarknadsinsatser för personer med ekonomiskt bistånd',
            summary: 'Undersöker vad personer med ekonomiskt bistånd behöver för att komma närmare arbete, med fokus på unga vuxna.',
            themes: ['labour-market-establishment'],
            targetGroups: ['social-assistance'],
            startDate: '2025-02-01',
            endDate: '2025-10-31',
            fundingLines: [ESF_PO2],
          }),
        },
        await as('projektledare.norrkoping'),
      ),
    );
    expect((await pairs({ decided: true })).find((p) => hasPair([p], ids.subject!, ids.twin!))?.decision).toEqual({ decision: 'COORDINATE' });

    expect(ok(await gql<{ reopenOverlap: boolean }>(portal.url, REOPEN, { a: ids.subject, b: ids.twin }, await as('samordnare.region'))).reopenOverlap).toBe(
      true,
    );
    expect(ok(await gql<{ reopenOverlap: boolean }>(portal.url, REOPEN, { a: ids.subject, b: ids.twin }, await as('samordnare.region'))).reopenOverlap).toBe(
      false,
    );
    expect(hasPair(await pairs(), ids.subject!, ids.twin!)).toBe(true);
    const actions = await owner.query(`SELECT action FROM audit_event WHERE action LIKE 'overlap.%' ORDER BY created_at`);
    expect(actions.rows.map((r) => r.action)).toEqual(['overlap.decided', 'overlap.reopened']);
  });

  it('drops the pairs of an archived initiative and brings them back when it is restored', async () => {
    const headers = await as('projektledare.ydre');
    ok(await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: ids.cousin }, headers));
    expect(hasPair(await pairs(), ids.subject!, ids.cousin!)).toBe(false);
    expect((await overlaps('projektledare.linkoping', ids.subject!)).map((c) => c.initiative.id)).not.toContain(ids.cousin);
    ok(await gql(portal.url, `mutation($id: ID!) { restoreInitiative(id: $id) { id } }`, { id: ids.cousin }, headers));
    expect(hasPair(await pairs(), ids.subject!, ids.cousin!)).toBe(true);
  });

  it('links a pair it coordinates with “Samordnas med”, in both initiatives’ relations and history, only with that decision', async () => {
    const region = await as('samordnare.region');
    const decision = { initiativeId: ids.cousin, otherInitiativeId: ids.subject, note: 'Ydre och Linköping delar erfarenheter.' };
    const refused = await gql(portal.url, DECIDE, { i: { ...decision, decision: 'NO_OVERLAP', link: true } }, region);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((refused.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as object)).toEqual(['link']);
    expect(hasPair(await pairs(), ids.subject!, ids.cousin!), 'a refused decision is not stored').toBe(true);

    const LINKED = `mutation($i: OverlapDecisionInput!) { decideOverlap(input: $i) { decision linked } }`;
    const decided = ok(
      await gql<{ decideOverlap: { decision: string; linked: boolean } }>(
        portal.url,
        LINKED,
        { i: { ...decision, decision: 'COORDINATE', link: true } },
        region,
      ),
    );
    expect(decided.decideOverlap).toEqual({ decision: 'COORDINATE', linked: true });
    // Deciding again with the link writes no second relation.
    ok(await gql(portal.url, LINKED, { i: { ...decision, decision: 'COORDINATE', link: true } }, region));
    const stored = await owner.query(
      `SELECT r.from_id, r.to_id, r.kind, r.note, o.slug FROM initiative_relation r JOIN organization o ON o.id = r.organization_id WHERE r.kind = 'coordinated-with'`,
    );
    const [from, to] = [ids.cousin!, ids.subject!].sort();
    expect(stored.rows).toEqual([
      { from_id: from, to_id: to, kind: 'coordinated-with', note: decision.note, slug: from === ids.cousin ? 'ydre' : 'linkoping' },
    ]);

    const RELATIONS = `query($id: ID!) { initiative(id: $id) { relations { kind other { id } } } }`;
    const HISTORY = `query($id: ID!) { initiativeHistory(id: $id) { action actorName ${CHANGES} } }`;
    for (const [user, id, other, otherTitle] of [
      ['projektledare.linkoping', ids.subject, ids.cousin, 'Stegvis stöd mot arbete i Ydre'],
      ['projektledare.ydre', ids.cousin, ids.subject, 'Förstudie: vägar till arbete för personer med ekonomiskt bistånd'],
    ] as const) {
      const headers = await as(user);
      const relations = ok(await gql<{ initiative: { relations: Array<{ kind: string; other: { id: string } }> } }>(portal.url, RELATIONS, { id }, headers));
      expect(relations.initiative.relations, user).toContainEqual({ kind: 'coordinated-with', other: { id: other } });
      const history = worded(
        await gql<{ initiativeHistory: Array<{ action: string; actorName: string; changes: unknown[] }> }>(portal.url, HISTORY, { id }, headers),
      );
      const added = history.body.data?.initiativeHistory.filter((h) => h.action === 'relation-added') ?? [];
      expect(added, user).toEqual([
        {
          action: 'relation-added',
          actorName: expect.not.stringMatching(/^$/),
          changes: [{ field: 'relations', before: null, after: `Samordnas med: ${otherTitle}` }],
        },
      ]);
      const decisions = ok(
        await gql<{ initiativeOverlapDecisions: Array<{ other: { id: string }; decision: { decision: string } }> }>(portal.url, DECISIONS, { id }, headers),
      );
      expect(
        decisions.initiativeOverlapDecisions.map((d) => d.other.id),
        user,
      ).toContain(other);
      // Now related, the other is no longer a candidate of the radar.
      expect(
        (await overlaps(user, id!)).map((c) => c.initiative.id),
        user,
      ).not.toContain(other);
    }
    const audit = await owner.query(`SELECT details FROM audit_event WHERE action = 'overlap.decided' AND details->>'linked' = 'true'`);
    expect(audit.rows).toHaveLength(2);

    // Only the Region decides, so nobody else can link this way (the RLS probes check the policies themselves).
    expect(errorCodes(await gql(portal.url, LINKED, { i: { ...decision, decision: 'COORDINATE', link: true } }, await as('projektledare.norrkoping')))).toEqual(
      ['FORBIDDEN'],
    );
    // The owners may take the link off again.
    const relationId = ok(
      await gql<{ initiative: { relations: Array<{ id: string; kind: string }> } }>(
        portal.url,
        `query($id: ID!) { initiative(id: $id) { relations { id kind } } }`,
        { id: ids.cousin },
        await as('projektledare.ydre'),
      ),
    ).initiative.relations.find((r) => r.kind === 'coordinated-with')!.id;
    ok(await gql(portal.url, `mutation($id: ID!) { removeInitiativeRelation(id: $id) }`, { id: relationId }, await as('projektledare.ydre')));
    expect((await owner.query(`SELECT 1 FROM initiative_relation WHERE kind = 'coordinated-with'`)).rows).toHaveLength(0);
  });
});
