import type { ICalDayJsStub } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { zonedDateTimeParts } from './zoned-time.js';

// Two gaps in ical-generator 10 closed here:
// - With a time zone set, it formats a native Date with getHours() and friends, i.e. in the
//   process's zone. A small day.js-shaped value (its documented stub interface) formats in the
//   meeting's zone instead, so the output never depends on TZ.
// - timezones-ical-library resolves links: Europe/Stockholm gives a VTIMEZONE with
//   TZID:Europe/Berlin (same rules since 1980). The TZID is put back to the zone the events name,
//   or clients would not find it.

const two = (n: number) => String(n).padStart(2, '0');

/** An instant that ical-generator writes as wall-clock time in `timeZone` (DTSTART;TZID=…:YYYYMMDDTHHMMSS). */
export class ZonedWallClock implements ICalDayJsStub {
  constructor(
    private readonly instant: Date,
    private readonly timeZone: string,
  ) {}

  tz(zone?: string): ZonedWallClock {
    return new ZonedWallClock(this.instant, zone ?? this.timeZone);
  }

  utc(): ZonedWallClock {
    return new ZonedWallClock(this.instant, 'UTC');
  }

  /** Only the two patterns ical-generator asks for. */
  format(pattern?: string): string {
    const p = zonedDateTimeParts(this.instant, this.timeZone);
    if (pattern === 'YYYYMMDD') return `${String(p.year).padStart(4, '0')}${two(p.month)}${two(p.day)}`;
    if (pattern === 'HHmmss') return `${two(p.hour)}${two(p.minute)}${two(p.second)}`;
    throw new Error(`ZonedWallClock cannot format ${pattern ?? '(none)'}`);
  }

  isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }

  toDate(): Date {
    return new Date(this.instant);
  }

  toJSON(): string {
    return this.instant.toISOString();
  }
}

const components = new Map<string, string>();

/** The VTIMEZONE component for an IANA zone, with TZID as given; null when the zone is unknown. */
export function vtimezoneFor(timeZone: string): string | null {
  const known = components.get(timeZone);
  if (known) return known;
  const built = buildVtimezone(timeZone);
  if (built) components.set(timeZone, built); // valid zones only, so the map stays as small as the zone list
  return built;
}

function buildVtimezone(timeZone: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone }); // the library logs to the console for zones it does not know
  } catch {
    return null;
  }
  const block = tzlib_get_ical_block(timeZone);
  const component = Array.isArray(block) ? block[0] : undefined;
  if (!component) return null;
  return component.replace(/^TZID:.*$/m, `TZID:${timeZone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`);
}
