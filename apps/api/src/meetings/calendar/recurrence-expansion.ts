import rrulePackage from 'rrule';
import { isIsoDate, parseRrule, validateRecurrence, type MeetingRecurrence } from '@portal/shared-domain';
import { instantToZonedTime, zonedTimeToInstant, type LocalDateTime } from './zoned-time.js';

// rrule computes the dates in floating time: its Dates carry local wall time in their UTC fields,
// no tzid (whose handling in rrule depends on the process time zone). Each local date and time is
// then turned into an instant for the series' zone, so 13:00 stays 13:00 across summer time.

// rrule 2.8 is CommonJS (UMD) to Node: its classes hang off the default export.
const { RRule } = rrulePackage;
type RRuleInstance = InstanceType<typeof RRule>;

/** At most this many occurrences per call, whatever the window. */
export const MAX_OCCURRENCES_PER_EXPANSION = 500;

/** One meeting of a series changed: `originalDate` is the local date the rule gives it. */
export interface SeriesException {
  readonly originalDate: string;
  readonly cancelled?: boolean;
  /** New local date and time ('YYYY-MM-DD', 'HH:MM'); the duration stays the series' unless given. */
  readonly moved?: LocalDateTime & { readonly durationMinutes?: number };
}

export interface SeriesDefinition {
  /** RRULE value as `toRrule` writes it (no DTSTART); only rules `parseRrule` reads are expanded. */
  readonly rrule: string;
  /** The first meeting, in local time; it must follow the rule (`validateRecurrence` with `firstDate`). */
  readonly firstStart: LocalDateTime;
  readonly durationMinutes: number;
  /** IANA zone, in practice `MEETING_TIME_ZONE` (Europe/Stockholm). */
  readonly timeZone: string;
}

export interface ExpandSeriesInput extends SeriesDefinition {
  /** Occurrences that overlap [from, to) are returned (a meeting under way at `from` is included). */
  readonly from: Date;
  readonly to: Date;
  readonly exceptions?: readonly SeriesException[];
  /** Defaults to, and may not exceed, MAX_OCCURRENCES_PER_EXPANSION. */
  readonly limit?: number;
}

export interface SeriesOccurrence {
  /** The local date the rule gives this meeting: its identity within the series, also when moved. */
  readonly originalDate: string;
  readonly start: Date;
  readonly end: Date;
  /** Where the meeting actually is (after a move), local in the series' zone. */
  readonly localDate: string;
  readonly localStartTime: string;
  /** May fall on the next local day for a meeting past midnight. */
  readonly localEndTime: string;
  readonly cancelled: boolean;
  readonly moved: boolean;
}

export interface SeriesExpansion {
  /** In order of start, then original date. Cancelled meetings are included, flagged. */
  readonly occurrences: readonly SeriesOccurrence[];
  /** True when the limit cut the list: ask again with `from` after the last one. */
  readonly truncated: boolean;
}

const MAX_DURATION_MINUTES = 24 * 60;
const DAY_MS = 86_400_000;

function floatingMs({ date, time }: LocalDateTime): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute);
}

function floatingToLocal(floating: Date): LocalDateTime {
  const iso = floating.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function checkDuration(minutes: number, what: string): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    throw new RangeError(`${what} måste vara ett heltal minuter från 1 till ${MAX_DURATION_MINUTES}.`);
  }
}

const RRULE_WEEKDAYS = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR } as const;

/** The series' rule for rrule, from the parsed form rather than rrule's own parser, so only the portal's shape is ever expanded. */
function buildRule(definition: SeriesDefinition): { rule: RRuleInstance; recurrence: MeetingRecurrence } {
  const recurrence = parseRrule(definition.rrule);
  if (!recurrence) throw new RangeError(`Upprepningsregeln stöds inte: ${definition.rrule.slice(0, 100)}`);
  const errors = validateRecurrence(recurrence, { firstDate: definition.firstStart.date });
  if (errors.length > 0) throw new RangeError(`Ogiltig upprepning: ${errors.map((e) => `${e.path}: ${e.message}`).join(' ')}`);
  zonedTimeToInstant(definition.firstStart, definition.timeZone); // validates the time and the zone
  checkDuration(definition.durationMinutes, 'Längden');
  const rule = new RRule({
    freq: recurrence.frequency === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY,
    interval: recurrence.interval,
    wkst: RRule.MO,
    dtstart: new Date(floatingMs(definition.firstStart)),
    byweekday: recurrence.weekday ? [RRULE_WEEKDAYS[recurrence.weekday]] : null,
    bysetpos: recurrence.setPosition !== undefined ? [recurrence.setPosition] : null,
    bymonthday: recurrence.monthDay !== undefined ? [recurrence.monthDay] : null,
    until: recurrence.until ? new Date(floatingMs({ date: recurrence.until, time: '23:59' }) + 59_000) : null,
    count: recurrence.count ?? null,
  });
  return { rule, recurrence };
}

