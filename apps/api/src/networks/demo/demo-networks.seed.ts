import pg from 'pg';
import { MEETING_TIME_ZONE, NETWORK_LIMITS, toRrule, type MeetingRecurrence } from '@portal/shared-domain';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { expandSeries } from '../../meetings/calendar/recurrence-expansion.js';
import { instantToZonedTime, zonedTimeToInstant } from '../../meetings/calendar/zoned-time.js';
import { minutesBetween } from '../../meetings/meeting-time.js';
import {
  validateActionItem,
  validateAgenda,
  validateAttendance,
  validateDecision,
  validateMinutes,
  validateSeries,
} from '../../meetings/meeting.validation.js';
import { validateNetwork } from '../network.validation.js';
import { DEMO_NETWORKS, lastSecondTuesday, type DemoUser } from './demo-networks.js';

/** Serialises concurrent starts against one database (two API instances sharing DATABASE_URL). */
const ADVISORY_LOCK_KEY = 5_801_796_400;

const RECURRENCE: MeetingRecurrence = { frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2 };

/**
 * Row-level security is FORCE'd for the owner role too: act as the demo user, as the API does
 * (begin_request also loads their networks, so the policies see their roles).
 */
async function actAs(client: pg.ClientBase, user: DemoUser, organizationId: string): Promise<void> {
  await client.query(`SELECT app.begin_request($1, $2, 'portal-user', 'on', '')`, [user.id, organizationId]);
}

