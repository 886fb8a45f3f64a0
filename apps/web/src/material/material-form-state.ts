import { MATERIAL_LIMITS, MATERIAL_TEXT_FIELDS, type MaterialTextField, type VisibilityCode } from '@portal/shared-domain';
import { choicesTargetId, fieldIdOf, rowsTargetId } from '../forms/field-id-prefix';
import { newRowKey } from '../forms/repeatable-rows';
import type { MaterialFormFieldsFragment, MaterialInput, MaterialVersionInput, Visibility } from '../gql/graphql';

// The material forms' values, how they become MaterialInput and MaterialVersionInput, and the
// checks made before sending. Paths follow the API's field errors (`responsible.email`, `fileIds`).

/** The forms' DOM id prefix: `material-title`, `material-fileIds` … */
export const MATERIAL_FIELD_PREFIX = 'material';

export interface LinkState {
  readonly key: string;
  readonly id: string;
}

export interface MaterialFormState {
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly kind: string;
  readonly themes: readonly string[];
  readonly audiences: readonly string[];
  readonly language: string;
  readonly licence: string;
  readonly responsible: { readonly name: string; readonly email: string };
  readonly visibility: VisibilityCode;
  readonly validFrom: string;
  readonly validTo: string;
  /** '' for no cycle, else the months as text (a select's value). */
  readonly reviewCycleMonths: string;
  readonly nextReviewOn: string;
  readonly initiatives: readonly LinkState[];
  readonly methods: readonly LinkState[];
}

/** A new version: the current files kept, in their order, and the change note (new uploads are the form's own state). */
export interface MaterialVersionState {
  readonly keptFileIds: readonly string[];
  readonly note: string;
  /** The finished uploads, mirrored here so that leaving with them unsaved asks first. */
  readonly uploadedFileIds: readonly string[];
}

/** What the create form holds: the metadata plus version 1's change note. */
export interface NewMaterialState extends MaterialFormState {
  readonly note: string;
  /** The finished uploads, mirrored here so that leaving with them unsaved asks first. */
  readonly uploadedFileIds: readonly string[];
}

export const emptyLink = (): LinkState => ({ key: newRowKey(), id: '' });

export function emptyMaterialForm(): NewMaterialState {
  return {
    title: '',
    summary: '',
    description: '',
    kind: '',
    themes: [],
    audiences: [],
    language: 'sv',
    licence: 'free-adapt',
    responsible: { name: '', email: '' },
    visibility: 'private',
    validFrom: '',
    validTo: '',
    reviewCycleMonths: '12',
    nextReviewOn: '',
    initiatives: [],
    methods: [],
    note: '',
    uploadedFileIds: [],
  };
}

export function materialFormFromMaterial(material: MaterialFormFieldsFragment): MaterialFormState {
  return {
    title: material.title,
    summary: material.summary,
    description: material.description,
    kind: material.kind,
    themes: [...material.themes],
    audiences: [...material.audiences],
    language: material.language,
    licence: material.licence,
    responsible: { name: material.responsibleName, email: material.responsibleEmail },
    visibility: material.visibility.toLowerCase() as VisibilityCode,
    validFrom: material.validFrom ?? '',
    validTo: material.validTo ?? '',
    reviewCycleMonths: material.reviewCycleMonths === null || material.reviewCycleMonths === undefined ? '' : String(material.reviewCycleMonths),
    nextReviewOn: material.nextReviewOn ?? '',
    initiatives: material.initiatives.map((initiative) => ({ key: newRowKey(), id: initiative.id })),
    methods: material.methods.map((method) => ({ key: newRowKey(), id: method.id })),
  };
}

export function toMaterialInput(state: MaterialFormState): MaterialInput {
  const date = (value: string) => value.trim() || null;
  return {
    title: state.title.trim(),
    summary: state.summary.trim(),
    // Markdown is sent as written.
    description: state.description,
    kind: state.kind,
    themes: [...state.themes],
    audiences: [...state.audiences],
    language: state.language,
    licence: state.licence,
    responsibleName: state.responsible.name.trim(),
    responsibleEmail: state.responsible.email.trim(),
    visibility: state.visibility.toUpperCase() as Visibility,
    validFrom: date(state.validFrom),
    validTo: date(state.validTo),
    reviewCycleMonths: state.reviewCycleMonths ? Number(state.reviewCycleMonths) : null,
    nextReviewOn: date(state.nextReviewOn),
    initiativeIds: state.initiatives.map((link) => link.id),
    methodIds: state.methods.map((link) => link.id),
  };
}

