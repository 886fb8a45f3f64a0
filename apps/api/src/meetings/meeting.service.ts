import { readableTitlesSql } from '../networks/shareable-records.js';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { describeRecurrence, MEETING_TIME_ZONE, parseRrule, toRrule, type MeetingRecurrence } from '@portal/shared-domain';
import { conflict, forbidden, notFound, PortalError } from '../graphql/portal-error.js';
import type { Network } from '../networks/network.model.js';
import { NetworkService } from '../networks/network.service.js';
import { requirePrincipal } from '../request/actor.js';
import { RequestScoped } from '../request/request-scoped.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { occurrenceArrays, occurrencesToHorizon } from './meeting-series-horizon.js';
import { instantToZonedTime, zonedTimeToInstant } from './calendar/zoned-time.js';
import type { AgendaItemInput, AttendeeInput, MeetingInput, MeetingSeriesInput } from './meeting.inputs.js';
import { MeetingMail } from './meeting-mail.js';
import type { AgendaItem, AgendaLink, Attendee, Meeting, MeetingMinutes, MeetingSeries } from './meeting.model.js';
import {
  validateAgenda,
  validateAttendance,
  validateMeeting,
  validateMinutes,
  validateSeries,
  type MeetingTimes,
  type SeriesValues,
} from './meeting.validation.js';

export interface MeetingSqlRow {
  id: string;
  network_id: string;
  network_name: string;
  series_id: string | null;
  original_date: string | null;
  detached: boolean;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  online_url: string;
  status: string;
  sequence: number;
  version: number;
  updated_at: Date;
}

interface SeriesSqlRow {
  id: string;
  network_id: string;
  title: string;
  rrule: string;
  first_date: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  location: string;
  online_url: string;
  ended_at: Date | null;
  version: number;
}

/** A MeetingSqlRow's columns from meeting rows under `alias`, joined to their network as `n`. */
const meetingColumns = (alias: string) =>
  `${alias}.id, ${alias}.network_id, n.name AS network_name, ${alias}.series_id, to_char(${alias}.original_date, 'YYYY-MM-DD') AS original_date, ${alias}.detached,
   ${alias}.title, ${alias}.starts_at, ${alias}.ends_at, ${alias}.location, ${alias}.online_url, ${alias}.status, ${alias}.sequence, ${alias}.version, ${alias}.updated_at`;

export const MEETING_SELECT = `SELECT ${meetingColumns('m')} FROM meeting m JOIN network n ON n.id = m.network_id`;

const SERIES_COLUMNS = `id, network_id, title, rrule, to_char(first_date, 'YYYY-MM-DD') AS first_date, start_time, end_time, time_zone, location, online_url, ended_at, version`;

interface RequestLoaders {
  agenda: DataLoader<string, AgendaItem[]>;
  attendance: DataLoader<string, Attendee[]>;
  minutes: DataLoader<string, MeetingMinutes | null>;
  leads: Map<string, Promise<boolean>>;
}

/**
 * Meetings of a network: series (their occurrences kept as rows up to a horizon), single
 * meetings, agenda, attendance and minutes. Chairs and secretaries plan; members read; row-level
 * security says the same from the request's network settings.
 */
@Injectable()
export class MeetingService {
  private readonly scoped = new RequestScoped<RequestLoaders>('MeetingService', () => ({
    agenda: new DataLoader((ids) => this.loadAgenda(ids)),
    attendance: new DataLoader((ids) => this.loadAttendance(ids)),
    minutes: new DataLoader((ids) => this.loadMinutes(ids)),
    leads: new Map(),
  }));

  constructor(
    private readonly database: RequestDatabase,
    private readonly networks: NetworkService,
    private readonly mail: MeetingMail,
  ) {}

  private loaders(): RequestLoaders {
    return this.scoped.get();
  }

  /** Whether the reader plans this network's meetings (once per network and request). */
  leads(networkId: string): Promise<boolean> {
    const leads = this.loaders().leads;
    let known = leads.get(networkId);
    if (!known) {
      known = this.networks.get(networkId).then(
        (network) => network.canPlan,
        () => false,
      );
      leads.set(networkId, known);
    }
    return known;
  }

