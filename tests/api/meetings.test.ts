import ICAL from 'ical.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { extendMeetingSeries } from '@portal/api/dist/meetings/meeting-series-horizon.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

type Headers = Record<string, string>;

interface MeetingNode {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  startTime: string;
  endTime: string;
  status: string;
  detached: boolean;
  sequence: number;
  version: number;
  canPlan: boolean;
}

const MEETING = 'id title startsAt endsAt localDate startTime endTime status detached sequence version canPlan';
const NETWORK_MEETINGS = `query($id: ID!) { network(id: $id) { upcomingMeetings { ${MEETING} } pastMeetings { id } meetingSeries { id description version }
  decisions { label text } openActionItems { id title status canUpdate } } }`;
const SERIES = `mutation($i: MeetingSeriesInput!) { createMeetingSeries(input: $i) { id title description rrule version recurrence { frequency weekday setPosition count } } }`;
const UPDATE_SERIES = `mutation($id: ID!, $v: Int!, $i: MeetingSeriesInput!) { updateMeetingSeries(id: $id, version: $v, input: $i) { id version } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $i) { ${MEETING} } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { ${MEETING} } }`;
const MEETING_PAGE = `query($id: ID!) { meeting(id: $id) { ${MEETING} agenda { title presenter links { kind title } } attendance { name organizationName }
  minutes { body status } decisions { label } actionItems { id title status ownerName canUpdate } carriedActionItems { title } icsFile } }`;

// ical.js leaves X- properties raw unless told they are TEXT (RFC 5545 3.8.8.2).
for (const name of ['x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

/** The second Tuesday of January next year: the series then runs over the end of March (summer time). */
function secondTuesdayOfJanuary(): string {
  const year = new Date().getUTCFullYear() + 1;
  const first = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday
  const firstTuesday = 1 + ((2 - first + 7) % 7);
  return `${year}-01-${String(firstTuesday + 7).padStart(2, '0')}`;
}

function feedEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      utc: event.startDate.toJSDate().toISOString(),
      local: event.startDate.toString(),
      tzid: (event.startDate.zone as InstanceType<typeof ICAL.Timezone>).tzid,
      status: component.getFirstPropertyValue('status'),
      sequence: Number(component.getFirstPropertyValue('sequence')),
    };
  });
}

