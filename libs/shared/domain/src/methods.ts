import type { VocabularyTermDefinition } from './localized.js';
import { textFieldLabels, type TextFieldDefinition } from './text-fields.js';

// Codes and limits of the method bank (Metoder) that web and API must agree on.

/**
 * Where a method's evidence is stated. The portal cites sources and never grades a method itself
 * (Socialstyrelsen's Metodguiden is the model), so the kind says who made the assessment.
 */
export const METHOD_SOURCE_KINDS = [
  { code: 'metodguiden', label: { sv: 'Metodguiden (Socialstyrelsen)', en: 'Metodguiden (National Board of Health and Welfare)' } },
  { code: 'sbu', label: { sv: 'SBU-rapport', en: 'SBU report' } },
  { code: 'research', label: { sv: 'Forskning', en: 'Research' } },
  { code: 'evaluation', label: { sv: 'Utvärdering', en: 'Evaluation' } },
  { code: 'local-follow-up', label: { sv: 'Lokal uppföljning', en: 'Local follow-up' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MethodSourceKindCode = (typeof METHOD_SOURCE_KINDS)[number]['code'];

/** How one method relates to another, read from the method that holds the relation to the other. */
export const METHOD_RELATION_KINDS = [
  { code: 'variant-of', label: { sv: 'Variant av', en: 'Variant of' }, incoming: { sv: 'Har varianten', en: 'Has the variant' } },
  { code: 'part-of', label: { sv: 'Ingår i', en: 'Part of' }, incoming: { sv: 'Omfattar', en: 'Includes' } },
] as const satisfies readonly (VocabularyTermDefinition & { incoming: VocabularyTermDefinition['label'] })[];
export type MethodRelationKindCode = (typeof METHOD_RELATION_KINDS)[number]['code'];

export const METHOD_LIMITS = {
  name: 200,
  summary: 600,
  longText: 20_000,
  shortText: 300,
  url: 2_000,
  steps: 30,
  sources: 30,
  relations: 20,
  pageSize: 100,
  search: 200,
} as const;

/**
 * The method's plain text fields, in the order the form shows them. A new one is declared here and
 * then needs only its column (migration, entity), its GraphQL field (model, input, the web's
 * fragments) and its place in the form and on the page: checks, history and form state follow.
 */
export const METHOD_TEXT_FIELDS = {
  name: { label: { sv: 'Namn', en: 'Name' }, max: METHOD_LIMITS.name, required: true, noun: 'Metodens namn' },
  summary: { label: { sv: 'Sammanfattning', en: 'Summary' }, max: METHOD_LIMITS.summary, noun: 'Sammanfattningen' },
  description: { label: { sv: 'Beskrivning', en: 'Description' }, max: METHOD_LIMITS.longText, noun: 'Beskrivningen', markdown: true },
  problem: { label: { sv: 'Problemet metoden möter', en: 'Problem addressed' }, max: METHOD_LIMITS.longText, noun: 'Texten om problemet' },
} as const satisfies Readonly<Record<string, TextFieldDefinition>>;
export type MethodTextField = keyof typeof METHOD_TEXT_FIELDS;

/** Labels of the editable fields, used for history and conflict messages. */
export const METHOD_FIELD_LABELS: Readonly<Record<string, { sv: string; en: string }>> = {
  ...textFieldLabels(METHOD_TEXT_FIELDS),
  visibility: { sv: 'Synlighet', en: 'Visibility' },
  targetGroups: { sv: 'Målgrupper', en: 'Target groups' },
  themes: { sv: 'Teman', en: 'Themes' },
  steps: { sv: 'Genomförande (steg)', en: 'Steps' },
  requirements: { sv: 'Vad som krävs', en: 'Requirements' },
  evidenceLevel: { sv: 'Evidensnivå', en: 'Evidence level' },
  evidenceSources: { sv: 'Källor', en: 'Sources' },
  relations: { sv: 'Relaterade metoder', en: 'Related methods' },
  contactPerson: { sv: 'Kontaktperson', en: 'Contact' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
};