  async toMeeting(row: MeetingSqlRow): Promise<Meeting> {
    const start = instantToZonedTime(row.starts_at, MEETING_TIME_ZONE);
    const end = instantToZonedTime(row.ends_at, MEETING_TIME_ZONE);
    return {
      id: row.id,
      networkId: row.network_id,
      network: { id: row.network_id, name: row.network_name },
      seriesId: row.series_id,
      title: row.title,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      localDate: start.date,
      startTime: start.time,
      endTime: end.time,
      location: row.location,
      onlineUrl: row.online_url,
      status: row.status,
      detached: row.detached,
      sequence: row.sequence,
      version: row.version,
      canPlan: await this.leads(row.network_id),
      updatedAt: row.updated_at,
    };
  }

  private toSeries(row: SeriesSqlRow): MeetingSeries {
    const recurrence = parseRrule(row.rrule) ?? ({ frequency: 'weekly', interval: 1 } satisfies MeetingRecurrence);
    return {
      id: row.id,
      networkId: row.network_id,
      title: row.title,
      rrule: row.rrule,
      recurrence: { ...recurrence },
      description: describeRecurrence(recurrence, 'sv'),
      firstDate: row.first_date,
      startTime: row.start_time,
      endTime: row.end_time,
      location: row.location,
      onlineUrl: row.online_url,
      ended: row.ended_at !== null,
      version: row.version,
    };
  }

  private async manager(): Promise<EntityManager> {
    return this.database.manager();
  }

  // --- Reads --------------------------------------------------------------------------------

  async get(id: string): Promise<Meeting> {
    if (!isUuid(id)) throw notFound('Mötet finns inte, eller så har du inte tillgång till det.');
    const [row] = await sqlRows<MeetingSqlRow>(await this.manager(), `${MEETING_SELECT} WHERE m.id = $1`, [id]);
    if (!row) throw notFound('Mötet finns inte, eller så har du inte tillgång till det.');
    return this.toMeeting(row);
  }

  /** Upcoming (from two hours ago, soonest first) or past meetings (latest first), at most `limit`. */
  async meetingsOf(networkId: string, which: 'upcoming' | 'past', limit = 20): Promise<Meeting[]> {
    const rows = await sqlRows<MeetingSqlRow>(
      await this.manager(),
      which === 'upcoming'
        ? `${MEETING_SELECT} WHERE m.network_id = $1 AND m.ends_at >= now() ORDER BY m.starts_at, m.id LIMIT $2`
        : `${MEETING_SELECT} WHERE m.network_id = $1 AND m.ends_at < now() ORDER BY m.starts_at DESC, m.id LIMIT $2`,
      [networkId, limit],
    );
    return Promise.all(rows.map((row) => this.toMeeting(row)));
  }

  async seriesOf(networkId: string): Promise<MeetingSeries[]> {
    const rows = await sqlRows<SeriesSqlRow>(
      await this.manager(),
      `SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE network_id = $1 ORDER BY ended_at NULLS FIRST, first_date, id`,
      [networkId],
    );
    return rows.map((row) => this.toSeries(row));
  }

  agenda(meetingId: string): Promise<AgendaItem[]> {
    return this.loaders().agenda.load(meetingId);
  }

  attendance(meetingId: string): Promise<Attendee[]> {
    return this.loaders().attendance.load(meetingId);
  }

  minutes(meetingId: string): Promise<MeetingMinutes | null> {
    return this.loaders().minutes.load(meetingId);
  }

