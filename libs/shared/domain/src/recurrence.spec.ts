import { describe, expect, it } from 'vitest';
import { parseRrule, recurrenceChoicesFor, recurrenceMatchesDate, toRrule, type MeetingRecurrence } from './recurrence.js';
import { describeRecurrence } from './recurrence-text.js';
import { validateRecurrence } from './recurrence-validation.js';

const secondTuesday: MeetingRecurrence = { frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2 };
const everySecondWeek: MeetingRecurrence = { frequency: 'weekly', interval: 2, weekday: 'TU' };

describe('toRrule and parseRrule', () => {
  it.each<[MeetingRecurrence, string]>([
    [secondTuesday, 'FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2'],
    [everySecondWeek, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    [{ frequency: 'monthly', interval: 3, weekday: 'FR', setPosition: -1, count: 10 }, 'FREQ=MONTHLY;INTERVAL=3;BYDAY=FR;BYSETPOS=-1;COUNT=10'],
    [{ frequency: 'monthly', interval: 1, monthDay: 15, until: '2027-06-30' }, 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;UNTIL=20270630T235959'],
    [{ frequency: 'weekly', interval: 1, weekday: 'MO', until: '2028-01-31' }, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20280131T235959'],
  ])('%o ⇄ %s', (recurrence, rule) => {
    expect(toRrule(recurrence)).toBe(rule);
    expect(parseRrule(rule)).toEqual(recurrence);
    expect(parseRrule(`RRULE:${rule}`)).toEqual(recurrence);
  });

  it('reads the other spellings of the same rules', () => {
    expect(parseRrule('FREQ=MONTHLY;BYDAY=2TU')).toEqual(secondTuesday);
    expect(parseRrule('rrule:freq=monthly;byday=-1fr;wkst=mo')).toEqual({ frequency: 'monthly', interval: 1, weekday: 'FR', setPosition: -1 });
    expect(parseRrule('BYDAY=TU;FREQ=WEEKLY;INTERVAL=2')).toEqual(everySecondWeek);
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630')?.until).toBe('2027-06-30');
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215959Z')?.until).toBe('2027-06-30');
  });

  it.each([
    '',
    'FREQ=DAILY;INTERVAL=1',
    'FREQ=WEEKLY;BYDAY=TU,TH',
    'FREQ=WEEKLY;BYDAY=SA',
    'FREQ=WEEKLY',
    'FREQ=MONTHLY;BYDAY=5TU',
    'FREQ=MONTHLY;BYDAY=2TU;BYSETPOS=2',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1,3',
    'FREQ=YEARLY;BYMONTH=3',
    'FREQ=WEEKLY;BYDAY=TU;BYMONTH=3',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=3;UNTIL=20270630',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270230',
    'FREQ=WEEKLY;BYDAY=TU;INTERVAL=-1',
    'FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=TU',
    'FREQ=WEEKLY;BYDAY=TU;WKST=SU',
    'DTSTART:20270112T130000Z',
  ])('refuses %s', (rule) => {
    expect(parseRrule(rule)).toBeNull();
  });
});

describe('describeRecurrence', () => {
  it.each<[MeetingRecurrence, string, string]>([
    [secondTuesday, 'Andra tisdagen varje månad', 'Every second Tuesday of the month'],
    [everySecondWeek, 'Varannan vecka på tisdagar', 'Every second week on Tuesdays'],
    [{ frequency: 'weekly', interval: 1, weekday: 'MO' }, 'Varje vecka på måndagar', 'Every week on Mondays'],
    [{ frequency: 'weekly', interval: 3, weekday: 'TH' }, 'Var tredje vecka på torsdagar', 'Every third week on Thursdays'],
    [{ ...secondTuesday, setPosition: -1, weekday: 'FR', interval: 2 }, 'Sista fredagen varannan månad', 'The last Friday of every second month'],
    [{ ...secondTuesday, setPosition: 1, weekday: 'WE', interval: 12 }, 'Första onsdagen var tolfte månad', 'The first Wednesday of every twelfth month'],
    [{ frequency: 'monthly', interval: 1, monthDay: 15 }, 'Den 15:e varje månad', 'On the 15th of every month'],
    [{ frequency: 'monthly', interval: 2, monthDay: 1 }, 'Den 1:a varannan månad', 'On the 1st of every second month'],
    [{ frequency: 'monthly', interval: 1, monthDay: 22 }, 'Den 22:a varje månad', 'On the 22nd of every month'],
    [{ frequency: 'monthly', interval: 1, monthDay: 12 }, 'Den 12:e varje månad', 'On the 12th of every month'],
    [
      { ...secondTuesday, until: '2027-06-30' },
      'Andra tisdagen varje månad, till och med 30 juni 2027',
      'Every second Tuesday of the month, until 30 June 2027',
    ],
    [{ ...everySecondWeek, count: 10 }, 'Varannan vecka på tisdagar, 10 gånger', 'Every second week on Tuesdays, 10 times'],
    [{ ...everySecondWeek, count: 1 }, 'Varannan vecka på tisdagar, 1 gång', 'Every second week on Tuesdays, once'],
  ])('%o', (recurrence, sv, en) => {
    expect(describeRecurrence(recurrence, 'sv')).toBe(sv);
    expect(describeRecurrence(recurrence, 'en')).toBe(en);
  });
});

describe('recurrenceMatchesDate and recurrenceChoicesFor', () => {
  it('knows the n:th and the last weekday of a month', () => {
    expect(recurrenceMatchesDate(secondTuesday, '2027-03-09')).toBe(true);
    expect(recurrenceMatchesDate(secondTuesday, '2027-03-02')).toBe(false);
    expect(recurrenceMatchesDate(secondTuesday, '2027-03-10')).toBe(false);
    const lastFriday: MeetingRecurrence = { frequency: 'monthly', interval: 1, weekday: 'FR', setPosition: -1 };
    expect(recurrenceMatchesDate(lastFriday, '2027-02-26')).toBe(true);
    expect(recurrenceMatchesDate(lastFriday, '2027-02-19')).toBe(false);
    expect(recurrenceMatchesDate({ frequency: 'monthly', interval: 1, monthDay: 15 }, '2027-05-15')).toBe(true);
    expect(recurrenceMatchesDate(everySecondWeek, '2027-02-30')).toBe(false);
  });

  it('offers what a chosen date allows', () => {
    expect(recurrenceChoicesFor('2027-03-09').map((r) => describeRecurrence(r, 'sv'))).toEqual([
      'Varje vecka på tisdagar',
      'Varannan vecka på tisdagar',
      'Andra tisdagen varje månad',
      'Den 9:e varje månad',
    ]);
    expect(recurrenceChoicesFor('2027-03-30').map((r) => describeRecurrence(r, 'sv'))).toEqual([
      'Varje vecka på tisdagar',
      'Varannan vecka på tisdagar',
      'Sista tisdagen varje månad',
    ]);
    expect(recurrenceChoicesFor('2027-03-27').map((r) => toRrule(r))).toEqual(['FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=27']);
    for (const date of ['2027-03-09', '2027-03-30', '2027-02-26']) {
      for (const choice of recurrenceChoicesFor(date)) {
        expect(recurrenceMatchesDate(choice, date)).toBe(true);
        expect(validateRecurrence(choice, { firstDate: date })).toEqual([]);
      }
    }
  });
});

describe('validateRecurrence', () => {
  const errorsOf = (recurrence: MeetingRecurrence, firstDate?: string) =>
    Object.fromEntries(validateRecurrence(recurrence, firstDate === undefined ? {} : { firstDate }).map((e) => [e.path, e.message]));

  it('accepts the usual rules', () => {
    expect(validateRecurrence(secondTuesday, { firstDate: '2027-01-12' })).toEqual([]);
    expect(validateRecurrence({ ...everySecondWeek, count: 10 }, { firstDate: '2027-03-23' })).toEqual([]);
    expect(validateRecurrence({ frequency: 'monthly', interval: 1, monthDay: 28, until: '2036-12-31' }, { firstDate: '2027-01-28' })).toEqual([]);
  });

  it('words each field in Swedish', () => {
    expect(errorsOf({ ...secondTuesday, interval: 0 })).toEqual({ interval: 'Intervallet måste vara ett heltal från 1 till 12.' });
    expect(errorsOf({ ...secondTuesday, interval: 1.5 })).toHaveProperty('interval');
    expect(errorsOf({ ...secondTuesday, interval: 13 })).toHaveProperty('interval');
    expect(errorsOf({ ...everySecondWeek, setPosition: 2 })).toEqual({
      setPosition: 'Vilken veckodag i månaden går bara att välja när mötet återkommer varje månad.',
    });
    expect(errorsOf({ frequency: 'weekly', interval: 1 })).toEqual({ weekday: 'Välj veckodag.' });
    expect(errorsOf({ frequency: 'weekly', interval: 1, weekday: 'SA' as never })).toEqual({ weekday: 'Välj en veckodag från måndag till fredag.' });
    expect(errorsOf({ ...everySecondWeek, monthDay: 3 })).toHaveProperty('monthDay');
    expect(errorsOf({ frequency: 'monthly', interval: 1, weekday: 'TU' })).toHaveProperty('setPosition');
    expect(errorsOf({ frequency: 'monthly', interval: 1 })).toHaveProperty('weekday');
    expect(errorsOf({ frequency: 'monthly', interval: 1, setPosition: 2, monthDay: 3 })).toHaveProperty('setPosition');
    expect(errorsOf({ ...secondTuesday, monthDay: 3 })).toHaveProperty('monthDay');
    expect(errorsOf({ ...secondTuesday, setPosition: 5 as never })).toHaveProperty('setPosition');
    expect(errorsOf({ frequency: 'monthly', interval: 1, monthDay: 31 })).toEqual({
      monthDay: 'Dagen i månaden måste vara från 1 till 28, så att den finns i alla månader.',
    });
    expect(errorsOf({ frequency: 'daily' as never, interval: 1, weekday: 'TU' })).toHaveProperty('frequency');
    expect(errorsOf({ ...secondTuesday, count: 0 })).toHaveProperty('count');
    expect(errorsOf({ ...secondTuesday, count: 201 })).toHaveProperty('count');
    expect(errorsOf({ ...secondTuesday, count: 3, until: '2027-06-30' })).toEqual({ count: 'Välj antingen ett slutdatum eller ett antal gånger, inte båda.' });
    expect(errorsOf({ ...secondTuesday, until: '2027-02-30' })).toEqual({ until: 'Slutdatumet måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).' });
  });

  it('checks until and the pattern against the first meeting', () => {
    expect(errorsOf({ ...secondTuesday, until: '2027-01-12' }, '2027-01-12')).toEqual({ until: 'Slutdatumet måste vara efter första mötet.' });
    expect(errorsOf({ ...secondTuesday, until: '2037-01-13' }, '2027-01-12')).toEqual({ until: 'Slutdatumet får vara högst 10 år efter första mötet.' });
    expect(errorsOf({ ...secondTuesday, until: '2037-01-12' }, '2027-01-12')).toEqual({});
    expect(errorsOf(secondTuesday, '2027-01-19')).toEqual({ firstDate: 'Första mötet måste följa upprepningen: andra tisdagen varje månad.' });
    expect(errorsOf(everySecondWeek, '2027-01-20')).toEqual({ firstDate: 'Första mötet måste följa upprepningen: varannan vecka på tisdagar.' });
    expect(errorsOf(secondTuesday, '12/1/2027')).toHaveProperty('firstDate');
    // A broken pattern is reported once, on its own field, not again as a mismatch with the first date.
    expect(errorsOf({ frequency: 'monthly', interval: 1, weekday: 'TU' }, '2027-01-19')).toEqual({
      setPosition: 'Välj vilken veckodag i månaden: första, andra, tredje, fjärde eller sista.',
    });
  });
});
