import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MEETING_TIME_ZONE } from '@portal/shared-domain';
import { expandSeries } from './recurrence-expansion.js';
import { calendarFeedIcs, icsContentType, meetingInvitationIcs, meetingUid, type CalendarMeeting } from './ics.js';

// Read back with ical.js, a parser that shares no code with ical-generator. Times are resolved
// through the VTIMEZONE in the file itself (ical.js looks TZID up in the component tree).

const generatedAt = new Date('2027-03-01T09:00:00Z');

// ical.js leaves properties it does not know raw; RFC 5545 3.8.8.2 gives X- properties TEXT by
// default, and NAME is TEXT (RFC 7986), which is how they are read here.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'name']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    uid: meetingUid('0b6c0e8e-1b1e-4c43-9d1e-2f0f5a3c9d10'),
    sequence: 0,
    start: new Date('2027-03-23T12:00:00Z'),
    end: new Date('2027-03-23T14:00:00Z'),
    timeZone: MEETING_TIME_ZONE,
    summary: 'HR-chefsnätverket',
    cancelled: false,
    lastModified: new Date('2027-02-15T08:30:00Z'),
    ...overrides,
  };
}

function parse(text: string): InstanceType<typeof ICAL.Component> {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): InstanceType<typeof ICAL.Event>[] {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

/** Start as resolved by ical.js: the UTC instant, the local wall time, and which zone definition it used. */
function startOf(event: InstanceType<typeof ICAL.Event>) {
  const start = event.startDate;
  const zone = start.zone as InstanceType<typeof ICAL.Timezone>;
  return { utc: start.toJSDate().toISOString(), local: start.toString(), tzid: zone.tzid, fromFile: zone.component !== null && zone.component !== undefined };
}

const invitation = (method: 'REQUEST' | 'CANCEL', overrides: Partial<CalendarMeeting> = {}) =>
  meetingInvitationIcs({
    method,
    meeting: meeting(overrides),
    organizer: { name: 'Åsa Öberg', email: 'ordforande.hr@linkoping.se' },
    attendee: { name: 'Erik Ärlig', email: 'erik@norrkoping.se' },
    generatedAt,
  });

describe('calendarFeedIcs', () => {
  const series = expandSeries({
    rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU',
    firstStart: { date: '2027-03-16', time: '13:00' },
    durationMinutes: 120,
    timeZone: MEETING_TIME_ZONE,
    from: new Date('2027-03-20T00:00:00Z'),
    to: new Date('2027-11-05T00:00:00Z'),
  }).occurrences.filter((o) => ['2027-03-23', '2027-03-30', '2027-10-26', '2027-11-02'].includes(o.localDate));
  const meetings = series.map((o) => meeting({ uid: meetingUid(`m-${o.originalDate}`), start: o.start, end: o.end }));
  const feed = () => calendarFeedIcs({ name: 'Mina nätverk', description: 'Alla möten i mina nätverk', meetings, generatedAt });

  it('resolves times across both summer-time changes to 13:00 local and the right UTC instants', () => {
    expect(events(feed()).map(startOf)).toEqual([
      { utc: '2027-03-23T12:00:00.000Z', local: '2027-03-23T13:00:00', tzid: 'Europe/Stockholm', fromFile: true },
      { utc: '2027-03-30T11:00:00.000Z', local: '2027-03-30T13:00:00', tzid: 'Europe/Stockholm', fromFile: true },
      { utc: '2027-10-26T11:00:00.000Z', local: '2027-10-26T13:00:00', tzid: 'Europe/Stockholm', fromFile: true },
      { utc: '2027-11-02T12:00:00.000Z', local: '2027-11-02T13:00:00', tzid: 'Europe/Stockholm', fromFile: true },
    ]);
    expect(events(feed()).map((e) => e.endDate.toString())).toEqual([
      '2027-03-23T15:00:00',
      '2027-03-30T15:00:00',
      '2027-10-26T15:00:00',
      '2027-11-02T15:00:00',
    ]);
    expect(feed()).toContain('DTSTART;TZID=Europe/Stockholm:20270330T130000\r\n');
  });

  it('carries one VTIMEZONE for Europe/Stockholm with STANDARD and DAYLIGHT', () => {
    const zones = parse(feed()).getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    expect(zones[0]!.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    expect(zones[0]!.getAllSubcomponents('standard')).toHaveLength(1);
    expect(zones[0]!.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(zones[0]!.getFirstSubcomponent('daylight')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+02:00');
  });

  it('is a PUBLISH feed with a name and refresh hints, and the same UIDs every time', () => {
    const calendar = parse(feed());
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mina nätverk');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Alla möten i mina nätverk');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
    expect(calendar.getFirstPropertyValue('refresh-interval')!.toString()).toBe('PT1H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    const uids = events(feed()).map((e) => e.uid);
    expect(uids).toEqual(meetings.map((m) => m.uid));
    expect(uids[0]).toBe('meeting-m-2027-03-23@projektkontor-ostergotland');
    expect(events(calendarFeedIcs({ name: 'Mina nätverk', meetings: [...meetings].reverse() })).map((e) => e.uid)).toEqual([...uids].reverse());
    expect(feed()).toBe(feed());
    const [first] = events(feed());
    expect(first!.component.getFirstProperty('organizer')).toBeNull();
    expect(first!.component.getFirstProperty('attendee')).toBeNull();
  });

  it('keeps a cancelled meeting as cancelled, with its SEQUENCE, DTSTAMP and LAST-MODIFIED', () => {
    const text = calendarFeedIcs({ name: 'HR', meetings: [meeting({ cancelled: true, sequence: 3 })], generatedAt });
    const [event] = events(text);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.sequence).toBe(3);
    expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-03-01T09:00:00Z');
    expect(event!.component.getFirstPropertyValue('last-modified')!.toString()).toBe('2027-02-15T08:30:00Z');
  });

  it('escapes text and folds long lines', () => {
    const summary = 'Arbetsmarknadschefernas nätverk; möte, april – Åtvidaberg, Ödeshög och Ärla';
    const description = 'Dagordning:\n1. Återkoppling; uppföljning\n2. Övrigt, frågor\\svar';
    const text = calendarFeedIcs({
      name: 'HR; ledning, Östergötland',
      meetings: [meeting({ summary, description, location: 'Rådhuset, sal 3; Linköping', url: 'https://meet.example/j/123?pwd=a;b,c' })],
    });
    const [event] = events(text);
    expect(event!.summary).toBe(summary);
    expect(event!.description).toBe(description);
    expect(event!.location).toBe('Rådhuset, sal 3; Linköping');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://meet.example/j/123?pwd=a%3Bb%2Cc');
    expect(parse(text).getFirstPropertyValue('x-wr-calname')).toBe('HR; ledning, Östergötland');
    expect(parse(text).getFirstPropertyValue('name')).toBe('HR; ledning, Östergötland');
    expect(text).toContain('SUMMARY:Arbetsmarknadschefernas nätverk\\; möte\\, april');
    const lines = text.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('does not depend on the process time zone', () => {
    const before = process.env.TZ;
    const outputs = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
      process.env.TZ = tz; // Node applies a changed TZ at once
      return feed();
    });
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
    expect(new Set(outputs).size).toBe(1);
  });

  it('refuses values it cannot write safely', () => {
    const feedOf = (overrides: Partial<CalendarMeeting>) => () => calendarFeedIcs({ name: 'x', meetings: [meeting(overrides)] });
    expect(feedOf({ uid: 'a\r\nATTENDEE:mailto:x@y' })).toThrow(RangeError);
    expect(feedOf({ url: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(feedOf({ timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
    expect(feedOf({ end: new Date('2027-03-23T12:00:00Z') })).toThrow(RangeError);
    expect(() => meetingUid('../x')).toThrow(RangeError);
  });
});

describe('meetingInvitationIcs', () => {
  it('is a REQUEST with organizer, attendee and the meeting at 13:00 local', () => {
    const text = invitation('REQUEST', { sequence: 1, start: new Date('2027-03-30T11:00:00Z'), end: new Date('2027-03-30T13:00:00Z') });
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = events(text);
    expect(startOf(event!)).toEqual({ utc: '2027-03-30T11:00:00.000Z', local: '2027-03-30T13:00:00', tzid: 'Europe/Stockholm', fromFile: true });
    expect(event!.uid).toBe('meeting-0b6c0e8e-1b1e-4c43-9d1e-2f0f5a3c9d10@projektkontor-ostergotland');
    expect(event!.sequence).toBe(1);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const organizer = event!.component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:ordforande.hr@linkoping.se');
    expect(organizer.getParameter('cn')).toBe('Åsa Öberg');
    const [attendee] = event!.attendees;
    expect(String(attendee!.getFirstValue()).toLowerCase()).toBe('mailto:erik@norrkoping.se');
    expect(attendee!.getParameter('cn')).toBe('Erik Ärlig');
    expect(attendee!.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee!.getParameter('rsvp')).toBe('TRUE');
    expect(parse(text).getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('is a CANCEL with STATUS:CANCELLED and the same UID', () => {
    const request = events(invitation('REQUEST'))[0]!;
    const text = invitation('CANCEL', { sequence: 2, cancelled: true });
    expect(parse(text).getFirstPropertyValue('method')).toBe('CANCEL');
    const [event] = events(text);
    expect(event!.uid).toBe(request.uid);
    expect(event!.sequence).toBe(2);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.attendees[0]!.getParameter('rsvp')).toBe('FALSE');
  });

  it('refuses a cancelled meeting as a REQUEST and strips quotes from names', () => {
    expect(() => invitation('REQUEST', { cancelled: true })).toThrow(RangeError);
    const text = meetingInvitationIcs({
      method: 'REQUEST',
      meeting: meeting(),
      organizer: { name: 'Anna "ordf." Berg', email: 'anna@linkoping.se' },
      attendee: { email: 'bo@motala.se' },
    });
    expect(events(text)[0]!.component.getFirstProperty('organizer')!.getParameter('cn')).toBe('Anna ordf. Berg');
    expect(() =>
      meetingInvitationIcs({ method: 'REQUEST', meeting: meeting(), organizer: { name: 'A', email: 'a@b.se' }, attendee: { email: 'x\r\n@y.se' } }),
    ).toThrow(RangeError);
  });

  it('names the content type with the method', () => {
    expect(icsContentType('REQUEST')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(icsContentType()).toBe('text/calendar; charset=utf-8');
  });
});