  private async loadAgenda(ids: readonly string[]): Promise<AgendaItem[][]> {
    const rows = await sqlRows<{
      id: string;
      meeting_id: string;
      position: number;
      title: string;
      presenter: string;
      starts_at: string;
      duration_minutes: number | null;
      links: Array<{ kind: string; id: string }>;
    }>(
      await this.manager(),
      `SELECT id, meeting_id, position, title, presenter, starts_at, duration_minutes, links FROM agenda_item WHERE meeting_id = ANY($1::uuid[]) ORDER BY position, id`,
      [ids],
    );
    // Linked records' titles, read under the reader's row-level security: an unreadable one is left out.
    const linked = [...new Set(rows.flatMap((row) => row.links.map((link) => link.id)))];
    const titles = new Map<string, string>();
    if (linked.length > 0) {
      const found = await sqlRows<{ id: string; title: string }>(await this.manager(), readableTitlesSql('$1'), [linked]);
      for (const row of found) titles.set(row.id, row.title);
    }
    return ids.map((id) =>
      rows
        .filter((row) => row.meeting_id === id)
        .map((row) => ({
          id: row.id,
          position: row.position,
          title: row.title,
          presenter: row.presenter,
          startsAt: row.starts_at,
          durationMinutes: row.duration_minutes,
          storedLinks: row.links,
          links: row.links.flatMap((link): AgendaLink[] => {
            const title = titles.get(link.id);
            return title === undefined ? [] : [{ kind: link.kind, id: link.id, title }];
          }),
        })),
    );
  }

  private async loadAttendance(ids: readonly string[]): Promise<Attendee[][]> {
    const rows = await sqlRows<{ id: string; meeting_id: string; user_id: string | null; name: string; organization_name: string }>(
      await this.manager(),
      `SELECT id, meeting_id, user_id, name, organization_name FROM meeting_attendance WHERE meeting_id = ANY($1::uuid[]) ORDER BY name COLLATE "sv-SE-x-icu", id`,
      [ids],
    );
    return ids.map((id) =>
      rows.filter((row) => row.meeting_id === id).map((row) => ({ id: row.id, userId: row.user_id, name: row.name, organizationName: row.organization_name })),
    );
  }

