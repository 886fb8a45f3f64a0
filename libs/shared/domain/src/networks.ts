import type { VocabularyTermDefinition } from './localized.js';

// Codes and limits of networks (Nätverk) and their meetings that web and API must agree on.

/** Where a network sits: regional networks hold sub-regional clusters, which hold local working groups. */
export const NETWORK_LEVELS = [
  { code: 'regional', label: { sv: 'Regionalt', en: 'Regional' } },
  { code: 'subregional', label: { sv: 'Delregionalt eller kluster', en: 'Sub-regional or cluster' } },
  { code: 'local', label: { sv: 'Lokal arbetsgrupp', en: 'Local working group' } },
  { code: 'after-training', label: { sv: 'Efter utbildning', en: 'After a training' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type NetworkLevelCode = (typeof NETWORK_LEVELS)[number]['code'];

export const NETWORK_KINDS = [
  { code: 'hr', label: { sv: 'HR', en: 'HR' } },
  { code: 'labour-market', label: { sv: 'Arbetsmarknad', en: 'Labour market' } },
  { code: 'supervisors', label: { sv: 'Handledare', en: 'Supervisors' } },
  { code: 'theme', label: { sv: 'Tema', en: 'Theme' } },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type NetworkKindCode = (typeof NETWORK_KINDS)[number]['code'];

/** Open: anyone signed in may ask to join (a chair approves). Invitation: only by a chair's invitation. */
export const NETWORK_ADMISSIONS = [
  { code: 'open', label: { sv: 'Öppet: alla inloggade kan ansöka', en: 'Open: anyone signed in may ask to join' } },
  { code: 'invitation', label: { sv: 'Slutet: genom inbjudan', en: 'Closed: by invitation' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type NetworkAdmissionCode = (typeof NETWORK_ADMISSIONS)[number]['code'];

/** Chairs run the network; secretaries plan meetings and write minutes with them; members read and take part. */
export const NETWORK_ROLES = [
  { code: 'chair', label: { sv: 'Ordförande', en: 'Chair' } },
  { code: 'secretary', label: { sv: 'Sekreterare', en: 'Secretary' } },
  { code: 'member', label: { sv: 'Medlem', en: 'Member' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type NetworkRoleCode = (typeof NETWORK_ROLES)[number]['code'];

/** A membership is invited (waits for the invitee), requested (waits for a chair) or active. */
export const NETWORK_MEMBER_STATUSES = [
  { code: 'invited', label: { sv: 'Inbjuden', en: 'Invited' } },
  { code: 'requested', label: { sv: 'Har ansökt', en: 'Has asked to join' } },
  { code: 'active', label: { sv: 'Medlem', en: 'Member' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type NetworkMemberStatusCode = (typeof NETWORK_MEMBER_STATUSES)[number]['code'];

export const MEETING_STATUSES = [
  { code: 'planned', label: { sv: 'Planerat', en: 'Planned' } },
  { code: 'held', label: { sv: 'Genomfört', en: 'Held' } },
  { code: 'cancelled', label: { sv: 'Inställt', en: 'Cancelled' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MeetingStatusCode = (typeof MEETING_STATUSES)[number]['code'];

export const ACTION_ITEM_STATUSES = [
  { code: 'open', label: { sv: 'Pågår', en: 'Open' } },
  { code: 'done', label: { sv: 'Klar', en: 'Done' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type ActionItemStatusCode = (typeof ACTION_ITEM_STATUSES)[number]['code'];

/** What can be shared with a network. */
export const SHAREABLE_KINDS = ['initiative', 'method', 'material'] as const;
export type ShareableKind = (typeof SHAREABLE_KINDS)[number];

export const NETWORK_LIMITS = {
  name: 200,
  purpose: 4_000,
  shortText: 300,
  url: 2_000,
  minutes: 100_000,
  decision: 4_000,
  agendaItems: 40,
  agendaLinks: 10,
  attendance: 300,
  /** Occurrences of a series kept as meetings ahead of today. */
  seriesHorizonMonths: 24,
  seriesMaxMeetings: 200,
} as const;

/** The time zone every meeting is planned in. */
export const MEETING_TIME_ZONE = 'Europe/Stockholm';
