import { MEETING_TIME_ZONE, NETWORK_LIMITS } from '@portal/shared-domain';
import { expandSeries, type SeriesOccurrence } from './calendar/recurrence-expansion.js';
import { instantToZonedTime, zonedTimeToInstant } from './calendar/zoned-time.js';
import { minutesBetween } from './meeting-time.js';

/** The queue's task name (scheduled daily in mail/worker/mail-worker.ts). */
export const MEETING_SERIES_HORIZON_TASK = 'meeting-series-horizon';
/** Daily at 03:15 UTC: any hour does, a day early or late changes nothing two years ahead. */
export const MEETING_SERIES_HORIZON_CRONTAB = '15 3 * * *';

/**
 * Who the task acts as inside each network: forced row-level security then holds it to the
 * network rules (it may add meetings only where its settings make it a planner, one network at
 * a time), as the reminders act as REMINDER_ACTOR in each organisation.
 */
export const SERIES_HORIZON_ACTOR = 'portal-meeting-series';

/** What of a series decides its dates. */
export interface SeriesRule {
  readonly rrule: string;
  readonly firstDate: string;
  readonly startTime: string;
  readonly endTime: string;
}

/** Today's local date in Stockholm at `now`, plus `months`. */
function localDateMonthsAhead(months: number, now: Date): string {
  const today = instantToZonedTime(now, MEETING_TIME_ZONE).date;
  const [y, m, d] = today.split('-').map(Number);
  const target = new Date(Date.UTC(y!, m! - 1 + months, d!));
  return target.toISOString().slice(0, 10);
}

/**
 * The meetings a series should have as rows from `now` up to the horizon (two years ahead, at
 * most NETWORK_LIMITS.seriesMaxMeetings), by its rule: what a change of the series keeps in step
 * and what the daily task adds as the horizon moves on.
 */
export function occurrencesToHorizon(series: SeriesRule, now: Date = new Date()): SeriesOccurrence[] {
  const horizon = localDateMonthsAhead(NETWORK_LIMITS.seriesHorizonMonths, now);
  const { occurrences } = expandSeries({
    rrule: series.rrule,
    firstStart: { date: series.firstDate, time: series.startTime },
    durationMinutes: minutesBetween(series.startTime, series.endTime),
    timeZone: MEETING_TIME_ZONE,
    from: now,
    to: zonedTimeToInstant({ date: horizon, time: '23:59' }, MEETING_TIME_ZONE),
    limit: NETWORK_LIMITS.seriesMaxMeetings,
  });
  return occurrences.filter((o) => !o.cancelled);
}

/** The occurrences as the three array parameters `unnest($a::date[], $b::timestamptz[], $c::timestamptz[])` reads: original dates, starts, ends. */
export function occurrenceArrays(occurrences: readonly SeriesOccurrence[]): [string[], string[], string[]] {
  return [occurrences.map((o) => o.originalDate), occurrences.map((o) => o.start.toISOString()), occurrences.map((o) => o.end.toISOString())];
}

/** The worker's owner connection (a pg client); this file only runs statements on it. */
export interface HorizonDatabase {
  query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }>;
}

interface RunningSeries {
  readonly id: string;
  readonly network_id: string;
  readonly title: string;
  readonly rrule: string;
  readonly first_date: string;
  readonly start_time: string;
  readonly end_time: string;
  readonly location: string;
  readonly online_url: string;
}

const actAs = (client: HorizonDatabase, roles: string, network: string) =>
  client.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', '', true), set_config('app.roles', $2, true),
            set_config('app.networks', $3, true), set_config('app.network_leads', $3, true), set_config('app.network_chairs', '', true)`,
    [SERIES_HORIZON_ACTOR, roles, network],
  );

/**
 * Adds, for every series that has not ended, the meetings its rule gives between the old horizon
 * and today's: a series planned today has meetings two years ahead, and still has them in three
 * years. Only dates without a row are added; moved, cancelled, held and past meetings stay as
 * they are. Nobody is mailed: a meeting two years away is news for the calendar feeds, which
 * show it at once, not for an invitation. One transaction, so a failure adds nothing and the
 * next run tries again; two instances at once add nothing twice (the unique original date).
 * Returns the number of meetings added.
 */
export async function extendMeetingSeries(client: HorizonDatabase, now: Date = new Date()): Promise<number> {
  await client.query('BEGIN');
  try {
    // Which series run: read as a platform admin reads them (the one setting that sees every network's series).
    await actAs(client, 'platform-admin', '');
    const series = (
      await client.query(
        `SELECT id, network_id, title, rrule, to_char(first_date, 'YYYY-MM-DD') AS first_date, start_time, end_time, location, online_url
           FROM meeting_series WHERE ended_at IS NULL ORDER BY id`,
      )
    ).rows as RunningSeries[];
    let added = 0;
    for (const row of series) {
      // Then as a planner of that one network only: its insert policy decides, as for a chair.
      await actAs(client, '', row.network_id);
      const wanted = occurrencesToHorizon({ rrule: row.rrule, firstDate: row.first_date, startTime: row.start_time, endTime: row.end_time }, now);
      if (wanted.length === 0) continue;
      const inserted = await client.query(
        // A demo network's new meetings are demo data too (the demo's own seed marks its first ones).
        `INSERT INTO meeting (network_id, series_id, original_date, title, starts_at, ends_at, location, online_url, is_demo)
         SELECT $2, $1, w.original_date, $6, w.starts_at, w.ends_at, $7, $8, coalesce((SELECT n.is_demo FROM network n WHERE n.id = $2), false)
           FROM unnest($3::date[], $4::timestamptz[], $5::timestamptz[]) AS w(original_date, starts_at, ends_at)
          WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.series_id = $1 AND m.original_date = w.original_date)
         ON CONFLICT DO NOTHING`,
        [row.id, row.network_id, ...occurrenceArrays(wanted), row.title, row.location, row.online_url],
      );
      added += inserted.rowCount ?? 0;
    }
    await client.query('COMMIT');
    return added;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
