import type { Localized, VocabularyTermDefinition } from './localized.js';

// Starting lists drawn from the Connect reports (see DOMAIN.md). Codes are stable identifiers
// stored in the database; labels may be reworded without a migration.

export const THEMES = [
  { code: 'labour-market-establishment', label: { sv: 'Etablering på arbetsmarknaden', en: 'Labour market establishment' } },
  { code: 'labour-market-re-entry', label: { sv: 'Återinträde på arbetsmarknaden', en: 'Labour market re-entry' } },
  { code: 'economic-vulnerability', label: { sv: 'Ekonomisk utsatthet', en: 'Economic vulnerability' } },
  { code: 'competence-supply', label: { sv: 'Kompetensförsörjning', en: 'Competence supply' } },
  { code: 'staff-development', label: { sv: 'Kompetensutveckling för befintlig personal', en: 'Competence development for existing staff' } },
  { code: 'internal-mobility', label: { sv: 'Intern rörlighet och karriärvägar', en: 'Internal mobility and career paths' } },
  { code: 'language-development', label: { sv: 'Språkutveckling', en: 'Language development' } },
  { code: 'validation', label: { sv: 'Validering', en: 'Validation' } },
  { code: 'task-sharing', label: { sv: 'Arbetsdelning och Connect-tjänster', en: 'Task sharing and Connect posts' } },
  { code: 'supervision', label: { sv: 'Handledarskap', en: 'Workplace supervision' } },
  { code: 'employment-service-cooperation', label: { sv: 'Samverkan med Arbetsförmedlingen', en: 'Cooperation with the Public Employment Service' } },
  { code: 'adult-education', label: { sv: 'Vuxenutbildning och kombinationsutbildning', en: 'Adult education and combined education' } },
  { code: 'vocational-rehabilitation', label: { sv: 'Arbetslivsinriktad rehabilitering', en: 'Vocational rehabilitation' } },
  { code: 'horizontal-principles', label: { sv: 'Horisontella principer', en: 'Horizontal principles' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const TARGET_GROUPS = [
  { code: 'outside-labour-market', label: { sv: 'Personer utanför arbetsmarknaden', en: 'People outside the labour market' } },
  {
    code: 'unstable-position',
    label: { sv: 'Personer med instabil ställning på arbetsmarknaden', en: 'People with an unstable position on the labour market' },
  },
  { code: 'social-assistance', label: { sv: 'Personer med ekonomiskt bistånd', en: 'People receiving social assistance' } },
  { code: 'newly-arrived', label: { sv: 'Nyanlända i etableringen', en: 'Newly arrived migrants in the establishment programme' } },
  { code: 'young-people', label: { sv: 'Unga', en: 'Young people' } },
  { code: 'disability', label: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' } },
  { code: 'long-term-unemployed', label: { sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' } },
  { code: 'permanent-staff', label: { sv: 'Befintliga tillsvidareanställda', en: 'Existing permanent staff' } },
  { code: 'managers-supervisors', label: { sv: 'Chefer och handledare', en: 'Managers and supervisors' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const PROJECT_KINDS = [
  { code: 'pre-study', label: { sv: 'Förstudie', en: 'Pre-study' } },
  { code: 'method-development', label: { sv: 'Metodutveckling', en: 'Method development' } },
  { code: 'implementation', label: { sv: 'Genomförande', en: 'Implementation' } },
  { code: 'pilot', label: { sv: 'Pilot/testbädd', en: 'Pilot/test bed' } },
  { code: 'standing-programme', label: { sv: 'Ordinarie satsning', en: 'Standing programme' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const LIFECYCLE_STATUSES = [
  { code: 'idea', label: { sv: 'Idé', en: 'Idea' } },
  { code: 'planned', label: { sv: 'Planerad/ansökt', en: 'Planned/applied' } },
  { code: 'ongoing', label: { sv: 'Pågående', en: 'Ongoing' } },
  { code: 'completed', label: { sv: 'Avslutad', en: 'Completed' } },
] as const satisfies readonly VocabularyTermDefinition[];

/** What became of an initiative's result after the project ended (the after-life). */
export const AFTER_LIFE_STATUSES = [
  { code: 'implemented', label: { sv: 'Implementerad i ordinarie verksamhet', en: 'Implemented in regular operations' } },
  { code: 'partly-implemented', label: { sv: 'Delvis implementerad', en: 'Partly implemented' } },
  { code: 'spread', label: { sv: 'Spridd till andra', en: 'Spread to others' } },
  { code: 'discontinued', label: { sv: 'Avvecklad', en: 'Discontinued' } },
  { code: 'unknown', label: { sv: 'Okänt', en: 'Unknown' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const FUNDER_TYPES = [
  { code: 'esf-plus', label: { sv: 'ESF+', en: 'ESF+' } },
  { code: 'state-grant', label: { sv: 'Statsbidrag', en: 'State grant' } },
  { code: 'employment-service', label: { sv: 'Arbetsförmedlingen', en: 'Public Employment Service' } },
  { code: 'coordination-association', label: { sv: 'Samordningsförbund', en: 'Coordination association' } },
  { code: 'county-board', label: { sv: 'Länsstyrelsen', en: 'County administrative board' } },
  { code: 'region', label: { sv: 'Region', en: 'Region' } },
  { code: 'own-budget', label: { sv: 'Egen budget', en: 'Own budget' } },
  { code: 'other', label: { sv: 'Annan', en: 'Other' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const EVIDENCE_LEVELS = [
  { code: 'evidence-based', label: { sv: 'Evidensbaserad', en: 'Evidence-based' } },
  { code: 'research-supported', label: { sv: 'Forskningsstöd', en: 'Research-supported' } },
  { code: 'proven-experience', label: { sv: 'Beprövad erfarenhet', en: 'Proven experience' } },
  { code: 'promising', label: { sv: 'Lovande/prövas', en: 'Promising/being tested' } },
] as const satisfies readonly VocabularyTermDefinition[];

export const ORGANIZATION_KINDS = [
  { code: 'municipality', label: { sv: 'Kommun', en: 'Municipality' } },
  { code: 'region', label: { sv: 'Region', en: 'Region' } },
] as const satisfies readonly VocabularyTermDefinition[];

export type ThemeCode = (typeof THEMES)[number]['code'];
export type TargetGroupCode = (typeof TARGET_GROUPS)[number]['code'];
export type ProjectKindCode = (typeof PROJECT_KINDS)[number]['code'];
export type LifecycleStatusCode = (typeof LIFECYCLE_STATUSES)[number]['code'];
export type AfterLifeStatusCode = (typeof AFTER_LIFE_STATUSES)[number]['code'];
export type FunderTypeCode = (typeof FUNDER_TYPES)[number]['code'];
export type EvidenceLevelCode = (typeof EVIDENCE_LEVELS)[number]['code'];
export type OrganizationKindCode = (typeof ORGANIZATION_KINDS)[number]['code'];

/** Every vocabulary by its stable name; the name is what the API and database use. */
export const VOCABULARIES = {
  theme: THEMES,
  'target-group': TARGET_GROUPS,
  'project-kind': PROJECT_KINDS,
  'lifecycle-status': LIFECYCLE_STATUSES,
  'after-life-status': AFTER_LIFE_STATUSES,
  'funder-type': FUNDER_TYPES,
  'evidence-level': EVIDENCE_LEVELS,
  'organization-kind': ORGANIZATION_KINDS,
} as const satisfies Record<string, readonly VocabularyTermDefinition[]>;

export type VocabularyName = keyof typeof VOCABULARIES;
export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

export const VOCABULARY_TITLES: Readonly<Record<VocabularyName, Localized>> = {
  theme: { sv: 'Teman', en: 'Themes' },
  'target-group': { sv: 'Målgrupper', en: 'Target groups' },
  'project-kind': { sv: 'Typ av insats', en: 'Kinds of initiative' },
  'lifecycle-status': { sv: 'Status', en: 'Lifecycle status' },
  'after-life-status': { sv: 'Efter projektet', en: 'After the project' },
  'funder-type': { sv: 'Finansiärer', en: 'Funder types' },
  'evidence-level': { sv: 'Evidensnivåer', en: 'Evidence levels' },
  'organization-kind': { sv: 'Typ av organisation', en: 'Kinds of organisation' },
};

export function isVocabularyName(value: string): value is VocabularyName {
  return Object.prototype.hasOwnProperty.call(VOCABULARIES, value);
}
