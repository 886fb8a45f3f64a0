import { parseRrule, recurrenceChoicesFor, toRrule, validateRecurrence, type MeetingRecurrence } from '@portal/shared-domain';
import type { MeetingInput, MeetingSeriesInput } from '../gql/graphql';

// The values, checks and inputs of the series form and the single-meeting form. The checks follow
// the API's (meeting.validation.ts); the server's messages win where they differ.

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEB = /^https?:\/\/\S+$/i;

export interface MeetingTimesState {
  readonly title: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string;
  readonly onlineUrl: string;
}

export interface SingleMeetingState extends MeetingTimesState {
  readonly date: string;
}

export type SeriesEnding = 'none' | 'until' | 'count';

export interface SeriesState extends MeetingTimesState {
  readonly firstDate: string;
  /** The chosen recurrence, as its RRULE (one of recurrenceChoicesFor(firstDate)). */
  readonly recurrence: string;
  readonly ending: SeriesEnding;
  readonly until: string;
  readonly count: string;
}

export interface MeetingFormTexts {
  readonly titleRequired: string;
  readonly dateRequired: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly endBeforeStart: string;
  readonly recurrenceRequired: string;
  readonly onlineUrl: string;
}

export const emptySingleMeeting = (): SingleMeetingState => ({ title: '', date: '', startTime: '', endTime: '', location: '', onlineUrl: '' });

export const emptySeries = (): SeriesState => ({
  title: '',
  firstDate: '',
  startTime: '',
  endTime: '',
  recurrence: '',
  ending: 'none',
  until: '',
  count: '',
  location: '',
  onlineUrl: '',
});

export const singleMeetingFieldOrder = () => ['title', 'date', 'startTime', 'endTime', 'location', 'onlineUrl'] as const;
export const seriesFieldOrder = () =>
  ['title', 'firstDate', 'startTime', 'endTime', 'recurrence', 'ending', 'recurrence.until', 'recurrence.count', 'location', 'onlineUrl'] as const;

/** A stored series as the form's values: its RRULE split into the recurrence chosen and its ending. */
export function seriesStateOf(series: {
  readonly title: string;
  readonly firstDate: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string;
  readonly onlineUrl: string;
  readonly rrule: string;
}): SeriesState {
  const parsed = parseRrule(series.rrule);
  const { until, count, ...base } = parsed ?? { frequency: 'weekly', interval: 1 };
  return {
    title: series.title,
    firstDate: series.firstDate,
    startTime: series.startTime,
    endTime: series.endTime,
    recurrence: parsed ? toRrule(base) : '',
    ending: until !== undefined ? 'until' : count !== undefined ? 'count' : 'none',
    until: until ?? '',
    count: count !== undefined ? String(count) : '',
    location: series.location,
    onlineUrl: series.onlineUrl,
  };
}

/** The recurrences the first date allows, each with its RRULE as the form's value. */
export function recurrenceOptions(firstDate: string): { readonly rrule: string; readonly recurrence: MeetingRecurrence }[] {
  return (DATE.test(firstDate) ? recurrenceChoicesFor(firstDate) : []).map((recurrence) => ({ rrule: toRrule(recurrence), recurrence }));
}

/** The chosen recurrence with its ending; undefined when none of the offered ones is chosen. */
export function chosenRecurrence(state: SeriesState): MeetingRecurrence | undefined {
  const base = recurrenceOptions(state.firstDate).find((option) => option.rrule === state.recurrence)?.recurrence;
  if (!base) return undefined;
  if (state.ending === 'until') return { ...base, until: state.until.trim() };
  if (state.ending === 'count') return { ...base, count: Number(state.count.trim()) };
  return base;
}

function timesErrors(state: MeetingTimesState, dateField: string, date: string, texts: MeetingFormTexts): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!state.title.trim()) errors['title'] = texts.titleRequired;
  if (!DATE.test(date.trim())) errors[dateField] = texts.dateRequired;
  const start = state.startTime.trim();
  const end = state.endTime.trim();
  if (!TIME.test(start)) errors['startTime'] = texts.startTime;
  if (!TIME.test(end)) errors['endTime'] = texts.endTime;
  if (TIME.test(start) && TIME.test(end) && end <= start) errors['endTime'] = texts.endBeforeStart;
  if (state.onlineUrl.trim() && !WEB.test(state.onlineUrl.trim())) errors['onlineUrl'] = texts.onlineUrl;
  return errors;
}

export const singleMeetingErrors = (state: SingleMeetingState, texts: MeetingFormTexts) => timesErrors(state, 'date', state.date, texts);

export function seriesErrors(state: SeriesState, texts: MeetingFormTexts): Record<string, string> {
  const errors = timesErrors(state, 'firstDate', state.firstDate, texts);
  const recurrence = chosenRecurrence(state);
  if (!recurrence) {
    if (!errors['firstDate']) errors['recurrence'] = texts.recurrenceRequired;
    return errors;
  }
  // The shared rules (and their Swedish words) for until and count.
  for (const error of validateRecurrence(recurrence, { firstDate: state.firstDate })) {
    const path = error.path === 'firstDate' ? 'firstDate' : error.path === 'until' || error.path === 'count' ? `recurrence.${error.path}` : 'recurrence';
    errors[path] ??= error.message;
  }
  return errors;
}

const place = (state: MeetingTimesState) => ({
  title: state.title.trim(),
  startTime: state.startTime.trim(),
  endTime: state.endTime.trim(),
  location: state.location.trim(),
  onlineUrl: state.onlineUrl.trim(),
});

export const toMeetingInput = (state: SingleMeetingState): MeetingInput => ({ ...place(state), date: state.date.trim() });

export function toSeriesInput(networkId: string, state: SeriesState): MeetingSeriesInput {
  const recurrence = chosenRecurrence(state);
  return {
    ...place(state),
    networkId,
    firstDate: state.firstDate.trim(),
    recurrence: recurrence
      ? {
          frequency: recurrence.frequency,
          interval: recurrence.interval,
          weekday: recurrence.weekday ?? null,
          setPosition: recurrence.setPosition ?? null,
          monthDay: recurrence.monthDay ?? null,
          until: recurrence.until ?? null,
          count: recurrence.count ?? null,
        }
      : { frequency: '', interval: 1 },
  };
}
