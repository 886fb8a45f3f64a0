import {
  ACTION_ITEM_STATUSES,
  MEETING_STATUSES,
  NETWORK_ADMISSIONS,
  NETWORK_KINDS,
  NETWORK_LEVELS,
  NETWORK_MEMBER_STATUSES,
  NETWORK_ROLES,
  type Locale,
} from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';

// Labels of a network's codes; the lists in @portal/shared-domain are the one source.

export const networkLevelLabel = (code: string, locale: Locale) => termLabel(NETWORK_LEVELS, code, locale);
export const networkKindLabel = (code: string, locale: Locale) => termLabel(NETWORK_KINDS, code, locale);
export const networkAdmissionLabel = (code: string, locale: Locale) => termLabel(NETWORK_ADMISSIONS, code, locale);
export const networkRoleLabel = (code: string, locale: Locale) => termLabel(NETWORK_ROLES, code, locale);
export const networkMemberStatusLabel = (code: string, locale: Locale) => termLabel(NETWORK_MEMBER_STATUSES, code, locale);
export const meetingStatusLabel = (code: string, locale: Locale) => termLabel(MEETING_STATUSES, code, locale);
export const actionItemStatusLabel = (code: string, locale: Locale) => termLabel(ACTION_ITEM_STATUSES, code, locale);

/** A list of codes as select options in the reader's language. */
export const codeOptions = (terms: readonly { readonly code: string; readonly label: Readonly<Record<Locale, string>> }[], locale: Locale) =>
  terms.map((term) => ({ value: term.code, label: term.label[locale] }));

/** Dates and times as the portal writes them, always in Swedish time (meetings are planned there). */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm', ...options });
}

/** An ISO instant from the API in words; the text itself when it is not a date. */
export function formatInstant(value: unknown, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat(locale, options).format(date);
}

/** A local calendar date ('YYYY-MM-DD', as meetings, decisions and due dates carry) in words; the text itself when it is not one. */
export function formatLocalDate(date: string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  // Noon UTC, formatted in UTC: the same calendar day wherever the browser is.
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { ...options, timeZone: 'UTC' }).format(instant);
}

/** "tisdag 9 mars 2027": a meeting's local date with its weekday. */
export const formatMeetingDate = (date: string, locale: Locale) =>
  formatLocalDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
