import { dayOfWeek, daysInMonth, isIsoDate, parseIsoDate } from './iso-date.js';
import { NETWORK_LIMITS } from './networks.js';

// A meeting series' recurrence as a chair picks it in a form, and its RRULE (RFC 5545 3.3.10).
// The rule is evaluated in local wall time (floating, no DTSTART or TZID in the text): the API's
// expansion pairs it with the series' first date and time in MEETING_TIME_ZONE (networks.ts).

export { isIsoDate };

export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** Working days only: networks do not meet at weekends. RFC 5545 day codes. */
export const RECURRENCE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
export type RecurrenceWeekday = (typeof RECURRENCE_WEEKDAYS)[number];

/** Which of the month's weekdays: 1 = first … 4 = fourth, -1 = last (a fifth one exists only in some months). */
export const RECURRENCE_SET_POSITIONS = [1, 2, 3, 4, -1] as const;
export type RecurrenceSetPosition = (typeof RECURRENCE_SET_POSITIONS)[number];

export const RECURRENCE_LIMITS = {
  /** 1 = every week/month, 2 = every second …, 12 = every twelfth. */
  maxInterval: 12,
  /** Up to the 28th, so that the day exists in every month (RRULE would silently skip a 31st). */
  maxMonthDay: 28,
  /** A series' meetings are kept as rows, as many as NETWORK_LIMITS allows. */
  maxCount: NETWORK_LIMITS.seriesMaxMeetings,
  /** How far after the first meeting `until` may lie. */
  maxYears: 10,
} as const;

/**
 * A recurrence a chair can choose in a form. Exactly one of these shapes:
 * - weekly: `weekday` ("every second week on Tuesdays": interval 2, weekday TU);
 * - monthly by weekday: `weekday` + `setPosition` ("the second Tuesday of every month");
 * - monthly by date: `monthDay` ("the 15th of every month").
 * At most one of `until` (inclusive, local date) and `count` (number of meetings, the first included);
 * neither means an open-ended series. Check with `validateRecurrence`.
 */
export interface MeetingRecurrence {
  readonly frequency: RecurrenceFrequency;
  readonly interval: number;
  readonly weekday?: RecurrenceWeekday;
  readonly setPosition?: RecurrenceSetPosition;
  readonly monthDay?: number;
  readonly until?: string;
  readonly count?: number;
}

/**
 * The RRULE value for a recurrence, without `RRULE:` and without DTSTART, in a fixed part order,
 * e.g. `FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2`. `until` becomes the end of that local day
 * (`UNTIL=20270630T235959`, floating like the rule). Serialises as given: validate first.
 */
export function toRrule(recurrence: MeetingRecurrence): string {
  const parts = [`FREQ=${recurrence.frequency.toUpperCase()}`, `INTERVAL=${recurrence.interval}`];
  if (recurrence.weekday !== undefined) parts.push(`BYDAY=${recurrence.weekday}`);
  if (recurrence.setPosition !== undefined) parts.push(`BYSETPOS=${recurrence.setPosition}`);
  if (recurrence.monthDay !== undefined) parts.push(`BYMONTHDAY=${recurrence.monthDay}`);
  if (recurrence.until !== undefined) parts.push(`UNTIL=${recurrence.until.replaceAll('-', '')}T235959`);
  if (recurrence.count !== undefined) parts.push(`COUNT=${recurrence.count}`);
  return parts.join(';');
}

const RULE_PART_KEYS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
const BYDAY = /^([+-]?\d)?(MO|TU|WE|TH|FR)$/;
const SET_POSITION = /^[+-]?\d$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/;
const SMALL_INTEGER = /^\d{1,4}$/;

/**
 * The recurrence an RRULE value expresses (with or without a leading `RRULE:`), or null when the
 * shape cannot express it (daily rules, several days, BYMONTH …) or the text is malformed. Accepts
 * `BYDAY=2TU` as well as `BYDAY=TU;BYSETPOS=2`, an UNTIL as date, local or UTC date-time (its date
 * is kept), and `WKST=MO`. Values out of range are returned as they are, for `validateRecurrence` to word.
 */
