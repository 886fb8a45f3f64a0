import {
  isIsoDate,
  isRecurrenceWeekday,
  NETWORK_LIMITS,
  RECURRENCE_FREQUENCIES,
  SHAREABLE_KINDS,
  validateRecurrence,
  type MeetingRecurrence,
  type RecurrenceSetPosition,
  type ShareableKind,
} from '@portal/shared-domain';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { isUuid, text, webAddress } from '../validation/field-checks.js';
import type {
  ActionItemInput,
  AgendaItemInput,
  AttendeeInput,
  DecisionInput,
  MeetingInput,
  MeetingRecurrenceInput,
  MeetingSeriesInput,
} from './meeting.inputs.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface MeetingTimes {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
}

export interface SeriesValues extends Omit<MeetingTimes, 'date'> {
  firstDate: string;
  recurrence: MeetingRecurrence;
}

function times(errors: FieldErrorCollector, dateField: string, input: { date: string; startTime: string; endTime: string }): void {
  if (!isIsoDate(input.date.trim())) errors.add(dateField, 'Ange ett datum som ÅÅÅÅ-MM-DD.');
  const start = input.startTime.trim();
  const end = input.endTime.trim();
  if (!TIME.test(start)) errors.add('startTime', 'Ange starttiden som TT:MM, t.ex. 13:00.');
  if (!TIME.test(end)) errors.add('endTime', 'Ange sluttiden som TT:MM, t.ex. 15:00.');
  if (TIME.test(start) && TIME.test(end) && end <= start) errors.add('endTime', 'Mötet måste sluta efter att det börjar.');
}

function place(
  errors: FieldErrorCollector,
  input: { title: string; location: string; onlineUrl: string },
): Pick<MeetingTimes, 'title' | 'location' | 'onlineUrl'> {
  return {
    title: text(errors, 'title', input.title, 'Mötets rubrik', NETWORK_LIMITS.name, true),
    location: text(errors, 'location', input.location, 'Platsen', NETWORK_LIMITS.shortText),
    onlineUrl: webAddress(errors, 'onlineUrl', input.onlineUrl, NETWORK_LIMITS.url),
  };
}

export function validateMeeting(input: MeetingInput): MeetingTimes {
  const errors = new FieldErrorCollector();
  times(errors, 'date', input);
  const values = { ...place(errors, input), date: input.date.trim(), startTime: input.startTime.trim(), endTime: input.endTime.trim() };
  errors.throwIfAny();
  return values;
}

function toRecurrence(input: MeetingRecurrenceInput): MeetingRecurrence {
  return {
    frequency: (RECURRENCE_FREQUENCIES as readonly string[]).includes(input.frequency) ? (input.frequency as MeetingRecurrence['frequency']) : ('' as never),
    interval: input.interval,
    ...(input.weekday ? { weekday: isRecurrenceWeekday(input.weekday) ? input.weekday : ('' as never) } : {}),
    ...(input.setPosition !== null && input.setPosition !== undefined ? { setPosition: input.setPosition as RecurrenceSetPosition } : {}),
    ...(input.monthDay !== null && input.monthDay !== undefined ? { monthDay: input.monthDay } : {}),
    ...(input.until ? { until: input.until.trim() } : {}),
    ...(input.count !== null && input.count !== undefined ? { count: input.count } : {}),
  };
}

export function validateSeries(input: MeetingSeriesInput): SeriesValues {
  const errors = new FieldErrorCollector();
  times(errors, 'firstDate', { date: input.firstDate, startTime: input.startTime, endTime: input.endTime });
  const recurrence = toRecurrence(input.recurrence);
  if (!(RECURRENCE_FREQUENCIES as readonly string[]).includes(input.recurrence.frequency))
    errors.add('recurrence.frequency', 'Välj hur ofta mötet återkommer.');
  if (input.recurrence.weekday && !isRecurrenceWeekday(input.recurrence.weekday)) errors.add('recurrence.weekday', 'Välj en veckodag, måndag till fredag.');
  if (errors.errors['recurrence.frequency'] === undefined && errors.errors['recurrence.weekday'] === undefined) {
    for (const error of validateRecurrence(recurrence, isIsoDate(input.firstDate.trim()) ? { firstDate: input.firstDate.trim() } : {})) {
      errors.add(error.path === 'firstDate' ? 'firstDate' : `recurrence.${error.path}`, error.message);
    }
  }
  const values = { ...place(errors, input), firstDate: input.firstDate.trim(), startTime: input.startTime.trim(), endTime: input.endTime.trim(), recurrence };
  errors.throwIfAny();
  return values;
}

