import { describe, expect, it } from 'vitest';
import { MEETING_TIME_ZONE, parseRrule, recurrenceMatchesDate, toRrule } from '@portal/shared-domain';
import { MAX_OCCURRENCES_PER_EXPANSION, expandSeries, isSeriesOccurrenceDate, type ExpandSeriesInput } from './recurrence-expansion.js';
import { instantToZonedTime, zonedTimeToInstant } from './zoned-time.js';

// 2027: summer time from Sunday 28 March 02:00 (CET+1 → CEST+2) to Sunday 31 October 03:00.
const tz = MEETING_TIME_ZONE;

function series(overrides: Partial<ExpandSeriesInput> = {}): ExpandSeriesInput {
  return {
    rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU',
    firstStart: { date: '2027-03-16', time: '13:00' },
    durationMinutes: 120,
    timeZone: tz,
    from: new Date('2027-01-01T00:00:00Z'),
    to: new Date('2028-01-01T00:00:00Z'),
    ...overrides,
  };
}

const summary = (input: ExpandSeriesInput) =>
  expandSeries(input).occurrences.map((o) => `${o.localDate} ${o.localStartTime}–${o.localEndTime} ${o.start.toISOString()}${o.cancelled ? ' inställt' : ''}`);

describe('zonedTimeToInstant', () => {
  it('keeps wall-clock time on both sides of the changes', () => {
    expect(zonedTimeToInstant({ date: '2027-03-23', time: '13:00' }, tz).toISOString()).toBe('2027-03-23T12:00:00.000Z');
    expect(zonedTimeToInstant({ date: '2027-03-30', time: '13:00' }, tz).toISOString()).toBe('2027-03-30T11:00:00.000Z');
    expect(zonedTimeToInstant({ date: '2027-10-26', time: '13:00' }, tz).toISOString()).toBe('2027-10-26T11:00:00.000Z');
    expect(zonedTimeToInstant({ date: '2027-11-02', time: '13:00' }, tz).toISOString()).toBe('2027-11-02T12:00:00.000Z');
  });

  it('resolves the skipped and the repeated hour deterministically', () => {
    // 02:30 does not exist on 28 March: moved forward by the gap, to 03:30 summer time.
    const skipped = zonedTimeToInstant({ date: '2027-03-28', time: '02:30' }, tz);
    expect(skipped.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(instantToZonedTime(skipped, tz)).toEqual({ date: '2027-03-28', time: '03:30' });
    // 02:30 happens twice on 31 October: the first time, still summer time.
    expect(zonedTimeToInstant({ date: '2027-10-31', time: '02:30' }, tz).toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(zonedTimeToInstant({ date: '2027-10-31', time: '03:00' }, tz).toISOString()).toBe('2027-10-31T02:00:00.000Z');
    expect(zonedTimeToInstant({ date: '2027-03-28', time: '03:00' }, tz).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('refuses malformed input and unknown zones', () => {
    expect(() => zonedTimeToInstant({ date: '2027-02-30', time: '13:00' }, tz)).toThrow(RangeError);
    expect(() => zonedTimeToInstant({ date: '2027-02-03', time: '24:00' }, tz)).toThrow(RangeError);
    expect(() => zonedTimeToInstant({ date: '2027-02-03', time: '13:00' }, 'Europe/Atlantis')).toThrow(RangeError);
  });

  it('reads an instant back as local time', () => {
    expect(instantToZonedTime(new Date('2027-12-31T23:30:00Z'), tz)).toEqual({ date: '2028-01-01', time: '00:30' });
    expect(instantToZonedTime(new Date('2027-07-01T22:00:00Z'), tz)).toEqual({ date: '2027-07-02', time: '00:00' });
  });
});

describe('expandSeries', () => {
  it('keeps 13:00–15:00 local across the spring change', () => {
    const input = series({ from: new Date('2027-03-15T00:00:00Z'), to: new Date('2027-04-07T00:00:00Z') });
    expect(summary(input)).toEqual([
      '2027-03-16 13:00–15:00 2027-03-16T12:00:00.000Z',
      '2027-03-23 13:00–15:00 2027-03-23T12:00:00.000Z',
      '2027-03-30 13:00–15:00 2027-03-30T11:00:00.000Z',
      '2027-04-06 13:00–15:00 2027-04-06T11:00:00.000Z',
    ]);
    const [first] = expandSeries(input).occurrences;
    expect(first).toMatchObject({ originalDate: '2027-03-16', cancelled: false, moved: false });
    expect(first!.end.toISOString()).toBe('2027-03-16T14:00:00.000Z');
  });

  it('keeps 13:00–15:00 local across the autumn change', () => {
    expect(summary(series({ from: new Date('2027-10-25T00:00:00Z'), to: new Date('2027-11-03T00:00:00Z') }))).toEqual([
      '2027-10-26 13:00–15:00 2027-10-26T11:00:00.000Z',
      '2027-11-02 13:00–15:00 2027-11-02T12:00:00.000Z',
    ]);
  });

  it('gives the second Tuesday of every month, on both sides of summer time', () => {
    const input = series({ rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2', firstStart: { date: '2027-01-12', time: '13:00' } });
    const occurrences = expandSeries(input).occurrences;
    expect(occurrences.map((o) => o.localDate)).toEqual([
      '2027-01-12',
      '2027-02-09',
      '2027-03-09',
      '2027-04-13',
      '2027-05-11',
      '2027-06-08',
      '2027-07-13',
      '2027-08-10',
      '2027-09-14',
      '2027-10-12',
      '2027-11-09',
      '2027-12-14',
    ]);
    expect(occurrences.every((o) => o.localStartTime === '13:00' && o.localEndTime === '15:00')).toBe(true);
    expect(occurrences.map((o) => o.start.getUTCHours())).toEqual([12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 12, 12]);
    const recurrence = parseRrule(input.rrule)!;
    expect(occurrences.every((o) => recurrenceMatchesDate(recurrence, o.localDate))).toBe(true);
  });

  it('gives every second week and the last Friday of the month', () => {
    const biweekly = series({ rrule: toRrule({ frequency: 'weekly', interval: 2, weekday: 'TU' }), to: new Date('2027-05-01T00:00:00Z') });
    expect(expandSeries(biweekly).occurrences.map((o) => o.localDate)).toEqual(['2027-03-16', '2027-03-30', '2027-04-13', '2027-04-27']);
    const lastFriday = series({
      rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR',
      firstStart: { date: '2027-01-29', time: '09:00' },
      to: new Date('2027-05-01T00:00:00Z'),
    });
    expect(expandSeries(lastFriday).occurrences.map((o) => o.localDate)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
  });

  it('stops at until (inclusive) and after count meetings', () => {
    const until = series({ rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270330T235959' });
    expect(expandSeries(until).occurrences.map((o) => o.localDate)).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
    // Counting starts at the first meeting, also when the window starts later.
    const count = series({ rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=3', firstStart: { date: '2027-01-12', time: '13:00' } });
    expect(expandSeries(count).occurrences.map((o) => o.localDate)).toEqual(['2027-01-12', '2027-02-09', '2027-03-09']);
    expect(expandSeries({ ...count, from: new Date('2027-02-01T00:00:00Z') }).occurrences.map((o) => o.localDate)).toEqual(['2027-02-09', '2027-03-09']);
  });

  it('applies moved and cancelled exceptions', () => {
    const input = series({
      from: new Date('2027-03-20T00:00:00Z'),
      to: new Date('2027-04-10T00:00:00Z'),
      exceptions: [
        { originalDate: '2027-03-23', cancelled: true },
        { originalDate: '2027-03-30', moved: { date: '2027-04-01', time: '09:30', durationMinutes: 60 } },
        // Moved from outside the window into it.
        { originalDate: '2027-04-13', moved: { date: '2027-04-08', time: '13:00' } },
        // Not a meeting of the series: ignored.
        { originalDate: '2027-03-24', cancelled: true },
      ],
    });
    expect(summary(input)).toEqual([
      '2027-03-23 13:00–15:00 2027-03-23T12:00:00.000Z inställt',
      '2027-04-01 09:30–10:30 2027-04-01T07:30:00.000Z',
      '2027-04-06 13:00–15:00 2027-04-06T11:00:00.000Z',
      '2027-04-08 13:00–15:00 2027-04-08T11:00:00.000Z',
    ]);
    const moved = expandSeries(input).occurrences[1]!;
    expect(moved).toMatchObject({ originalDate: '2027-03-30', moved: true, cancelled: false });
    // Moved out of the window: gone from it.
    expect(summary({ ...input, from: new Date('2027-03-29T00:00:00Z'), to: new Date('2027-03-31T00:00:00Z') })).toEqual([]);
  });

  it('moves into the skipped hour by the gap', () => {
    const input = series({
      from: new Date('2027-03-27T00:00:00Z'),
      to: new Date('2027-03-29T00:00:00Z'),
      exceptions: [{ originalDate: '2027-03-23', moved: { date: '2027-03-28', time: '02:30', durationMinutes: 30 } }],
    });
    expect(summary(input)).toEqual(['2027-03-28 03:30–04:00 2027-03-28T01:30:00.000Z']);
  });

  it('includes a meeting under way at the start of the window', () => {
    expect(summary(series({ from: new Date('2027-03-16T13:00:00Z'), to: new Date('2027-03-17T00:00:00Z') }))).toEqual([
      '2027-03-16 13:00–15:00 2027-03-16T12:00:00.000Z',
    ]);
    expect(summary(series({ from: new Date('2027-03-16T14:00:00Z'), to: new Date('2027-03-17T00:00:00Z') }))).toEqual([]);
  });

  it('returns at most the limit and says so', () => {
    const open = series({ to: new Date('2050-01-01T00:00:00Z') });
    const all = expandSeries(open);
    expect(all.occurrences).toHaveLength(MAX_OCCURRENCES_PER_EXPANSION);
    expect(all.truncated).toBe(true);
    expect(expandSeries({ ...open, limit: 10_000 }).occurrences).toHaveLength(MAX_OCCURRENCES_PER_EXPANSION);
    const few = expandSeries({ ...open, limit: 3 });
    expect(few.occurrences.map((o) => o.localDate)).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
    expect(few.truncated).toBe(true);
    expect(expandSeries(series({ to: new Date('2027-04-01T00:00:00Z') })).truncated).toBe(false);
  });

  it('refuses what it cannot expand', () => {
    expect(() => expandSeries(series({ rrule: 'FREQ=SECONDLY' }))).toThrow(RangeError);
    expect(() => expandSeries(series({ rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=WE' }))).toThrow(/firstDate/);
    expect(() => expandSeries(series({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => expandSeries(series({ from: new Date('2028-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }))).toThrow(RangeError);
    expect(() => expandSeries(series({ firstStart: { date: '2027-03-16', time: '1300' } }))).toThrow(RangeError);
  });
});

describe('isSeriesOccurrenceDate', () => {
  it('knows the dates of the rule', () => {
    const definition = series({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3' });
    expect(['2027-03-16', '2027-03-23', '2027-03-30', '2027-04-13', '2027-04-27', 'x'].map((d) => isSeriesOccurrenceDate(definition, d))).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});
