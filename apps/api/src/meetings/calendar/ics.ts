import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus, escape } from 'ical-generator';
import { ZonedWallClock, vtimezoneFor } from './ics-time-zone.js';

// iCalendar (RFC 5545) for one meeting's invitation (iTIP, RFC 5546) and for subscription feeds.
// Each meeting is one VEVENT with its own UID; series are expanded before they get here.

const UID_DOMAIN = 'projektkontor-ostergotland';
const PRODUCT_ID = { company: 'Projektkontor Östergötland', product: 'Portal', language: 'SV' } as const;
/** How often a subscribing client is asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const CALENDAR_FEED_REFRESH_MINUTES = 60;

/** One meeting as a calendar event. */
export interface CalendarMeeting {
  /** Stable for the meeting's life, from `meetingUid`. */
  readonly uid: string;
  /** Raised on every change a calendar should take (time, place, cancellation). */
  readonly sequence: number;
  readonly start: Date;
  readonly end: Date;
  /** IANA zone the times are written in (DTSTART;TZID=…), in practice Europe/Stockholm. */
  readonly timeZone: string;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  /** The digital meeting's link or the meeting's page in the portal; http(s) only. */
  readonly url?: string;
  readonly cancelled: boolean;
  readonly lastModified: Date;
}

export interface CalendarPerson {
  readonly name?: string;
  readonly email: string;
}

export interface MeetingInvitationInput {
  /** REQUEST for a new or changed meeting, CANCEL when it is cancelled (or the attendee is removed). */
  readonly method: 'REQUEST' | 'CANCEL';
  readonly meeting: CalendarMeeting;
  readonly organizer: CalendarPerson & { readonly name: string };
  readonly attendee: CalendarPerson;
  /** DTSTAMP, when the message is made; defaults to now. */
  readonly generatedAt?: Date;
}

export interface CalendarFeedInput {
  /** The calendar's name in the subscriber's list (X-WR-CALNAME). */
  readonly name: string;
  readonly description?: string;
  readonly meetings: readonly CalendarMeeting[];
  /** DTSTAMP; defaults to now. Pass the newest `lastModified` for output that only changes with the data (ETag). */
  readonly generatedAt?: Date;
}

/** The stable UID of a meeting: `meeting-<id>@projektkontor-ostergotland`. */
export function meetingUid(meetingId: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(meetingId)) throw new RangeError('Ogiltigt mötes-id.');
  return `meeting-${meetingId}@${UID_DOMAIN}`;
}

/** The MIME type for an .ics body or attachment; mail clients need `method` to show accept/decline. */
export function icsContentType(method?: 'REQUEST' | 'CANCEL' | 'PUBLISH'): string {
  return `text/calendar; charset=utf-8${method ? `; method=${method}` : ''}`;
}

/** A name for a quoted parameter (CN="…"): no quotes or control characters, which RFC 5545 has no escape for. */
function parameterText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point here
  return text.replace(/["\u0000-\u001f\u007f]/g, '').trim();
}

function checkEmail(email: string): string {
  if (!/^[^\s@:;,"<>]{1,64}@[^\s@:;,"<>]{1,255}$/.test(email)) throw new RangeError('Ogiltig e-postadress i kalendern.');
  return email;
}

/** The URL as a URI value: ical-generator escapes it as text, so ';' and ',' go percent-encoded instead. */
function uriValue(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RangeError('Mötets länk måste vara en http(s)-adress.');
  return parsed.href.replaceAll(';', '%3B').replaceAll(',', '%2C');
}

function newCalendar(method: ICalCalendarMethod): ICalCalendar {
  const calendar = new ICalCalendar({ prodId: PRODUCT_ID, method });
  // No calendar-level zone name: ical-generator would then write DTSTAMP and LAST-MODIFIED in local
  // time. The generator alone adds one VTIMEZONE per zone the events use.
  calendar.timezone({ name: null, generator: vtimezoneFor });
  return calendar;
}

function addEvent(calendar: ICalCalendar, meeting: CalendarMeeting, generatedAt: Date, cancelled: boolean) {
  // ical-generator writes the UID as it is: nothing that could end the line or need escaping.
  if (!/^[A-Za-z0-9._@-]{1,255}$/.test(meeting.uid)) throw new RangeError('Ogiltigt UID.');
  if (!(meeting.end > meeting.start)) throw new RangeError('Mötet måste sluta efter att det börjar.');
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) throw new RangeError('SEQUENCE måste vara ett heltal ≥ 0.');
  if (!vtimezoneFor(meeting.timeZone)) throw new RangeError(`Okänd tidszon: ${meeting.timeZone}`);
  return calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp: generatedAt,
    lastModified: meeting.lastModified,
    timezone: meeting.timeZone,
    start: new ZonedWallClock(meeting.start, meeting.timeZone),
    end: new ZonedWallClock(meeting.end, meeting.timeZone),
    summary: meeting.summary,
    description: meeting.description ?? null,
    location: meeting.location ?? null,
    url: meeting.url ? uriValue(meeting.url) : null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/**
 * The .ics for one attendee's meeting mail (iTIP): METHOD:REQUEST with ORGANIZER and ATTENDEE
 * (RSVP, NEEDS-ACTION) for a new or changed meeting, METHOD:CANCEL with STATUS:CANCELLED to
 * cancel it. Same UID every time; raise `meeting.sequence` before sending a change or cancellation.
 * Attach with `icsContentType(method)`. Throws RangeError for a cancelled meeting sent as REQUEST,
 * a malformed address, URL or UID, or an unknown time zone.
 */
export function meetingInvitationIcs(input: MeetingInvitationInput): string {
  const { method, meeting, organizer, attendee } = input;
  if (method === 'REQUEST' && meeting.cancelled) throw new RangeError('Ett inställt möte skickas med CANCEL, inte REQUEST.');
  const calendar = newCalendar(method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL);
  const event = addEvent(calendar, meeting, input.generatedAt ?? new Date(), method === 'CANCEL');
  event.organizer({ name: parameterText(organizer.name), email: checkEmail(organizer.email) });
  event.createAttendee({
    email: checkEmail(attendee.email),
    name: attendee.name ? parameterText(attendee.name) : null,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp: method === 'REQUEST',
  });
  return withFinalLineBreak(calendar.toString());
}

/**
 * A subscription feed (METHOD:PUBLISH, accepted by Outlook and Google Calendar): the meetings as
 * VEVENTs without organizer or attendees, cancelled ones kept with STATUS:CANCELLED so that
 * subscribers' copies are cancelled too, X-WR-CALNAME, and a refresh hint of an hour.
 */
export function calendarFeedIcs(input: CalendarFeedInput): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  // ical-generator writes the calendar's name and description unescaped.
  calendar.name(escape(input.name, false));
  if (input.description) calendar.description(escape(input.description, false));
  calendar.ttl(CALENDAR_FEED_REFRESH_MINUTES * 60);
  const zones = new Set(input.meetings.map((m) => m.timeZone));
  if (zones.size === 1) calendar.x('X-WR-TIMEZONE', [...zones][0]!);
  const generatedAt = input.generatedAt ?? new Date();
  for (const meeting of input.meetings) addEvent(calendar, meeting, generatedAt, meeting.cancelled);
  return withFinalLineBreak(calendar.toString());
}

/** RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last one bare. */
function withFinalLineBreak(text: string): string {
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
