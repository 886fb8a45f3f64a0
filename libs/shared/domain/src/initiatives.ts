import type { VocabularyTermDefinition } from './localized.js';

// Codes and limits of the initiative register that web and API must agree on.

export const PARTNER_ROLES = [
  { code: 'lead', label: { sv: 'Projektägare/huvudman', en: 'Lead' } },
  { code: 'partner', label: { sv: 'Samverkanspart', en: 'Partner' } },
  { code: 'financier', label: { sv: 'Medfinansiär', en: 'Financier' } },
  { code: 'other', label: { sv: 'Annan roll', en: 'Other' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type PartnerRoleCode = (typeof PARTNER_ROLES)[number]['code'];

export const FUNDING_STATUSES = [
  { code: 'applied', label: { sv: 'Sökt', en: 'Applied' } },
  { code: 'granted', label: { sv: 'Beviljad', en: 'Granted' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type FundingStatusCode = (typeof FUNDING_STATUSES)[number]['code'];

/**
 * How one initiative relates to another, read from the initiative that holds the relation
 * (`from`) to the other (`to`). `incoming` is how it reads from the other end.
 */
export const RELATION_KINDS = [
  { code: 'builds-on', label: { sv: 'Bygger på', en: 'Builds on' }, incoming: { sv: 'Byggs vidare av', en: 'Built on by' } },
  { code: 'successor-of', label: { sv: 'Efterföljare till', en: 'Successor of' }, incoming: { sv: 'Föregångare till', en: 'Predecessor of' } },
  { code: 'part-of', label: { sv: 'Ingår i', en: 'Part of' }, incoming: { sv: 'Omfattar', en: 'Includes' } },
  // Symmetric; set by a region coordinator's "samordna" decision on an overlap pair, or by an owner.
  { code: 'coordinated-with', label: { sv: 'Samordnas med', en: 'Coordinated with' }, incoming: { sv: 'Samordnas med', en: 'Coordinated with' } },
] as const satisfies readonly (VocabularyTermDefinition & { incoming: VocabularyTermDefinition['label'] })[];
export type RelationKindCode = (typeof RELATION_KINDS)[number]['code'];

/** Follow-ups after an initiative ends: months after the end date. */
export const FOLLOW_UP_MILESTONES = [
  { code: '6-months', months: 6, label: { sv: 'Efter 6 månader', en: 'After 6 months' } },
  { code: '1-year', months: 12, label: { sv: 'Efter 1 år', en: 'After 1 year' } },
  { code: '2-years', months: 24, label: { sv: 'Efter 2 år', en: 'After 2 years' } },
] as const satisfies readonly (VocabularyTermDefinition & { months: number })[];
export type FollowUpMilestoneCode = (typeof FOLLOW_UP_MILESTONES)[number]['code'];

/** Participant counts below this are shown as "<5" to anyone outside the owning organisation. */
export const SMALL_COUNT_THRESHOLD = 5;

export const INITIATIVE_LIMITS = {
  title: 200,
  summary: 600,
  longText: 20_000,
  shortText: 300,
  tags: 30,
  methodLinks: 50,
  partners: 50,
  fundingLines: 30,
  participantPeriods: 40,
  amountSek: 10_000_000_000,
  count: 1_000_000,
  pageSize: 100,
  search: 200,
} as const;

/** Labels of the editable fields, used for history and conflict messages. */
export const INITIATIVE_FIELD_LABELS: Readonly<Record<string, { sv: string; en: string }>> = {
  title: { sv: 'Titel', en: 'Title' },
  summary: { sv: 'Kort sammanfattning', en: 'Summary' },
  description: { sv: 'Beskrivning', en: 'Description' },
  visibility: { sv: 'Synlighet', en: 'Visibility' },
  kind: { sv: 'Typ av insats', en: 'Kind' },
  status: { sv: 'Status', en: 'Status' },
  startDate: { sv: 'Startdatum', en: 'Start date' },
  endDate: { sv: 'Slutdatum', en: 'End date' },
  contactPerson: { sv: 'Kontaktperson', en: 'Contact person' },
  projectLeader: { sv: 'Projektledare', en: 'Project leader' },
  partners: { sv: 'Samverkansparter', en: 'Partners' },
  fundingLines: { sv: 'Finansiering', en: 'Funding' },
  themes: { sv: 'Teman', en: 'Themes' },
  targetGroups: { sv: 'Målgrupper', en: 'Target groups' },
  occupations: { sv: 'Yrken', en: 'Occupations' },
  methods: { sv: 'Andra metoder (fritext)', en: 'Other methods (free text)' },
  genderEquality: { sv: 'Jämställdhet', en: 'Gender equality' },
  nonDiscrimination: { sv: 'Icke-diskriminering', en: 'Non-discrimination' },
  accessibility: { sv: 'Tillgänglighet', en: 'Accessibility' },
  participants: { sv: 'Deltagare', en: 'Participants' },
  results: { sv: 'Resultat', en: 'Results' },
  lessonsLearned: { sv: 'Lärdomar', en: 'Lessons learned' },
  implementationOwner: { sv: 'Förvaltare efter projektet', en: 'Owner after the project' },
  implementationPlan: { sv: 'Implementeringsplan', en: 'Implementation plan' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
  relations: { sv: 'Relationer', en: 'Relations' },
  followUps: { sv: 'Uppföljning', en: 'Follow-up' },
  methodRefs: { sv: 'Metoder från metodbanken', en: 'Methods from the method bank' },
};
