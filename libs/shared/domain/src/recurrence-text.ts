import type { Locale } from './localized.js';
import { parseIsoDate } from './iso-date.js';
import type { MeetingRecurrence, RecurrenceSetPosition, RecurrenceWeekday } from './recurrence.js';

// Words by hand rather than Intl: the same text in the API's mails and in every browser.

const WEEKDAYS: Readonly<Record<RecurrenceWeekday, { svPlural: string; svDefinite: string; en: string }>> = {
  MO: { svPlural: 'måndagar', svDefinite: 'måndagen', en: 'Monday' },
  TU: { svPlural: 'tisdagar', svDefinite: 'tisdagen', en: 'Tuesday' },
  WE: { svPlural: 'onsdagar', svDefinite: 'onsdagen', en: 'Wednesday' },
  TH: { svPlural: 'torsdagar', svDefinite: 'torsdagen', en: 'Thursday' },
  FR: { svPlural: 'fredagar', svDefinite: 'fredagen', en: 'Friday' },
};

const POSITIONS: Readonly<Record<RecurrenceSetPosition, Record<Locale, string>>> = {
  1: { sv: 'första', en: 'first' },
  2: { sv: 'andra', en: 'second' },
  3: { sv: 'tredje', en: 'third' },
  4: { sv: 'fjärde', en: 'fourth' },
  [-1]: { sv: 'sista', en: 'last' },
};

const ORDINALS_SV = ['', '', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte', 'tolfte'];
const ORDINALS_EN = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "varje" / "varannan" / "var tredje"; "every" / "every second" / "every third". */
function every(interval: number, locale: Locale): string {
  if (locale === 'sv') return interval === 1 ? 'varje' : interval === 2 ? 'varannan' : `var ${ORDINALS_SV[interval] ?? `${interval}:e`}`;
  return interval === 1 ? 'every' : `every ${ORDINALS_EN[interval] ?? `${interval}th`}`;
}

function dayOrdinal(day: number, locale: Locale): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  if (locale === 'sv') return `${day}:${!teen && (day % 10 === 1 || day % 10 === 2) ? 'a' : 'e'}`;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** '2027-06-30' as "30 juni 2027" / "30 June 2027". */
export function formatRecurrenceDate(date: string, locale: Locale): string {
  const parts = parseIsoDate(date);
  return parts ? `${parts.day} ${MONTHS[locale][parts.month - 1]} ${parts.year}` : date;
}

function pattern(recurrence: MeetingRecurrence, locale: Locale): string {
  const { interval, weekday, setPosition, monthDay } = recurrence;
  if (recurrence.frequency === 'weekly' && weekday) {
    return locale === 'sv' ? `${every(interval, 'sv')} vecka på ${WEEKDAYS[weekday].svPlural}` : `${every(interval, 'en')} week on ${WEEKDAYS[weekday].en}s`;
  }
  if (weekday && setPosition !== undefined) {
    const position = POSITIONS[setPosition][locale];
    if (locale === 'sv') return `${position} ${WEEKDAYS[weekday].svDefinite} ${every(interval, 'sv')} månad`;
    return interval === 1
      ? `every ${position} ${WEEKDAYS[weekday].en} of the month`
      : `the ${position} ${WEEKDAYS[weekday].en} of ${every(interval, 'en')} month`;
  }
  if (monthDay !== undefined) {
    return locale === 'sv'
      ? `den ${dayOrdinal(monthDay, 'sv')} ${every(interval, 'sv')} månad`
      : `on the ${dayOrdinal(monthDay, 'en')} of ${every(interval, 'en')} month`;
  }
  return locale === 'sv'
    ? `${every(interval, 'sv')} ${recurrence.frequency === 'weekly' ? 'vecka' : 'månad'}`
    : `${every(interval, 'en')} ${recurrence.frequency === 'weekly' ? 'week' : 'month'}`;
}

/**
 * The recurrence in words, capitalised, for forms, pages and mails:
 * "Andra tisdagen varje månad, till och med 30 juni 2027", "Varannan vecka på tisdagar, 10 gånger",
 * "Every second Tuesday of the month", "Every second week on Tuesdays, until 30 June 2027".
 * Describes what it is given; an invalid recurrence gets a best-effort text.
 */
export function describeRecurrence(recurrence: MeetingRecurrence, locale: Locale): string {
  let text = pattern(recurrence, locale);
  if (recurrence.until !== undefined) {
    text += locale === 'sv' ? `, till och med ${formatRecurrenceDate(recurrence.until, 'sv')}` : `, until ${formatRecurrenceDate(recurrence.until, 'en')}`;
  } else if (recurrence.count !== undefined) {
    const count = recurrence.count;
    text += locale === 'sv' ? `, ${count} ${count === 1 ? 'gång' : 'gånger'}` : count === 1 ? ', once' : `, ${count} times`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