export interface AgendaValues {
  title: string;
  presenter: string;
  startsAt: string;
  durationMinutes: number | null;
  links: Array<{ kind: ShareableKind; id: string }>;
}

export function validateAgenda(items: readonly AgendaItemInput[]): AgendaValues[] {
  const errors = new FieldErrorCollector();
  if (items.length > NETWORK_LIMITS.agendaItems) errors.add('items', `Högst ${NETWORK_LIMITS.agendaItems} punkter på dagordningen.`);
  const values = items.map((item, i) => {
    const path = `items.${i}`;
    const startsAt = item.startsAt.trim();
    if (startsAt && !TIME.test(startsAt)) errors.add(`${path}.startsAt`, 'Ange tiden som TT:MM, t.ex. 13:15.');
    const duration = item.durationMinutes ?? null;
    if (duration !== null && (!Number.isInteger(duration) || duration < 1 || duration > 600))
      errors.add(`${path}.durationMinutes`, 'Ange längden i minuter, 1–600.');
    if (item.links.length > NETWORK_LIMITS.agendaLinks) errors.add(`${path}.links`, `Högst ${NETWORK_LIMITS.agendaLinks} kopplingar per punkt.`);
    const links = item.links.map((link, j) => {
      if (!(SHAREABLE_KINDS as readonly string[]).includes(link.kind) || !isUuid(link.id))
        errors.add(`${path}.links.${j}`, 'Kopplingen pekar inte på en insats eller metod.');
      return { kind: link.kind as ShareableKind, id: link.id };
    });
    return {
      title: text(errors, `${path}.title`, item.title, 'Punktens rubrik', NETWORK_LIMITS.name, true),
      presenter: text(errors, `${path}.presenter`, item.presenter, 'Föredragande', NETWORK_LIMITS.shortText),
      startsAt,
      durationMinutes: duration,
      links,
    };
  });
  errors.throwIfAny();
  return values;
}

export function validateAttendance(attendees: readonly AttendeeInput[]): Array<{ userId: string | null; name: string; organizationName: string }> {
  const errors = new FieldErrorCollector();
  if (attendees.length > NETWORK_LIMITS.attendance) errors.add('attendees', `Högst ${NETWORK_LIMITS.attendance} deltagare.`);
  const values = attendees.map((a, i) => ({
    userId: a.userId?.trim() || null,
    name: text(errors, `attendees.${i}.name`, a.name, 'Namnet', NETWORK_LIMITS.shortText, true),
    organizationName: text(errors, `attendees.${i}.organizationName`, a.organizationName, 'Organisationen', NETWORK_LIMITS.shortText),
  }));
  errors.throwIfAny();
  return values;
}

export function validateMinutes(body: string): string {
  const errors = new FieldErrorCollector();
  const value = text(errors, 'body', body, 'Protokollet', NETWORK_LIMITS.minutes);
  errors.throwIfAny();
  return value;
}

export function validateDecision(input: DecisionInput): { text: string; responsible: string; decidedOn: string | null } {
  const errors = new FieldErrorCollector();
  const decidedOn = input.decidedOn?.trim() || null;
  if (decidedOn && !isIsoDate(decidedOn)) errors.add('decidedOn', 'Ange ett datum som ÅÅÅÅ-MM-DD.');
  const values = {
    text: text(errors, 'text', input.text, 'Beslutet', NETWORK_LIMITS.decision, true),
    responsible: text(errors, 'responsible', input.responsible, 'Ansvarig', NETWORK_LIMITS.shortText),
    decidedOn,
  };
  errors.throwIfAny();
  return values;
}

export function validateActionItem(input: ActionItemInput): { title: string; ownerName: string; ownerUserId: string | null; dueDate: string | null } {
  const errors = new FieldErrorCollector();
  const dueDate = input.dueDate?.trim() || null;
  if (dueDate && !isIsoDate(dueDate)) errors.add('dueDate', 'Ange ett datum som ÅÅÅÅ-MM-DD.');
  const values = {
    title: text(errors, 'title', input.title, 'Åtgärden', NETWORK_LIMITS.shortText, true),
    ownerName: text(errors, 'ownerName', input.ownerName, 'Ansvarig', NETWORK_LIMITS.shortText),
    ownerUserId: input.ownerUserId?.trim() || null,
    dueDate,
  };
  errors.throwIfAny();
  return values;
}