/** All files of the new version in order: the kept current ones, then the new uploads. */
export function toMaterialVersionInput(keptFileIds: readonly string[], uploadedIds: readonly string[], note: string): MaterialVersionInput {
  return { fileIds: [...keptFileIds, ...uploadedIds], note: note.trim() };
}

export type MaterialClientError =
  | 'titleRequired'
  | 'kindRequired'
  | 'emailInvalid'
  | 'dateInvalid'
  | 'validToBeforeFrom'
  | 'initiativeRequired'
  | 'methodRequired'
  | 'filesRequired'
  | 'uploadsFailed'
  | 'noteTooLong';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The checks the API makes too, so most mistakes are shown without a round trip. Path → error key. */
export function validateMaterialForm(state: MaterialFormState): Record<string, MaterialClientError> {
  const errors: Record<string, MaterialClientError> = {};
  if (!state.title.trim()) errors['title'] = 'titleRequired';
  if (!state.kind) errors['kind'] = 'kindRequired';
  const email = state.responsible.email.trim();
  if (email && !EMAIL.test(email)) errors['responsible.email'] = 'emailInvalid';
  for (const field of ['validFrom', 'validTo', 'nextReviewOn'] as const) {
    const value = state[field].trim();
    if (value && !ISO_DATE.test(value)) errors[field] = 'dateInvalid';
  }
  const from = state.validFrom.trim();
  const to = state.validTo.trim();
  if (!errors['validFrom'] && !errors['validTo'] && from && to && to < from) errors['validTo'] = 'validToBeforeFrom';
  state.initiatives.forEach((link, i) => {
    if (!link.id) errors[`initiativeIds.${i}.id`] = 'initiativeRequired';
  });
  state.methods.forEach((link, i) => {
    if (!link.id) errors[`methodIds.${i}.id`] = 'methodRequired';
  });
  return errors;
}

/** The uploads as the version needs them: at least one file, none failed, the note within its limit. */
export function validateMaterialFiles(
  { fileCount, failed, note }: { readonly fileCount: number; readonly failed: boolean; readonly note: string },
  required: boolean,
): Record<string, MaterialClientError> {
  const errors: Record<string, MaterialClientError> = {};
  if (failed) errors['fileIds'] = 'uploadsFailed';
  else if (required && fileCount === 0) errors['fileIds'] = 'filesRequired';
  if (note.trim().length > MATERIAL_LIMITS.note) errors['note'] = 'noteTooLong';
  return errors;
}

const TEXT_FIELDS = Object.keys(MATERIAL_TEXT_FIELDS) as MaterialTextField[];

/** Every metadata field path the form shows, in the order the fields appear. */
export function materialFieldOrder(state: MaterialFormState): string[] {
  return [
    ...TEXT_FIELDS,
    'kind',
    'themes',
    'audiences',
    'language',
    'licence',
    'responsible.name',
    'responsible.email',
    'responsible',
    'visibility',
    'validFrom',
    'validTo',
    'reviewCycleMonths',
    'nextReviewOn',
    ...state.initiatives.map((_, i) => `initiativeIds.${i}.id`),
    'initiativeIds',
    ...state.methods.map((_, i) => `methodIds.${i}.id`),
    'methodIds',
  ];
}

/** The create form: the metadata, then version 1's files and note. */
export const newMaterialFieldOrder = (state: MaterialFormState): string[] => [...materialFieldOrder(state), 'fileIds', 'note'];

/** The new-version form: its files and note. */
export const versionFieldOrder = (): string[] => ['fileIds', 'note'];

const fieldId = (path: string) => fieldIdOf(MATERIAL_FIELD_PREFIX, path);
const GROUP_TARGETS: Readonly<Record<string, string>> = {
  themes: choicesTargetId(fieldId('themes')),
  audiences: choicesTargetId(fieldId('audiences')),
  visibility: choicesTargetId(fieldId('visibility')),
  responsible: fieldId('responsible.name'),
  initiativeIds: rowsTargetId(fieldId('initiativeIds')),
  methodIds: rowsTargetId(fieldId('methodIds')),
};

/** The element an error summary link moves focus to. */
export const materialFocusTarget = (path: string): string => GROUP_TARGETS[path] ?? fieldId(path);