export function parseRrule(text: string): MeetingRecurrence | null {
  const parts = new Map<string, string>();
  for (const part of text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length > 0 || !RULE_PART_KEYS.has(key) || parts.has(key)) return null;
    parts.set(key, value);
  }
  const frequency = ({ WEEKLY: 'weekly', MONTHLY: 'monthly' } as const)[parts.get('FREQ') ?? ''];
  if (!frequency) return null;
  if (parts.has('WKST') && parts.get('WKST') !== 'MO') return null;
  if (parts.has('UNTIL') && parts.has('COUNT')) return null;

  const recurrence: { -readonly [K in keyof MeetingRecurrence]: MeetingRecurrence[K] } = { frequency, interval: 1 };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    if (!SMALL_INTEGER.test(interval)) return null;
    recurrence.interval = Number(interval);
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const match = BYDAY.exec(byDay);
    if (!match) return null;
    recurrence.weekday = match[2] as RecurrenceWeekday;
    if (match[1] !== undefined) {
      if (parts.has('BYSETPOS')) return null;
      const position = setPositionOf(match[1]);
      if (position === null) return null;
      recurrence.setPosition = position;
    }
  }
  const bySetPos = parts.get('BYSETPOS');
  if (bySetPos !== undefined) {
    const position = SET_POSITION.test(bySetPos) ? setPositionOf(bySetPos) : null;
    if (position === null) return null;
    recurrence.setPosition = position;
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    if (!/^\d{1,2}$/.test(byMonthDay)) return null;
    recurrence.monthDay = Number(byMonthDay);
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const match = UNTIL.exec(until);
    const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!isIsoDate(date)) return null;
    recurrence.until = date;
  }
  const count = parts.get('COUNT');
  if (count !== undefined) {
    if (!SMALL_INTEGER.test(count)) return null;
    recurrence.count = Number(count);
  }
  // A weekly rule without a day, or a monthly one with neither a day nor a date, takes DTSTART's: not expressible here.
  if (recurrence.weekday === undefined && recurrence.monthDay === undefined) return null;
  return recurrence;
}

function setPositionOf(text: string): RecurrenceSetPosition | null {
  const value = Number(text);
  return (RECURRENCE_SET_POSITIONS as readonly number[]).includes(value) ? (value as RecurrenceSetPosition) : null;
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * Whether a date ('YYYY-MM-DD') has the recurrence's pattern: its weekday, its place in the month,
 * its day of the month. Interval, until and count are not considered (they need the first date).
 */
export function recurrenceMatchesDate(recurrence: MeetingRecurrence, date: string): boolean {
  const parts = parseIsoDate(date);
  if (!parts) return false;
  if (recurrence.monthDay !== undefined && parts.day !== recurrence.monthDay) return false;
  if (recurrence.weekday !== undefined && DAY_CODES[dayOfWeek(parts)] !== recurrence.weekday) return false;
  if (recurrence.setPosition !== undefined) {
    const position = recurrence.setPosition === -1 ? (parts.day + 7 > daysInMonth(parts.year, parts.month) ? -1 : 0) : Math.ceil(parts.day / 7);
    if (position !== recurrence.setPosition) return false;
  }
  return true;
}

/**
 * The recurrences a form can offer once the first meeting's date is chosen, all of which that date
 * satisfies: every week, every second week, the n:th and (if it is) the last weekday of the month,
 * and the day of the month. Weekends offer only the day of the month.
 */
export function recurrenceChoicesFor(date: string): MeetingRecurrence[] {
  const parts = parseIsoDate(date);
  if (!parts) return [];
  const weekday = DAY_CODES[dayOfWeek(parts)];
  const choices: MeetingRecurrence[] = [];
  if (isRecurrenceWeekday(weekday)) {
    choices.push({ frequency: 'weekly', interval: 1, weekday }, { frequency: 'weekly', interval: 2, weekday });
    const nth = Math.ceil(parts.day / 7);
    if (nth <= 4) choices.push({ frequency: 'monthly', interval: 1, weekday, setPosition: nth as RecurrenceSetPosition });
    if (parts.day + 7 > daysInMonth(parts.year, parts.month)) choices.push({ frequency: 'monthly', interval: 1, weekday, setPosition: -1 });
  }
  if (parts.day <= RECURRENCE_LIMITS.maxMonthDay) choices.push({ frequency: 'monthly', interval: 1, monthDay: parts.day });
  return choices;
}

export function isRecurrenceWeekday(value: unknown): value is RecurrenceWeekday {
  return typeof value === 'string' && (RECURRENCE_WEEKDAYS as readonly string[]).includes(value);
}