  private async loadMinutes(ids: readonly string[]): Promise<Array<MeetingMinutes | null>> {
    // Drafts are not returned to members at all: the policy hides the row.
    const rows = await sqlRows<{
      meeting_id: string;
      body: string;
      status: string;
      published_at: Date | null;
      updated_by_name: string;
      version: number;
      updated_at: Date;
    }>(
      await this.manager(),
      `SELECT meeting_id, body, status, published_at, updated_by_name, version, updated_at FROM meeting_minutes WHERE meeting_id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.map((id) => {
      const row = rows.find((r) => r.meeting_id === id);
      return row
        ? {
            body: row.body,
            status: row.status,
            publishedAt: row.published_at,
            updatedByName: row.updated_by_name,
            version: row.version,
            updatedAt: row.updated_at,
          }
        : null;
    });
  }

  // --- Writes -------------------------------------------------------------------------------

  /** The network, if the acting user plans its meetings. */
  async requireLead(networkId: string): Promise<Network> {
    requirePrincipal();
    const network = await this.networks.get(networkId);
    if (!network.canPlan) throw forbidden('Bara nätverkets ordförande och sekreterare planerar möten och skriver protokoll.');
    return network;
  }

  async createSeries(input: MeetingSeriesInput): Promise<MeetingSeries> {
    const network = await this.requireLead(input.networkId);
    const values = validateSeries(input);
    const manager = await this.manager();
    const [row] = await sqlRows<SeriesSqlRow>(
      manager,
      `INSERT INTO meeting_series (network_id, title, rrule, first_date, start_time, end_time, time_zone, location, online_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${SERIES_COLUMNS}`,
      [
        network.id,
        values.title,
        toRrule(values.recurrence),
        values.firstDate,
        values.startTime,
        values.endTime,
        MEETING_TIME_ZONE,
        values.location,
        values.onlineUrl,
      ],
    );
    const series = this.toSeries(row!);
    const created = await this.syncOccurrences(manager, series, values);
    await this.mail.seriesPlanned(network, series, created);
    return series;
  }

  async updateSeries(id: string, version: number, input: MeetingSeriesInput): Promise<MeetingSeries> {
    const current = await this.seriesById(id);
    if (current.networkId !== input.networkId)
      throw new PortalError('BAD_USER_INPUT', 'En serie kan inte flyttas till ett annat nätverk.', { networkId: 'Serien hör till ett annat nätverk.' });
    const network = await this.requireLead(current.networkId);
    if (current.ended) throw conflict('Serien är avslutad.');
    const values = validateSeries(input);
    const manager = await this.manager();
    const [row] = await sqlRows<SeriesSqlRow>(
      manager,
      `UPDATE meeting_series SET title = $3, rrule = $4, first_date = $5, start_time = $6, end_time = $7, location = $8, online_url = $9, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING ${SERIES_COLUMNS}`,
      [id, version, values.title, toRrule(values.recurrence), values.firstDate, values.startTime, values.endTime, values.location, values.onlineUrl],
    );
    if (!row) throw conflict('Någon annan har ändrat serien sedan du öppnade den. Läs in den igen.', { currentVersion: current.version });
    const series = this.toSeries(row);
    const changed = await this.syncOccurrences(manager, series, values);
    await this.mail.meetingsChanged(network, changed);
    return series;
  }

  /** Ends a series: its future meetings that were not changed on their own are cancelled. */
  async endSeries(id: string): Promise<MeetingSeries> {
    const current = await this.seriesById(id);
    const network = await this.requireLead(current.networkId);
    const manager = await this.manager();
    await sqlRows(manager, `UPDATE meeting_series SET ended_at = coalesce(ended_at, now()), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    const cancelled = await sqlRows<MeetingSqlRow>(
      manager,
      `WITH c AS (
         UPDATE meeting SET status = 'cancelled', sequence = sequence + 1, version = version + 1, updated_at = now()
          WHERE series_id = $1 AND NOT detached AND status = 'planned' AND starts_at > now() RETURNING *)
       SELECT ${meetingColumns('c')}
         FROM c JOIN network n ON n.id = c.network_id ORDER BY c.starts_at`,
      [id],
    );
    await this.mail.meetingsChanged(network, await Promise.all(cancelled.map((r) => this.toMeeting(r))));
    return this.seriesById(id);
  }

  private async seriesById(id: string): Promise<MeetingSeries> {
    if (!isUuid(id)) throw notFound('Serien finns inte.');
    const [row] = await sqlRows<SeriesSqlRow>(await this.manager(), `SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE id = $1`, [id]);
    if (!row) throw notFound('Serien finns inte.');
    return this.toSeries(row);
  }

  /**
   * Keeps the series' future meetings in step with its rule, up to the horizon (which the daily
   * task meeting-series-horizon moves on): new dates are
   * added, changed ones moved (SEQUENCE up), dates the rule no longer gives cancelled. Meetings
   * changed on their own (`detached`), held or past ones are left as they are. Returns the meetings
   * that are new or changed, for the mail.
   */
  private async syncOccurrences(manager: EntityManager, series: MeetingSeries, values: SeriesValues): Promise<Meeting[]> {
    const planned = occurrencesToHorizon({ rrule: series.rrule, firstDate: values.firstDate, startTime: values.startTime, endTime: values.endTime });
    const rows = await sqlRows<MeetingSqlRow>(
      manager,
      `WITH wanted AS (
         SELECT * FROM unnest($2::date[], $3::timestamptz[], $4::timestamptz[]) AS w(original_date, starts_at, ends_at)
       ), moved AS (
         UPDATE meeting m SET starts_at = w.starts_at, ends_at = w.ends_at, title = $5, location = $6, online_url = $7, status = 'planned',
                sequence = m.sequence + 1, version = m.version + 1, updated_at = now()
           FROM wanted w
          WHERE m.series_id = $1 AND m.original_date = w.original_date AND NOT m.detached AND m.status <> 'held'
            AND (m.starts_at, m.ends_at, m.title, m.location, m.online_url, m.status) IS DISTINCT FROM (w.starts_at, w.ends_at, $5, $6, $7, 'planned')
         RETURNING m.*
       ), dropped AS (
         UPDATE meeting m SET status = 'cancelled', sequence = m.sequence + 1, version = m.version + 1, updated_at = now()
          WHERE m.series_id = $1 AND NOT m.detached AND m.status = 'planned' AND m.starts_at > now()
            AND m.original_date NOT IN (SELECT original_date FROM wanted)
         RETURNING m.*
       ), added AS (
         INSERT INTO meeting (network_id, series_id, original_date, title, starts_at, ends_at, location, online_url)
         SELECT $8, $1, w.original_date, $5, w.starts_at, w.ends_at, $6, $7 FROM wanted w
          WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.series_id = $1 AND m.original_date = w.original_date)
         RETURNING *
       )
       SELECT ${meetingColumns('c')}
         FROM (SELECT * FROM moved UNION ALL SELECT * FROM dropped UNION ALL SELECT * FROM added) c JOIN network n ON n.id = c.network_id
        ORDER BY c.starts_at`,
      [series.id, ...occurrenceArrays(planned), values.title, values.location, values.onlineUrl, series.networkId],
    );
    return Promise.all(rows.map((row) => this.toMeeting(row)));
  }

  private instants(values: MeetingTimes): { start: Date; end: Date } {
    return {
      start: zonedTimeToInstant({ date: values.date, time: values.startTime }, MEETING_TIME_ZONE),
      end: zonedTimeToInstant({ date: values.date, time: values.endTime }, MEETING_TIME_ZONE),
    };
  }

  async createMeeting(networkId: string, input: MeetingInput): Promise<Meeting> {
    const network = await this.requireLead(networkId);
    const values = validateMeeting(input);
    const { start, end } = this.instants(values);
    const [row] = await sqlRows<{ id: string }>(
      await this.manager(),
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, location, online_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [network.id, values.title, start, end, values.location, values.onlineUrl],
    );
    const meeting = await this.get(row!.id);
    await this.mail.meetingsChanged(network, [meeting]);
    return meeting;
  }

  /** Moves or edits one meeting; in a series it becomes an exception the series leaves alone. */
  async updateMeeting(id: string, version: number, input: MeetingInput): Promise<Meeting> {
    const current = await this.get(id);
    const network = await this.requireLead(current.networkId);
    if (current.status === 'cancelled') throw conflict('Mötet är inställt. Planera ett nytt möte i stället.');
    const values = validateMeeting(input);
    const { start, end } = this.instants(values);
    const timeChanged = start.getTime() !== current.startsAt.getTime() || end.getTime() !== current.endsAt.getTime();
    const placeChanged = values.location !== current.location || values.onlineUrl !== current.onlineUrl || values.title !== current.title;
    const updated = await sqlRows<{ id: string }>(
      await this.manager(),
      `UPDATE meeting SET title = $3, starts_at = $4, ends_at = $5, location = $6, online_url = $7, detached = detached OR series_id IS NOT NULL,
              sequence = sequence + CASE WHEN $8 THEN 1 ELSE 0 END, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, values.title, start, end, values.location, values.onlineUrl, timeChanged || placeChanged],
    );
    if (updated.length === 0) throw conflict('Någon annan har ändrat mötet sedan du öppnade det. Läs in det igen.', { currentVersion: current.version });
    const meeting = await this.get(id);
    if (timeChanged || placeChanged) await this.mail.meetingsChanged(network, [meeting]);
    return meeting;
  }

  async cancelMeeting(id: string, version: number): Promise<Meeting> {
    const current = await this.get(id);
    const network = await this.requireLead(current.networkId);
    if (current.status === 'held') throw conflict('Mötet är redan genomfört och kan inte ställas in.');
    if (current.status === 'cancelled') return current;
    const updated = await sqlRows<{ id: string }>(
      await this.manager(),
      `UPDATE meeting SET status = 'cancelled', detached = detached OR series_id IS NOT NULL, sequence = sequence + 1, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version],
    );
    if (updated.length === 0) throw conflict('Någon annan har ändrat mötet sedan du öppnade det. Läs in det igen.', { currentVersion: current.version });
    const meeting = await this.get(id);
    await this.mail.meetingsChanged(network, [meeting]);
    return meeting;
  }

  /** Replaces the agenda in the given order. */
  async setAgenda(meetingId: string, items: readonly AgendaItemInput[]): Promise<Meeting> {
    const meeting = await this.get(meetingId);
    await this.requireLead(meeting.networkId);
    const values = validateAgenda(items);
    const manager = await this.manager();
    await sqlRows(manager, `DELETE FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
    if (values.length > 0) {
      await sqlRows(
        manager,
        `INSERT INTO agenda_item (meeting_id, network_id, position, title, presenter, starts_at, duration_minutes, links)
         SELECT $1, $2, t.position, t.title, t.presenter, t.starts_at, t.duration_minutes, t.links
           FROM jsonb_to_recordset($3::jsonb) AS t(position int, title text, presenter text, starts_at text, duration_minutes int, links jsonb)`,
        [
          meetingId,
          meeting.networkId,
          JSON.stringify(
            values.map((v, i) => ({
              position: i + 1,
              title: v.title,
              presenter: v.presenter,
              starts_at: v.startsAt,
              duration_minutes: v.durationMinutes,
              links: v.links,
            })),
          ),
        ],
      );
    }
    this.loaders().agenda.clear(meetingId);
    return meeting;
  }

  /** Records who came and marks the meeting held. */
  async holdMeeting(meetingId: string, attendees: readonly AttendeeInput[]): Promise<Meeting> {
    const meeting = await this.get(meetingId);
    await this.requireLead(meeting.networkId);
    if (meeting.status === 'cancelled') throw conflict('Mötet är inställt.');
    const values = validateAttendance(attendees);
    const manager = await this.manager();
    await sqlRows(manager, `DELETE FROM meeting_attendance WHERE meeting_id = $1`, [meetingId]);
    if (values.length > 0) {
      await sqlRows(
        manager,
        `INSERT INTO meeting_attendance (meeting_id, network_id, user_id, name, organization_name)
         SELECT $1, $2, t.user_id, t.name, t.organization_name FROM jsonb_to_recordset($3::jsonb) AS t(user_id text, name text, organization_name text)`,
        [meetingId, meeting.networkId, JSON.stringify(values.map((v) => ({ user_id: v.userId, name: v.name, organization_name: v.organizationName })))],
      );
    }
    await sqlRows(manager, `UPDATE meeting SET status = 'held', version = version + 1, updated_at = now() WHERE id = $1`, [meetingId]);
    this.loaders().attendance.clear(meetingId);
    return this.get(meetingId);
  }

  /** Saves the minutes as a draft (published minutes stay published; their text can be corrected). */
  async saveMinutes(meetingId: string, body: string, version: number | null): Promise<MeetingMinutes> {
    const meeting = await this.get(meetingId);
    await this.requireLead(meeting.networkId);
    const text = validateMinutes(body);
    const principal = requirePrincipal();
    const manager = await this.manager();
    const existing = await this.minutes(meetingId);
    if (existing && version !== null && existing.version !== version) {
      throw conflict('Någon annan har ändrat protokollet sedan du öppnade det. Läs in det igen.', { currentVersion: existing.version });
    }
    await sqlRows(
      manager,
      `INSERT INTO meeting_minutes (meeting_id, network_id, body, updated_by_name) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id) DO UPDATE SET body = EXCLUDED.body, updated_by_name = EXCLUDED.updated_by_name, version = meeting_minutes.version + 1, updated_at = now()`,
      [meetingId, meeting.networkId, text, principal.name ?? principal.username],
    );
    this.loaders().minutes.clear(meetingId);
    return (await this.minutes(meetingId))!;
  }

  /** Publishes the minutes to the members and tells them by mail. */
  async publishMinutes(meetingId: string): Promise<MeetingMinutes> {
    const meeting = await this.get(meetingId);
    const network = await this.requireLead(meeting.networkId);
    const existing = await this.minutes(meetingId);
    if (!existing || existing.body.trim() === '')
      throw new PortalError('BAD_USER_INPUT', 'Skriv protokollet innan du publicerar det.', { body: 'Protokollet är tomt.' });
    if (existing.status === 'published') return existing;
    const manager = await this.manager();
    await sqlRows(
      manager,
      `UPDATE meeting_minutes SET status = 'published', published_at = now(), version = version + 1, updated_at = now() WHERE meeting_id = $1`,
      [meetingId],
    );
    await this.networks.recordEvent(network.id, 'minutes.published', meeting.title);
    await this.mail.minutesPublished(network, meeting);
    this.loaders().minutes.clear(meetingId);
    return (await this.minutes(meetingId))!;
  }
}
