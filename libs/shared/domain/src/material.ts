import type { VocabularyTermDefinition } from './localized.js';
import { textFieldLabels, type TextFieldDefinition } from './text-fields.js';

// Codes and limits of shared material (Material) that web and API must agree on.

export const MATERIAL_KINDS = [
  { code: 'template', label: { sv: 'Mall', en: 'Template' } },
  { code: 'support', label: { sv: 'Stödmaterial', en: 'Support material' } },
  { code: 'strategy', label: { sv: 'Strategiskt dokument', en: 'Strategic document' } },
  { code: 'process-map', label: { sv: 'Processkarta', en: 'Process map' } },
  { code: 'report', label: { sv: 'Rapport', en: 'Report' } },
  { code: 'presentation', label: { sv: 'Presentation', en: 'Presentation' } },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MaterialKindCode = (typeof MATERIAL_KINDS)[number]['code'];

/** Who the material is written for (staff roles, not an initiative's participants). */
export const MATERIAL_AUDIENCES = [
  { code: 'managers', label: { sv: 'Chefer', en: 'Managers' } },
  { code: 'hr', label: { sv: 'HR', en: 'HR' } },
  { code: 'supervisors', label: { sv: 'Handledare', en: 'Supervisors' } },
  { code: 'case-workers', label: { sv: 'Handläggare och coacher', en: 'Case workers and coaches' } },
  { code: 'project-leaders', label: { sv: 'Projektledare', en: 'Project leaders' } },
  { code: 'politicians', label: { sv: 'Förtroendevalda', en: 'Elected officials' } },
  { code: 'participants', label: { sv: 'Deltagare', en: 'Participants' } },
  { code: 'employers', label: { sv: 'Arbetsgivare', en: 'Employers' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MaterialAudienceCode = (typeof MATERIAL_AUDIENCES)[number]['code'];

export const MATERIAL_LANGUAGES = [
  { code: 'sv', label: { sv: 'Svenska', en: 'Swedish' } },
  { code: 'en', label: { sv: 'Engelska', en: 'English' } },
  { code: 'easy-sv', label: { sv: 'Lättläst svenska', en: 'Easy-to-read Swedish' } },
  { code: 'other', label: { sv: 'Annat språk', en: 'Other language' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MaterialLanguageCode = (typeof MATERIAL_LANGUAGES)[number]['code'];

/** Terms of use: what others may do with the material. */
export const MATERIAL_LICENCES = [
  { code: 'free-adapt', label: { sv: 'Fritt att använda och anpassa', en: 'Free to use and adapt' } },
  { code: 'cc-by-4.0', label: { sv: 'CC BY 4.0 (ange källan)', en: 'CC BY 4.0 (credit the source)' } },
  { code: 'cc-by-sa-4.0', label: { sv: 'CC BY-SA 4.0 (ange källan, dela lika)', en: 'CC BY-SA 4.0 (credit, share alike)' } },
  { code: 'use-as-is', label: { sv: 'Får användas men inte ändras', en: 'May be used but not changed' } },
  { code: 'internal', label: { sv: 'Internt, bara för den egna organisationen', en: 'Internal, for the own organisation only' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MaterialLicenceCode = (typeof MATERIAL_LICENCES)[number]['code'];

/**
 * Where a document stands, computed from its dates on the day it is read:
 * expired (past valid to) > review overdue (next review passed) > not yet valid > current.
 */
export const MATERIAL_REVIEW_STATUSES = [
  { code: 'current', label: { sv: 'Aktuell', en: 'Current' } },
  { code: 'review-due', label: { sv: 'Granskning försenad', en: 'Review overdue' } },
  { code: 'expired', label: { sv: 'Inte längre giltig', en: 'No longer valid' } },
  { code: 'not-yet-valid', label: { sv: 'Inte giltig ännu', en: 'Not yet valid' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type MaterialReviewStatusCode = (typeof MATERIAL_REVIEW_STATUSES)[number]['code'];

export const MATERIAL_HAS_ADAPTATIONS = [
  { code: 'yes', label: { sv: 'Har anpassningar', en: 'Has adaptations' } },
  { code: 'no', label: { sv: 'Inga anpassningar', en: 'No adaptations' } },
] as const satisfies readonly VocabularyTermDefinition[];

/** Review cycles offered, in months (null: no cycle). */
export const MATERIAL_REVIEW_CYCLES = [6, 12, 24, 36] as const;

/**
 * A file's scan state. Without a scanner configured files are `not-scanned` and available;
 * with one, only `clean` files are. `pending` waits for (another) scan, `failed` could not be
 * scanned (timeout, too large, scanner down: retried by the queue), `infected` is never served.
 */
export const MATERIAL_SCAN_STATUSES = ['not-scanned', 'pending', 'clean', 'infected', 'failed'] as const;
export type MaterialScanStatus = (typeof MATERIAL_SCAN_STATUSES)[number];

/** The file types a material may hold, recognised by content. `extensions` are the names that fit. */
export const MATERIAL_FILE_TYPES = [
  { mediaType: 'application/pdf', label: { sv: 'PDF', en: 'PDF' }, extensions: ['pdf'], preview: true },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: { sv: 'Word-dokument', en: 'Word document' },
    extensions: ['docx'],
    preview: false,
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: { sv: 'Excel-arbetsbok', en: 'Excel workbook' },
    extensions: ['xlsx'],
    preview: false,
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: { sv: 'PowerPoint-presentation', en: 'PowerPoint presentation' },
    extensions: ['pptx'],
    preview: false,
  },
  { mediaType: 'application/x-cfb', label: { sv: 'Äldre Office-fil', en: 'Older Office file' }, extensions: ['doc', 'xls', 'ppt'], preview: false },
  { mediaType: 'application/vnd.oasis.opendocument.text', label: { sv: 'OpenDocument-text', en: 'OpenDocument text' }, extensions: ['odt'], preview: false },
  {
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: { sv: 'OpenDocument-kalkylblad', en: 'OpenDocument spreadsheet' },
    extensions: ['ods'],
    preview: false,
  },
  {
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    label: { sv: 'OpenDocument-presentation', en: 'OpenDocument presentation' },
    extensions: ['odp'],
    preview: false,
  },
  { mediaType: 'image/png', label: { sv: 'PNG-bild', en: 'PNG image' }, extensions: ['png'], preview: true },
  { mediaType: 'image/jpeg', label: { sv: 'JPEG-bild', en: 'JPEG image' }, extensions: ['jpg', 'jpeg'], preview: true },
  { mediaType: 'image/gif', label: { sv: 'GIF-bild', en: 'GIF image' }, extensions: ['gif'], preview: true },
  { mediaType: 'image/webp', label: { sv: 'WebP-bild', en: 'WebP image' }, extensions: ['webp'], preview: true },
  { mediaType: 'text/plain', label: { sv: 'Textfil', en: 'Text file' }, extensions: ['txt', 'md', 'csv'], preview: false },
] as const;
export type MaterialMediaType = (typeof MATERIAL_FILE_TYPES)[number]['mediaType'];

export const MATERIAL_LIMITS = {
  title: 200,
  summary: 600,
  longText: 20_000,
  shortText: 300,
  note: 2_000,
  /** Bytes per file. */
  fileBytes: 50 * 1024 * 1024,
  filesPerVersion: 20,
  fileName: 200,
  links: 20,
  pageSize: 100,
  search: 200,
  /** Text kept from one file for search. */
  extractedChars: 500_000,
} as const;

export const MATERIAL_TEXT_FIELDS = {
  title: { label: { sv: 'Titel', en: 'Title' }, max: MATERIAL_LIMITS.title, required: true, noun: 'Titeln' },
  summary: { label: { sv: 'Sammanfattning', en: 'Summary' }, max: MATERIAL_LIMITS.summary, noun: 'Sammanfattningen' },
  description: { label: { sv: 'Beskrivning', en: 'Description' }, max: MATERIAL_LIMITS.longText, noun: 'Beskrivningen', markdown: true },
} as const satisfies Readonly<Record<string, TextFieldDefinition>>;
export type MaterialTextField = keyof typeof MATERIAL_TEXT_FIELDS;

/** Labels of the recorded fields, for history and conflict messages. */
export const MATERIAL_FIELD_LABELS: Readonly<Record<string, { sv: string; en: string }>> = {
  ...textFieldLabels(MATERIAL_TEXT_FIELDS),
  kind: { sv: 'Typ', en: 'Kind' },
  themes: { sv: 'Teman', en: 'Themes' },
  audiences: { sv: 'Målgrupp', en: 'Audience' },
  language: { sv: 'Språk', en: 'Language' },
  licence: { sv: 'Villkor för användning', en: 'Terms of use' },
  visibility: { sv: 'Synlighet', en: 'Visibility' },
  responsibleName: { sv: 'Ansvarig person', en: 'Responsible person' },
  responsibleEmail: { sv: 'Ansvarigs e-post', en: 'Responsible person’s e-mail' },
  validFrom: { sv: 'Giltig från', en: 'Valid from' },
  validTo: { sv: 'Giltig till', en: 'Valid to' },
  reviewCycleMonths: { sv: 'Granskningscykel (månader)', en: 'Review cycle (months)' },
  nextReviewOn: { sv: 'Nästa granskning', en: 'Next review' },
  initiativeIds: { sv: 'Insatser', en: 'Initiatives' },
  methodIds: { sv: 'Metoder', en: 'Methods' },
  currentVersion: { sv: 'Version', en: 'Version' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
};