function occursOn(rule: RRuleInstance, date: string): boolean {
  const dayStart = floatingMs({ date, time: '00:00' });
  return rule.between(new Date(dayStart), new Date(dayStart + DAY_MS - 1), true).length > 0;
}

/**
 * Whether the series has a meeting on the local date `date` (by its rule, before exceptions), for
 * checking an exception's `originalDate` before it is stored. Throws RangeError for an invalid series.
 */
export function isSeriesOccurrenceDate(definition: SeriesDefinition, date: string): boolean {
  return isIsoDate(date) && occursOn(buildRule(definition).rule, date);
}

/**
 * The meetings of a series that overlap [from, to), with its exceptions applied: a moved meeting
 * appears where it was moved to (found even if its original date lies outside the window), a
 * cancelled one is flagged. Each meeting keeps its local wall-clock time across summer-time changes,
 * so its UTC instant shifts by the hour; a moved time that falls in a change's gap or overlap is
 * resolved as `zonedTimeToInstant` does. Exceptions for dates the rule does not give are ignored.
 * Throws RangeError for an invalid series, duration, zone or window.
 */
export function expandSeries(input: ExpandSeriesInput): SeriesExpansion {
  const { timeZone, durationMinutes, from, to } = input;
  const limit = Math.min(input.limit ?? MAX_OCCURRENCES_PER_EXPANSION, MAX_OCCURRENCES_PER_EXPANSION);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('Gränsen måste vara ett positivt heltal.');
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) throw new RangeError('Ogiltigt tidsfönster.');
  const { rule } = buildRule(input);

  // Floating bounds wide enough for any zone offset (< 1 day) and a meeting begun before `from`.
  const floatingFrom = new Date(from.getTime() - DAY_MS - durationMinutes * 60_000);
  const floatingTo = new Date(to.getTime() + DAY_MS);
  const originals = rule.between(floatingFrom, floatingTo, true, (_date, index) => index <= limit).map((d) => floatingToLocal(d));
  let truncated = originals.length > limit;

  const exceptions = new Map((input.exceptions ?? []).map((e) => [e.originalDate, e]));
  const known = new Set(originals.map((o) => o.date));
  for (const exception of exceptions.values()) {
    // A meeting moved into the window from a date outside it.
    if (exception.moved && !known.has(exception.originalDate) && isIsoDate(exception.originalDate) && occursOn(rule, exception.originalDate)) {
      originals.push({ date: exception.originalDate, time: input.firstStart.time });
      known.add(exception.originalDate);
    }
  }

  const occurrences: SeriesOccurrence[] = [];
  for (const original of originals) {
    const exception = exceptions.get(original.date);
    const moved = exception?.moved;
    if (moved?.durationMinutes !== undefined) checkDuration(moved.durationMinutes, 'Längden på det flyttade mötet');
    const start = zonedTimeToInstant(moved ?? original, timeZone);
    const end = new Date(start.getTime() + (moved?.durationMinutes ?? durationMinutes) * 60_000);
    if (end <= from || start >= to) continue;
    const local = instantToZonedTime(start, timeZone);
    occurrences.push({
      originalDate: original.date,
      start,
      end,
      localDate: local.date,
      localStartTime: local.time,
      localEndTime: instantToZonedTime(end, timeZone).time,
      cancelled: exception?.cancelled === true,
      moved: moved !== undefined,
    });
  }
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || a.originalDate.localeCompare(b.originalDate));
  if (occurrences.length > limit) truncated = true;
  return { occurrences: occurrences.slice(0, limit), truncated };
}
