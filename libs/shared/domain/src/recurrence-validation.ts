import { addYears, formatIsoDate, parseIsoDate } from './iso-date.js';
import { describeRecurrence } from './recurrence-text.js';
import {
  RECURRENCE_FREQUENCIES,
  RECURRENCE_LIMITS,
  RECURRENCE_SET_POSITIONS,
  isRecurrenceWeekday,
  recurrenceMatchesDate,
  type MeetingRecurrence,
} from './recurrence.js';

/** A field of `MeetingRecurrence`, or `firstDate` for the series' first meeting date given alongside. */
export type RecurrenceFieldPath = keyof MeetingRecurrence | 'firstDate';

/** One field's problem, worded in Swedish for the form; the API prefixes `path` with its input's name. */
export interface RecurrenceFieldError {
  readonly path: RecurrenceFieldPath;
  readonly message: string;
}

const { maxInterval, maxMonthDay, maxCount, maxYears } = RECURRENCE_LIMITS;

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * What is wrong with a recurrence, at most one error per field; empty when it is valid.
 * With `firstDate` ('YYYY-MM-DD', the first meeting) it also checks that the first meeting follows
 * the rule and that `until` lies after it and at most ten years later.
 */
export function validateRecurrence(recurrence: MeetingRecurrence, options: { readonly firstDate?: string } = {}): RecurrenceFieldError[] {
  const errors = new Map<RecurrenceFieldPath, string>();
  const add = (path: RecurrenceFieldPath, message: string): void => {
    if (!errors.has(path)) errors.set(path, message);
  };
  const { frequency, interval, weekday, setPosition, monthDay, until, count } = recurrence;

  if (!(RECURRENCE_FREQUENCIES as readonly string[]).includes(frequency)) add('frequency', 'Välj om mötet återkommer varje vecka eller varje månad.');
  if (!isIntegerIn(interval, 1, maxInterval)) add('interval', `Intervallet måste vara ett heltal från 1 till ${maxInterval}.`);
  if (weekday !== undefined && !isRecurrenceWeekday(weekday)) add('weekday', 'Välj en veckodag från måndag till fredag.');
  if (setPosition !== undefined && !(RECURRENCE_SET_POSITIONS as readonly number[]).includes(setPosition)) {
    add('setPosition', 'Välj första, andra, tredje, fjärde eller sista.');
  }
  if (monthDay !== undefined && !isIntegerIn(monthDay, 1, maxMonthDay)) {
    add('monthDay', `Dagen i månaden måste vara från 1 till ${maxMonthDay}, så att den finns i alla månader.`);
  }

  if (frequency === 'weekly') {
    if (weekday === undefined) add('weekday', 'Välj veckodag.');
    if (setPosition !== undefined) add('setPosition', 'Vilken veckodag i månaden går bara att välja när mötet återkommer varje månad.');
    if (monthDay !== undefined) add('monthDay', 'Dag i månaden går bara att välja när mötet återkommer varje månad.');
  } else if (frequency === 'monthly') {
    if (weekday !== undefined && monthDay !== undefined) add('monthDay', 'Välj antingen en veckodag i månaden eller en dag i månaden, inte båda.');
    else if (weekday === undefined && monthDay === undefined)
      add('weekday', 'Välj en veckodag i månaden (till exempel andra tisdagen) eller en dag i månaden.');
    else if (weekday !== undefined && setPosition === undefined)
      add('setPosition', 'Välj vilken veckodag i månaden: första, andra, tredje, fjärde eller sista.');
    if (weekday === undefined && setPosition !== undefined)
      add('setPosition', 'Första, andra, tredje, fjärde eller sista går bara att välja tillsammans med en veckodag.');
  }

  const untilDate = until === undefined ? null : parseIsoDate(until);
  if (until !== undefined && !untilDate) add('until', 'Slutdatumet måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  if (count !== undefined) {
    if (until !== undefined) add('count', 'Välj antingen ett slutdatum eller ett antal gånger, inte båda.');
    else if (!isIntegerIn(count, 1, maxCount)) add('count', `Antalet gånger måste vara ett heltal från 1 till ${maxCount}.`);
  }

  if (options.firstDate !== undefined) {
    const first = parseIsoDate(options.firstDate);
    if (!first) {
      add('firstDate', 'Datumet för första mötet måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
    } else {
      // 'YYYY-MM-DD' strings compare as dates.
      if (untilDate && until !== undefined) {
        if (until <= options.firstDate) add('until', 'Slutdatumet måste vara efter första mötet.');
        else if (until > formatIsoDate(addYears(first, maxYears))) add('until', `Slutdatumet får vara högst ${maxYears} år efter första mötet.`);
      }
      const patternValid = !['frequency', 'weekday', 'setPosition', 'monthDay'].some((path) => errors.has(path as RecurrenceFieldPath));
      if (patternValid && !recurrenceMatchesDate(recurrence, options.firstDate)) {
        const rule = describeRecurrence({ frequency, interval, weekday, setPosition, monthDay }, 'sv');
        add('firstDate', `Första mötet måste följa upprepningen: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}.`);
      }
    }
  }

  return [...errors].map(([path, message]) => ({ path, message }));
}
