import { isIsoDate } from '@portal/shared-domain';

// Local wall-clock time in an IANA zone ⇄ UTC instant, with Intl's time-zone data only (no
// process TZ, no Date#getHours). Node 20 has no Temporal; this is its 'compatible' disambiguation.

/** A local date 'YYYY-MM-DD' and time 'HH:MM' in some time zone. */
export interface LocalDateTime {
  readonly date: string;
  readonly time: string;
}

export interface ZonedDateTimeParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // Throws RangeError for an unknown zone, which is what a caller passing one should get.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields an instant shows in `timeZone`. */
export function zonedDateTimeParts(instant: Date, timeZone: string): ZonedDateTimeParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Ogiltig tidpunkt.');
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) fields[part.type] = Number(part.value);
  return { year: fields.year!, month: fields.month!, day: fields.day!, hour: fields.hour! % 24, minute: fields.minute!, second: fields.second! };
}

/** The local date and time (minutes) an instant shows in `timeZone`. */
export function instantToZonedTime(instant: Date, timeZone: string): LocalDateTime {
  const p = zonedDateTimeParts(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** The wall clock of an instant as if it were UTC, in milliseconds: comparable with `Date.UTC(local fields)`. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const p = zonedDateTimeParts(new Date(instantMs), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which the clocks in `timeZone` show `local`. Deterministic at the changes:
 * a time that occurs twice (autumn, 02:30 in Stockholm) is its first occurrence (summer time);
 * a time that does not exist (spring, 02:30) is moved forward by the gap (03:30 summer time).
 * Throws RangeError for a malformed date or time or an unknown zone.
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  const time = TIME.exec(local.time);
  if (!isIsoDate(local.date) || !time) throw new RangeError(`Ogiltigt datum eller klockslag: ${local.date} ${local.time}.`);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, Number(time[1]), Number(time[2]));
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  // No match: the hour was skipped. The offset in force before the change lands after the gap.
  return new Date(matches[0] ?? wall - before);
}