describe('network meetings: series, exceptions, minutes, decisions, calendars and their mail', () => {
  let portal: TestPortal;
  let superuser: pg.Client;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };
  /** What was queued of a kind, to Norrköping's member unless another address is asked for. */
  const outbox = async (kind: string, email = 'projektledare.norrkoping@example.se') =>
    (
      await superuser.query(
        `SELECT recipient_email AS email, subject, text, attachments FROM mail_message WHERE kind = $1 AND recipient_email = $2 ORDER BY created_at, id`,
        [kind, email],
      )
    ).rows as Array<{ email: string; subject: string; text: string; attachments: Array<{ filename: string; contentType: string; content: string }> }>;
  let networkId = '';
  let memberUserId = '';
  const firstDate = secondTuesdayOfJanuary();
  const year = Number(firstDate.slice(0, 4));
  const upcoming = async (user = 'ordforande.hr') =>
    ok(await gql<{ network: { upcomingMeetings: MeetingNode[] } }>(portal.url, NETWORK_MEETINGS, { id: networkId }, await as(user))).network.upcomingMeetings;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'meetings', identity: true });
    superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await superuser.connect();
    const chair = await as('ordforande.hr');
    networkId = ok(
      await gql<{ createNetwork: { id: string } }>(
        portal.url,
        'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }',
        { i: { name: 'HR-chefsnätverket', level: 'regional', kind: 'hr' } },
        chair,
      ),
    ).createNetwork.id;
    ok(
      await gql(
        portal.url,
        'mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { id } }',
        { i: { networkId, email: 'projektledare.norrkoping@example.se' } },
        chair,
      ),
    );
    const joined = ok(
      await gql<{ respondToNetworkInvitation: { members: Array<{ userId: string; role: string }> } }>(
        portal.url,
        'mutation($n: ID!) { respondToNetworkInvitation(networkId: $n, accept: true) { members { userId role } } }',
        { n: networkId },
        await as('projektledare.norrkoping'),
      ),
    );
    memberUserId = joined.respondToNetworkInvitation.members.find((m) => m.role === 'member')!.userId;
    // Ydre's member uses the portal in English (the web app sends its language): their mail is in English.
    ok(
      await gql(
        portal.url,
        'mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { id } }',
        { i: { networkId, email: 'projektledare.ydre@example.se' } },
        chair,
      ),
    );
    ok(
      await gql(
        portal.url,
        'mutation($n: ID!) { respondToNetworkInvitation(networkId: $n, accept: true) { id } }',
        { n: networkId },
        {
          ...(await as('projektledare.ydre')),
          'accept-language': 'en',
        },
      ),
    );
  });
  afterAll(async () => {
    await superuser?.end();
    await portal?.stop();
  });

  const seriesInput = (overrides: Record<string, unknown> = {}) => ({
    networkId,
    title: 'Nätverksträff',
    recurrence: { frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2, count: 6 },
    firstDate,
    startTime: '13:00',
    endTime: '15:00',
    location: 'Motala stadshus, sal 3',
    onlineUrl: 'https://meet.example.se/hr',
    ...overrides,
  });

  it('refuses a series from a member, and bad input with Swedish field errors', async () => {
    expect(errorCodes(await gql(portal.url, SERIES, { i: seriesInput() }, await as('projektledare.norrkoping')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(portal.url, SERIES, { i: seriesInput() }, await as('projektledare.linkoping')))).toEqual(['FORBIDDEN']);
    const bad = await gql(
      portal.url,
      SERIES,
      {
        i: seriesInput({
          title: '',
          endTime: '12:00',
          recurrence: { frequency: 'weekly', interval: 1, weekday: 'TU', setPosition: 2 },
          onlineUrl: 'javascript:alert(1)',
        }),
      },
      await as('ordforande.hr'),
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(bad.body.errors![0]!.extensions!['fieldErrors'] as object).sort()).toEqual(['endTime', 'onlineUrl', 'recurrence.setPosition', 'title']);
    expect((await upcoming()).length).toBe(0);
  });

  it('plans the second Tuesday of each month at 13–15 local time across the change to summer time, and invites the members', async () => {
    const series = ok(
      await gql<{ createMeetingSeries: { description: string; rrule: string } }>(portal.url, SERIES, { i: seriesInput() }, await as('ordforande.hr')),
    ).createMeetingSeries;
    expect(series.rrule).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=6');
    expect(series.description).toBe('Andra tisdagen varje månad, 6 gånger');
    const meetings = await upcoming('projektledare.norrkoping');
    expect(meetings.map((m) => [m.startTime, m.endTime])).toEqual(Array(6).fill(['13:00', '15:00']));
    expect(meetings.map((m) => m.localDate.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06']);
    // Winter: UTC+1, summer: UTC+2; the wall time stays.
    expect(meetings[0]!.startsAt).toBe(`${firstDate}T12:00:00.000Z`);
    expect(meetings[3]!.startsAt.slice(11)).toBe('11:00:00.000Z');
    expect(meetings[0]!.canPlan).toBe(false);
    const invitations = await outbox('meeting-invitation');
    expect(invitations.map((m) => m.subject)).toEqual(['Kallelse: Nätverksträff (HR-chefsnätverket)']);
    expect(invitations[0]!.text).toContain('Andra tisdagen varje månad, 6 gånger, 13:00–15:00');
    const english = await outbox('meeting-invitation', 'projektledare.ydre@example.se');
    expect(english.map((m) => m.subject)).toEqual(['Invitation: Nätverksträff (HR-chefsnätverket)']);
    expect(english[0]!.text).toContain('Every second Tuesday of the month');
    const ics = invitations[0]!.attachments[0]!;
    expect(ics.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(ics.content).toContain('METHOD:REQUEST');
    expect(feedEvents(ics.content)).toEqual([expect.objectContaining({ utc: `${firstDate}T12:00:00.000Z`, tzid: 'Europe/Stockholm' })]);
  });

  it('serves a revocable calendar feed that an iCalendar parser reads at the right times, and that follows membership', async () => {
    const member = await as('projektledare.norrkoping');
    const created = ok(
      await gql<{ createCalendarSubscription: { path: string; subscription: { id: string } } }>(
        portal.url,
        'mutation($n: ID) { createCalendarSubscription(networkId: $n) { path subscription { id network { name } } } }',
        { n: null },
        member,
      ),
    ).createCalendarSubscription;
    expect(created.path).toMatch(/^\/kalender\/[A-Za-z0-9_-]{40,}\.ics$/);
    const response = await fetch(`${portal.url}${created.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const events = feedEvents(await response.text());
    expect(events).toHaveLength(6);
    expect(events.map((e) => e.local.slice(11))).toEqual(Array(6).fill('13:00:00'));
    expect(events.map((e) => e.utc.slice(11, 13))).toEqual(['12', '12', '12', '11', '11', '11']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    // A guessed address answers 404, and so does a revoked one.
    expect((await fetch(`${portal.url}/kalender/${'x'.repeat(43)}.ics`)).status).toBe(404);
    const second = ok(
      await gql<{ createCalendarSubscription: { path: string; subscription: { id: string } } }>(
        portal.url,
        'mutation($n: ID) { createCalendarSubscription(networkId: $n) { path subscription { id } } }',
        { n: networkId },
        member,
      ),
    ).createCalendarSubscription;
    ok(await gql(portal.url, 'mutation($id: ID!) { revokeCalendarSubscription(id: $id) }', { id: second.subscription.id }, member));
    expect((await fetch(`${portal.url}${second.path}`)).status).toBe(404);
    // Someone else cannot revoke it.
    expect(
      errorCodes(
        await gql(
          portal.url,
          'mutation($id: ID!) { revokeCalendarSubscription(id: $id) }',
          { id: created.subscription.id },
          await as('projektledare.linkoping'),
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(feedEvents(await (await fetch(`${portal.url}${created.path}`)).text())).toHaveLength(6);
  });

  it('moves one meeting as an exception, keeps it when the series changes, and cancels as cancelled in the calendar', async () => {
    const chair = await as('ordforande.hr');
    const before = await upcoming();
    const second = before[1]!;
    const moved = ok(
      await gql<{ updateMeeting: MeetingNode }>(
        portal.url,
        UPDATE_MEETING,
        {
          id: second.id,
          v: second.version,
          i: { title: 'Nätverksträff (flyttad)', date: second.localDate, startTime: '09:00', endTime: '11:00', location: 'Linköping', onlineUrl: '' },
        },
        chair,
      ),
    ).updateMeeting;
    expect(moved).toMatchObject({ detached: true, sequence: 1, startTime: '09:00' });
    expect(
      errorCodes(
        await gql(
          portal.url,
          UPDATE_MEETING,
          { id: second.id, v: second.version, i: { title: 'x', date: second.localDate, startTime: '09:00', endTime: '10:00' } },
          chair,
        ),
      ),
    ).toEqual(['CONFLICT']);
    // The series moves to 14–16: every occurrence but the exception follows.
    const series = ok(await gql<{ network: { meetingSeries: Array<{ id: string; version: number }> } }>(portal.url, NETWORK_MEETINGS, { id: networkId }, chair))
      .network.meetingSeries[0]!;
    ok(await gql(portal.url, UPDATE_SERIES, { id: series.id, v: series.version, i: seriesInput({ startTime: '14:00', endTime: '16:00' }) }, chair));
    const after = await upcoming();
    expect(after.map((m) => m.startTime)).toEqual(['14:00', '09:00', '14:00', '14:00', '14:00', '14:00']);
    expect(after.filter((m) => m.id !== second.id).every((m) => m.sequence === 1)).toBe(true);
    // Six members' mails at once would be noise: one summary per member for a change of the whole series.
    expect((await outbox('meeting-update')).map((m) => m.subject)).toEqual([
      'Ändrat möte: Nätverksträff (flyttad) (HR-chefsnätverket)',
      'Ändrade möten i HR-chefsnätverket',
    ]);
    const third = after[2]!;
    const cancelled = ok(await gql<{ cancelMeeting: MeetingNode }>(portal.url, CANCEL, { id: third.id, v: third.version }, chair)).cancelMeeting;
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2 });
    const cancellation = (await outbox('meeting-cancellation'))[0]!;
    expect(cancellation.attachments[0]!.content).toContain('METHOD:CANCEL');
    expect(feedEvents(cancellation.attachments[0]!.content)[0]).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    const page = ok(await gql<{ meeting: { icsFile: string } }>(portal.url, MEETING_PAGE, { id: third.id }, await as('projektledare.norrkoping'))).meeting;
    expect(feedEvents(page.icsFile)[0]).toMatchObject({ status: 'CANCELLED' });
  });

  it('holds a meeting with agenda, attendance, draft and published minutes, numbered decisions and action items carried to the next meeting', async () => {
    const chair = await as('ordforande.hr');
    const member = await as('projektledare.norrkoping');
    const [first, second] = await upcoming();
    const initiative = ok(
      await gql<{ createInitiative: { id: string } }>(
        portal.url,
        'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }',
        { i: { title: 'Chefsintroduktion', kind: 'pilot', status: 'idea', visibility: 'REGION' } },
        chair,
      ),
    ).createInitiative;
    const agenda = [
      { title: 'Välkommen och dagordning', presenter: 'Ordföranden', startsAt: '14:00', durationMinutes: 10, links: [] },
      { title: 'Chefsintroduktion i Motala', presenter: 'Motala', startsAt: '14:10', durationMinutes: 30, links: [{ kind: 'initiative', id: initiative.id }] },
    ];
    ok(
      await gql(
        portal.url,
        'mutation($m: ID!, $items: [AgendaItemInput!]!) { setMeetingAgenda(meetingId: $m, items: $items) { id } }',
        { m: first!.id, items: agenda },
        chair,
      ),
    );
    expect(
      errorCodes(
        await gql(
          portal.url,
          'mutation($m: ID!, $items: [AgendaItemInput!]!) { setMeetingAgenda(meetingId: $m, items: $items) { id } }',
          { m: first!.id, items: [] },
          member,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const badAgenda = await gql(
      portal.url,
      'mutation($m: ID!, $items: [AgendaItemInput!]!) { setMeetingAgenda(meetingId: $m, items: $items) { id } }',
      { m: first!.id, items: [{ title: '', startsAt: '25:00', links: [] }] },
      chair,
    );
    expect(Object.keys(badAgenda.body.errors![0]!.extensions!['fieldErrors'] as object).sort()).toEqual(['items.0.startsAt', 'items.0.title']);
    ok(
      await gql(
        portal.url,
        'mutation($m: ID!, $a: [AttendeeInput!]!) { holdMeeting(meetingId: $m, attendees: $a) { id } }',
        {
          m: first!.id,
          a: [
            { userId: memberUserId, name: 'Erik Berg', organizationName: 'Norrköpings kommun' },
            { name: 'Gäst Gästsson', organizationName: 'Arbetsförmedlingen' },
          ],
        },
        chair,
      ),
    );
    const save = 'mutation($m: ID!, $b: String!, $v: Int) { saveMeetingMinutes(meetingId: $m, body: $b, version: $v) { status version } }';
    ok(await gql(portal.url, save, { m: first!.id, b: '# Protokoll\n\n- Vi beslutade om en gemensam introduktion.', v: null }, chair));
    // A draft is not the members'.
    expect(ok(await gql<{ meeting: { minutes: unknown } }>(portal.url, MEETING_PAGE, { id: first!.id }, member)).meeting.minutes).toBeNull();
    for (const text of ['Nätverket tar fram en gemensam chefsintroduktion.', 'Nästa träff hålls i Linköping.']) {
      ok(
        await gql(
          portal.url,
          'mutation($i: DecisionInput!) { addNetworkDecision(input: $i) { label } }',
          { i: { meetingId: first!.id, text, responsible: 'Ordföranden' } },
          chair,
        ),
      );
    }
    expect(
      errorCodes(
        await gql(portal.url, 'mutation($i: DecisionInput!) { addNetworkDecision(input: $i) { label } }', { i: { meetingId: first!.id, text: 'x' } }, member),
      ),
    ).toEqual(['FORBIDDEN']);
    const action = 'mutation($m: ID!, $i: ActionItemInput!) { addActionItem(meetingId: $m, input: $i) { id ownerName canUpdate } }';
    const mine = ok(
      await gql<{ addActionItem: { id: string; ownerName: string } }>(
        portal.url,
        action,
        { m: first!.id, i: { title: 'Skicka underlag', ownerUserId: memberUserId, dueDate: `${year}-02-01` } },
        chair,
      ),
    ).addActionItem;
    ok(await gql(portal.url, action, { m: first!.id, i: { title: 'Boka lokal', ownerName: 'Sekreteraren' } }, chair));
    expect(errorCodes(await gql(portal.url, action, { m: first!.id, i: { title: 'Utan ansvarig' } }, chair))).toEqual(['BAD_USER_INPUT']);
    ok(await gql(portal.url, 'mutation($m: ID!) { publishMeetingMinutes(meetingId: $m) { status } }', { m: first!.id }, chair));

    const page = ok(
      await gql<{
        meeting: {
          status: string;
          agenda: Array<{ title: string; links: Array<{ title: string }> }>;
          attendance: Array<{ name: string }>;
          minutes: { status: string; body: string };
          decisions: Array<{ label: string }>;
          actionItems: Array<{ id: string; title: string; canUpdate: boolean; ownerName: string }>;
        };
      }>(portal.url, MEETING_PAGE, { id: first!.id }, member),
    ).meeting;
    expect(page.status).toBe('held');
    expect(page.agenda.map((a) => [a.title, a.links.map((l) => l.title)])).toEqual([
      ['Välkommen och dagordning', []],
      ['Chefsintroduktion i Motala', ['Chefsintroduktion']],
    ]);
    expect(page.attendance.map((a) => a.name)).toEqual(['Erik Berg', 'Gäst Gästsson']);
    expect(page.minutes).toMatchObject({ status: 'published' });
    expect(page.decisions.map((d) => d.label)).toEqual([`${year}:1`, `${year}:2`]);
    expect(page.actionItems.map((a) => [a.title, a.canUpdate])).toEqual([
      ['Skicka underlag', true],
      ['Boka lokal', false],
    ]);
    expect(mine.ownerName).not.toBe('');
    expect((await outbox('minutes-published')).map((m) => m.subject)).toEqual(['Protokoll: Nätverksträff (HR-chefsnätverket)']);
    expect((await outbox('minutes-published', 'projektledare.ydre@example.se')).map((m) => m.subject)).toEqual(['Minutes: Nätverksträff (HR-chefsnätverket)']);
    // The one who acted gets none of these.
    expect(await outbox('minutes-published', 'ordforande.hr@example.se')).toEqual([]);
    // The next meeting follows up what is still open; the owner marks theirs done.
    const next = ok(await gql<{ meeting: { carriedActionItems: Array<{ title: string }> } }>(portal.url, MEETING_PAGE, { id: second!.id }, member)).meeting;
    expect(next.carriedActionItems.map((a) => a.title)).toEqual(['Skicka underlag', 'Boka lokal']);
    const status = 'mutation($id: ID!, $s: String!) { setActionItemStatus(id: $id, status: $s) { status } }';
    expect(ok(await gql<{ setActionItemStatus: { status: string } }>(portal.url, status, { id: mine.id, s: 'done' }, member)).setActionItemStatus.status).toBe(
      'done',
    );
    const other = page.actionItems.find((a) => a.title === 'Boka lokal')!;
    expect(errorCodes(await gql(portal.url, status, { id: other.id, s: 'done' }, member))).toEqual(['FORBIDDEN']);
    const network = ok(
      await gql<{ network: { decisions: Array<{ label: string }>; openActionItems: Array<{ title: string }> } }>(
        portal.url,
        NETWORK_MEETINGS,
        { id: networkId },
        member,
      ),
    ).network;
    expect(network.decisions.map((d) => d.label)).toEqual([`${year}:2`, `${year}:1`]);
    expect(network.openActionItems.map((a) => a.title)).toEqual(['Boka lokal']);
    // Outsiders read none of it.
    expect(errorCodes(await gql(portal.url, MEETING_PAGE, { id: first!.id }, await as('projektledare.linkoping')))).toEqual(['NOT_FOUND']);
  });

  it('plans a single meeting, corrects decisions and action items, and ends a series', async () => {
    const chair = await as('ordforande.hr');
    const single = 'mutation($n: ID!, $i: MeetingInput!) { createMeeting(networkId: $n, input: $i) { id title localDate startTime endTime sequence } }';
    const date = `${year}-08-18`;
    const bad = await gql(portal.url, single, { n: networkId, i: { title: 'Extra', date: '18/8', startTime: '9', endTime: '08:00' } }, chair);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(bad.body.errors![0]!.extensions!['fieldErrors'] as object).sort()).toEqual(['date', 'startTime']);
    expect(
      errorCodes(
        await gql(
          portal.url,
          single,
          { n: networkId, i: { title: 'Extra', date, startTime: '09:00', endTime: '10:00' } },
          await as('projektledare.norrkoping'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const made = ok(
      await gql<{ createMeeting: { id: string; localDate: string; startTime: string } }>(
        portal.url,
        single,
        { n: networkId, i: { title: 'Extra', date, startTime: '09:00', endTime: '10:00' } },
        chair,
      ),
    ).createMeeting;
    expect(made).toMatchObject({ localDate: date, startTime: '09:00' });
    expect((await outbox('meeting-invitation')).map((m) => m.subject)).toContain('Kallelse: Extra (HR-chefsnätverket)');

    const decision = ok(
      await gql<{ addNetworkDecision: { id: string; label: string } }>(
        portal.url,
        'mutation($i: DecisionInput!) { addNetworkDecision(input: $i) { id label } }',
        { i: { meetingId: made.id, text: 'Ett beslut', decidedOn: `${year}-08-18` } },
        chair,
      ),
    ).addNetworkDecision;
    const corrected = ok(
      await gql<{ updateNetworkDecision: { label: string; text: string } }>(
        portal.url,
        'mutation($id: ID!, $i: DecisionInput!) { updateNetworkDecision(id: $id, input: $i) { label text } }',
        { id: decision.id, i: { meetingId: made.id, text: 'Ett rättat beslut' } },
        chair,
      ),
    ).updateNetworkDecision;
    expect(corrected).toEqual({ label: decision.label, text: 'Ett rättat beslut' });
    const item = ok(
      await gql<{ addActionItem: { id: string; version: number } }>(
        portal.url,
        'mutation($m: ID!, $i: ActionItemInput!) { addActionItem(meetingId: $m, input: $i) { id version } }',
        { m: made.id, i: { title: 'Boka', ownerName: 'Sekreteraren' } },
        chair,
      ),
    ).addActionItem;
    const update = 'mutation($id: ID!, $v: Int!, $i: ActionItemInput!) { updateActionItem(id: $id, version: $v, input: $i) { title dueDate ownerName } }';
    expect(
      ok(
        await gql<{ updateActionItem: unknown }>(
          portal.url,
          update,
          { id: item.id, v: item.version, i: { title: 'Boka lokal', ownerName: 'Sekreteraren', dueDate: `${year}-08-01` } },
          chair,
        ),
      ).updateActionItem,
    ).toEqual({ title: 'Boka lokal', dueDate: `${year}-08-01`, ownerName: 'Sekreteraren' });
    expect(errorCodes(await gql(portal.url, update, { id: item.id, v: item.version, i: { title: 'Igen', ownerName: 'X' } }, chair))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(portal.url, update, { id: item.id, v: item.version + 1, i: { title: 'x', ownerUserId: 'not-a-member' } }, chair))).toEqual([
      'BAD_USER_INPUT',
    ]);

    // Ending the series cancels what is left of it; the single meeting stays.
    const series = ok(await gql<{ network: { meetingSeries: Array<{ id: string }> } }>(portal.url, NETWORK_MEETINGS, { id: networkId }, chair)).network
      .meetingSeries[0]!;
    expect(
      ok(await gql<{ endMeetingSeries: { id: string } }>(portal.url, 'mutation($id: ID!) { endMeetingSeries(id: $id) { id ended } }', { id: series.id }, chair))
        .endMeetingSeries,
    ).toEqual({ id: series.id, ended: true });
    const left = await upcoming();
    expect(left.filter((m) => m.status === 'planned').map((m) => m.title)).toEqual(['Nätverksträff (flyttad)', 'Extra']);
  });

  it('empties a removed member’s feed on the next fetch', async () => {
    const member = await as('projektledare.norrkoping');
    const created = ok(
      await gql<{ createCalendarSubscription: { path: string } }>(portal.url, 'mutation { createCalendarSubscription { path } }', {}, member),
    ).createCalendarSubscription;
    expect(feedEvents(await (await fetch(`${portal.url}${created.path}`)).text()).length).toBeGreaterThan(0);
    const members = ok(
      await gql<{ network: { members: Array<{ id: string; role: string }> } }>(
        portal.url,
        'query($id: ID!) { network(id: $id) { members { id role } } }',
        { id: networkId },
        await as('ordforande.hr'),
      ),
    ).network.members;
    ok(
      await gql(
        portal.url,
        'mutation($m: ID!) { removeNetworkMember(memberId: $m) { id } }',
        { m: members.find((m) => m.role === 'member')!.id },
        await as('ordforande.hr'),
      ),
    );
    expect(feedEvents(await (await fetch(`${portal.url}${created.path}`)).text())).toEqual([]);
    expect(errorCodes(await gql(portal.url, `query($id: ID!) { network(id: $id) { upcomingMeetings { id } } }`, { id: networkId }, member))).toEqual([]);
    expect(
      ok(
        await gql<{ network: { upcomingMeetings: unknown[] } }>(
          portal.url,
          `query($id: ID!) { network(id: $id) { upcomingMeetings { id } } }`,
          { id: networkId },
          member,
        ),
      ).network.upcomingMeetings,
    ).toEqual([]);
  });

  it('moves a running series on to the horizon every day: the dates beyond the old one are added, nothing else changes and nobody is mailed', async () => {
    // A weekly series without an end, from next Wednesday: two years of meetings at once.
    const next = new Date();
    next.setUTCDate(next.getUTCDate() + ((3 - next.getUTCDay() + 7) % 7 || 7));
    const weekly = ok(
      await gql<{ createMeetingSeries: { id: string } }>(
        portal.url,
        SERIES,
        {
          i: seriesInput({
            title: 'Veckoavstämning',
            recurrence: { frequency: 'weekly', interval: 1, weekday: 'WE' },
            firstDate: next.toISOString().slice(0, 10),
          }),
        },
        await as('ordforande.hr'),
      ),
    ).createMeetingSeries;
    const dates = async (seriesId: string) =>
      (await superuser.query(`SELECT to_char(original_date, 'YYYY-MM-DD') AS d, status FROM meeting WHERE series_id = $1 ORDER BY original_date`, [seriesId]))
        .rows as Array<{ d: string; status: string }>;
    const planned = await dates(weekly.id);
    expect(planned.length).toBeGreaterThanOrEqual(104);
    const others = async () => Number((await superuser.query(`SELECT count(*) AS n FROM meeting WHERE series_id IS DISTINCT FROM $1`, [weekly.id])).rows[0].n);
    const othersBefore = await others();
    const mails = async () => Number((await superuser.query(`SELECT count(*) AS n FROM mail_message`)).rows[0].n);
    const mailsBefore = await mails();

    // As if the series had been planned a year ago: its rows reach only a year ahead, and one was cancelled since.
    const cut = planned[52]!.d;
    await superuser.query(`DELETE FROM meeting WHERE series_id = $1 AND original_date > $2`, [weekly.id, cut]);
    await superuser.query(`UPDATE meeting SET status = 'cancelled' WHERE series_id = $1 AND original_date = $2`, [weekly.id, planned[2]!.d]);
    expect((await dates(weekly.id)).length).toBe(53);

    // The task as the queue runs it: the owner role, under the network rules.
    const worker = new pg.Client({ connectionString: portal.database.ownerUrl });
    await worker.connect();
    try {
      expect(await extendMeetingSeries(worker)).toBe(planned.length - 53);
      const extended = await dates(weekly.id);
      expect(extended.map((row) => row.d)).toEqual(planned.map((row) => row.d));
      expect(extended[2]!.status).toBe('cancelled');
      // Run again (another day, or another instance): nothing more.
      expect(await extendMeetingSeries(worker)).toBe(0);
    } finally {
      await worker.end();
    }
    // The ended series and the single meeting are left as they were; no invitation went out.
    expect(await others()).toBe(othersBefore);
    expect(await mails()).toBe(mailsBefore);
  });
});