async function event(
  client: pg.ClientBase,
  networkId: string,
  user: DemoUser,
  action: string,
  subject: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await client.query(`INSERT INTO network_event (network_id, actor_id, actor_name, action, subject, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
    networkId,
    user.id,
    user.name,
    action,
    subject,
    JSON.stringify(details),
  ]);
}

/**
 * Loads the demo networks once (nothing when any demo network exists), through the same checks
 * as the API and as the demo users themselves, so every row passes the same policies.
 */
export async function seedDemoNetworks(ownerUrl: string, today = instantToZonedTime(new Date(), MEETING_TIME_ZONE).date): Promise<{ added: number }> {
  const data = DEMO_NETWORKS;
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const organizations = new Map(
      (await client.query<{ id: string; slug: string; name: string }>('SELECT id, slug, name FROM organization')).rows.map((o) => [o.slug, o]),
    );
    const user = (key: string): DemoUser => {
      const found = data.users[key];
      if (!found) throw new Error(`Demonätverken nämner en okänd användare: ${key}.`);
      return found;
    };
    const organizationOf = (slug: string): string => {
      const found = organizations.get(slug);
      if (!found) throw new Error(`Demonätverken nämner en okänd organisation: ${slug}.`);
      return found.id;
    };
    const first = data.networks[0]!;
    const firstChair = user(first.members.find((m) => m.role === 'chair')!.user);
    await actAs(client, firstChair, organizationOf(firstChair.organization));
    if ((await client.query('SELECT 1 FROM network WHERE is_demo LIMIT 1')).rowCount) {
      await client.query('ROLLBACK');
      return { added: 0 };
    }

    const ids = new Map<string, string>();
    for (const demo of data.networks) {
      const values = validateNetwork({ ...demo, parentId: null });
      const chair = user(demo.members.find((m) => m.role === 'chair')!.user);
      if (organizationOf(chair.organization) !== organizationOf(demo.host))
        throw new Error(`Demonätverket ${demo.key}: ordföranden hör inte till värdorganisationen.`);
      await actAs(client, chair, organizationOf(demo.host));
      const parentId = demo.parent ? ids.get(demo.parent) : null;
      if (demo.parent && !parentId) throw new Error(`Demonätverket ${demo.key}: det överordnade nätverket ${demo.parent} kommer senare i filen.`);
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO network (organization_id, visibility, name, purpose, level, kind, admission, parent_id, is_demo) VALUES ($1, 'region', $2, $3, $4, $5, $6, $7, true) RETURNING id`,
        [organizationOf(demo.host), values.name, values.purpose, values.level, values.kind, values.admission, parentId],
      );
      const id = inserted.rows[0]!.id;
      ids.set(demo.key, id);
      await client.query(
        `INSERT INTO network_member (network_id, user_id, email, display_name, organization_id, role, status) VALUES ($1, $2, $3, $4, $5, 'chair', 'active')`,
        [id, chair.id, chair.email, chair.name, organizationOf(chair.organization)],
      );
      await client.query('SELECT app.load_networks()');
      await event(client, id, chair, 'network.created', values.name);
      for (const member of demo.members.filter((m) => user(m.user).id !== chair.id)) {
        const person = user(member.user);
        await client.query(
          `INSERT INTO network_member (network_id, user_id, email, display_name, organization_id, role, status, invited_by_id) VALUES ($1, $2, $3, $4, $5, $6, 'active', $7)`,
          [id, person.id, person.email, person.name, organizationOf(person.organization), member.role, chair.id],
        );
        await event(client, id, chair, 'member.invited', person.name);
      }
    }

    // The HR chiefs' series: monthly on the second Tuesday, from the last one (held) onwards.
    const series = data.series;
    const networkId = ids.get(series.network)!;
    const chairKey = data.networks.find((n) => n.key === series.network)!.members.find((m) => m.role === 'chair')!.user;
    const chair = user(chairKey);
    await actAs(client, chair, organizationOf(chair.organization));
    const firstDate = lastSecondTuesday(today);
    const values = validateSeries({
      networkId,
      title: series.title,
      recurrence: { ...RECURRENCE },
      firstDate,
      startTime: series.startTime,
      endTime: series.endTime,
      location: series.location,
      onlineUrl: series.onlineUrl,
    });
    const rrule = toRrule(values.recurrence);
    const seriesRow = await client.query<{ id: string }>(
      `INSERT INTO meeting_series (network_id, title, rrule, first_date, start_time, end_time, time_zone, location, online_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [networkId, values.title, rrule, firstDate, values.startTime, values.endTime, MEETING_TIME_ZONE, values.location, values.onlineUrl],
    );
    const seriesId = seriesRow.rows[0]!.id;
    const { occurrences } = expandSeries({
      rrule,
      firstStart: { date: firstDate, time: values.startTime },
      durationMinutes: minutesBetween(values.startTime, values.endTime),
      timeZone: MEETING_TIME_ZONE,
      from: zonedTimeToInstant({ date: firstDate, time: '00:00' }, MEETING_TIME_ZONE),
      to: new Date(Date.now() + 366 * 24 * 3600 * 1000),
      limit: NETWORK_LIMITS.seriesMaxMeetings,
    });
    const meetingIds: string[] = [];
    for (const occurrence of occurrences) {
      const row = await client.query<{ id: string }>(
        `INSERT INTO meeting (network_id, series_id, original_date, title, starts_at, ends_at, location, online_url, status, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true) RETURNING id`,
        [
          networkId,
          seriesId,
          occurrence.originalDate,
          values.title,
          occurrence.start,
          occurrence.end,
          values.location,
          values.onlineUrl,
          occurrence === occurrences[0] ? 'held' : 'planned',
        ],
      );
      meetingIds.push(row.rows[0]!.id);
    }
    const held = series.heldMeeting;
    const heldId = meetingIds[0]!;
    const initiativeIds = new Map(
      (await client.query<{ id: string; title: string }>(`SELECT id, title FROM initiative WHERE is_demo`)).rows.map((r) => [r.title, r.id]),
    );
    // A portal whose demo initiatives were loaded by an older version may lack one: it is left out.
    const initiativeId = (key: string): string | undefined => {
      const demo = DEMO_INITIATIVES.find((d) => d.key === key);
      return demo ? initiativeIds.get(demo.input.title) : undefined;
    };
    const agenda = validateAgenda(
      held.agenda.map((item) => {
        const linked = item.initiative ? initiativeId(item.initiative) : undefined;
        return { ...item, links: linked ? [{ kind: 'initiative', id: linked }] : [] };
      }),
    );
    for (const [i, item] of agenda.entries()) {
      await client.query(
        `INSERT INTO agenda_item (meeting_id, network_id, position, title, presenter, starts_at, duration_minutes, links) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [heldId, networkId, i + 1, item.title, item.presenter, item.startsAt, item.durationMinutes, JSON.stringify(item.links)],
      );
    }
    const attendees = validateAttendance([
      ...held.attendance.map((key) => {
        const person = user(key);
        return { userId: person.id, name: person.name, organizationName: organizations.get(person.organization)!.name };
      }),
      ...held.guests,
    ]);
    for (const a of attendees) {
      await client.query(`INSERT INTO meeting_attendance (meeting_id, network_id, user_id, name, organization_name) VALUES ($1, $2, $3, $4, $5)`, [
        heldId,
        networkId,
        a.userId,
        a.name,
        a.organizationName,
      ]);
    }
    await client.query(
      `INSERT INTO meeting_minutes (meeting_id, network_id, body, status, published_at, updated_by_name) VALUES ($1, $2, $3, 'published', now(), $4)`,
      [heldId, networkId, validateMinutes(held.minutes), chair.name],
    );
    const year = Number(firstDate.slice(0, 4));
    for (const [i, decision] of held.decisions.entries()) {
      const checked = validateDecision({ meetingId: heldId, ...decision });
      await client.query(
        `INSERT INTO network_decision (network_id, meeting_id, year, number, decided_on, text, responsible) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [networkId, heldId, year, i + 1, firstDate, checked.text, checked.responsible],
      );
    }
    for (const item of held.actionItems) {
      const owner = user(item.owner);
      const due = new Date(`${firstDate}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + item.dueInDays);
      const checked = validateActionItem({ title: item.title, ownerName: owner.name, ownerUserId: owner.id, dueDate: due.toISOString().slice(0, 10) });
      await client.query(`INSERT INTO action_item (network_id, meeting_id, title, owner_name, owner_user_id, due_date) VALUES ($1, $2, $3, $4, $5, $6)`, [
        networkId,
        heldId,
        checked.title,
        checked.ownerName,
        checked.ownerUserId,
        checked.dueDate,
      ]);
    }
    await event(client, networkId, chair, 'minutes.published', values.title);

    for (const share of data.shares) {
      const recordId = initiativeId(share.initiative);
      if (!recordId) continue;
      const by = user(share.by);
      await actAs(client, by, organizationOf(by.organization));
      await client.query(
        `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'initiative', $3, $4)`,
        [ids.get(share.network), recordId, organizationOf(by.organization), by.id],
      );
      // As the API writes it: the record by id, its title read when the log is read.
      await event(client, ids.get(share.network)!, by, 'record.shared', '', { kind: 'initiative', id: recordId });
    }
    await client.query('COMMIT');
    return { added: data.networks.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
