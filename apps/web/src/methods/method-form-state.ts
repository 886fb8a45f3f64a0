import { METHOD_TEXT_FIELDS, type MethodTextField, type TextFieldDefinition, type VisibilityCode } from '@portal/shared-domain';
import { choicesTargetId, fieldIdOf, rowsTargetId } from '../forms/field-id-prefix';
import { newRowKey } from '../forms/repeatable-rows';
import type { MethodFormFieldsFragment, MethodInput, Visibility } from '../gql/graphql';

// The method form's values, how they become MethodInput, and the checks made before sending.

/** The form's DOM id prefix: `metod-name`, `metod-steps-0-title` … */
export const METHOD_FIELD_PREFIX = 'metod';

export interface StepState {
  readonly key: string;
  readonly title: string;
  readonly description: string;
}

export interface SourceState {
  readonly key: string;
  readonly title: string;
  readonly url: string;
  readonly kind: string;
}

export interface RelationState {
  readonly key: string;
  readonly kind: string;
  readonly methodId: string;
}

/** The declared text fields (METHOD_TEXT_FIELDS), in the order the form shows them. */
const TEXT_FIELDS = Object.keys(METHOD_TEXT_FIELDS) as MethodTextField[];
const textValues = (valueOf: (field: MethodTextField) => string) =>
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, valueOf(field)])) as Record<MethodTextField, string>;

const isMarkdown = (field: MethodTextField): boolean => (METHOD_TEXT_FIELDS[field] as TextFieldDefinition).markdown === true;

export interface MethodFormState extends Readonly<Record<MethodTextField, string>> {
  readonly themes: readonly string[];
  readonly targetGroups: readonly string[];
  readonly steps: readonly StepState[];
  readonly requirements: { readonly training: string; readonly certification: string; readonly staffing: string; readonly indicativeCost: string };
  readonly evidenceLevel: string;
  readonly evidenceSources: readonly SourceState[];
  readonly relations: readonly RelationState[];
  readonly contactPerson: { readonly name: string; readonly email: string };
  readonly visibility: VisibilityCode;
}

export const REQUIREMENT_KEYS = ['training', 'certification', 'staffing', 'indicativeCost'] as const;

export const emptyStep = (): StepState => ({ key: newRowKey(), title: '', description: '' });
export const emptySource = (): SourceState => ({ key: newRowKey(), title: '', url: '', kind: '' });
export const emptyRelation = (): RelationState => ({ key: newRowKey(), kind: 'variant-of', methodId: '' });

export function emptyMethodForm(): MethodFormState {
  return {
    ...textValues(() => ''),
    themes: [],
    targetGroups: [],
    steps: [],
    requirements: { training: '', certification: '', staffing: '', indicativeCost: '' },
    evidenceLevel: '',
    evidenceSources: [],
    relations: [],
    contactPerson: { name: '', email: '' },
    visibility: 'region',
  };
}

/** The form's values for a stored method; only the relations this method holds are its to edit. */
export function methodFormFromMethod(method: MethodFormFieldsFragment): MethodFormState {
  return {
    ...textValues((field) => method[field]),
    themes: [...method.themes],
    targetGroups: [...method.targetGroups],
    steps: method.steps.map((step) => ({ key: newRowKey(), title: step.title, description: step.description })),
    requirements: { ...method.requirements },
    evidenceLevel: method.evidenceLevel ?? '',
    evidenceSources: method.evidenceSources.map((source) => ({ key: newRowKey(), title: source.title, url: source.url ?? '', kind: source.kind })),
    relations: method.relations
      .filter((relation) => relation.direction === 'OUTGOING')
      .map((relation) => ({ key: newRowKey(), kind: relation.kind, methodId: relation.other.id })),
    contactPerson: { name: method.contactPerson?.name ?? '', email: method.contactPerson?.email ?? '' },
    visibility: method.visibility.toLowerCase() as VisibilityCode,
  };
}

export function toMethodInput(state: MethodFormState): MethodInput {
  const name = state.contactPerson.name.trim();
  const email = state.contactPerson.email.trim();
  return {
    // Markdown is sent as written; other texts without surrounding space.
    ...textValues((field) => (isMarkdown(field) ? state[field] : state[field].trim())),
    themes: [...state.themes],
    targetGroups: [...state.targetGroups],
    steps: state.steps.map((step) => ({ title: step.title.trim(), description: step.description.trim() })),
    requirements: Object.fromEntries(REQUIREMENT_KEYS.map((key) => [key, state.requirements[key].trim()])) as MethodFormState['requirements'],
    evidenceLevel: state.evidenceLevel || null,
    evidenceSources: state.evidenceSources.map((source) => ({ title: source.title.trim(), url: source.url.trim() || null, kind: source.kind })),
    relations: state.relations.map((relation) => ({ kind: relation.kind, methodId: relation.methodId })),
    contactPerson: name || email ? { name, email } : null,
    visibility: state.visibility.toUpperCase() as Visibility,
  };
}

export type MethodClientError =
  | 'nameRequired'
  | 'stepTitleRequired'
  | 'sourceTitleRequired'
  | 'sourceKindRequired'
  | 'sourceUrlInvalid'
  | 'sourcesRequired'
  | 'relatedMethodRequired'
  | 'contactEmailInvalid';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The checks the API makes too, so most mistakes are shown without a round trip. Path → error key. */
export function validateMethodForm(state: MethodFormState): Record<string, MethodClientError> {
  const errors: Record<string, MethodClientError> = {};
  if (!state.name.trim()) errors['name'] = 'nameRequired';
  state.steps.forEach((step, i) => {
    if (!step.title.trim()) errors[`steps.${i}.title`] = 'stepTitleRequired';
  });
  state.evidenceSources.forEach((source, i) => {
    if (!source.title.trim()) errors[`evidenceSources.${i}.title`] = 'sourceTitleRequired';
    if (source.url.trim() && !/^https?:\/\/\S+$/i.test(source.url.trim())) errors[`evidenceSources.${i}.url`] = 'sourceUrlInvalid';
    if (!source.kind) errors[`evidenceSources.${i}.kind`] = 'sourceKindRequired';
  });
  // A level with nothing to point at would be the portal's own grading (the API refuses it too).
  if (state.evidenceLevel && state.evidenceSources.length === 0) errors['evidenceSources'] = 'sourcesRequired';
  state.relations.forEach((relation, i) => {
    if (!relation.methodId) errors[`relations.${i}.methodId`] = 'relatedMethodRequired';
  });
  const email = state.contactPerson.email.trim();
  if (email && !EMAIL.test(email)) errors['contactPerson.email'] = 'contactEmailInvalid';
  return errors;
}

/** Every field path the form shows, in the order the fields appear. */
export function methodFieldOrder(state: MethodFormState): string[] {
  return [
    ...TEXT_FIELDS,
    'themes',
    'targetGroups',
    ...state.steps.flatMap((_, i) => [`steps.${i}.title`, `steps.${i}.description`]),
    'steps',
    ...REQUIREMENT_KEYS.map((key) => `requirements.${key}`),
    'requirements',
    'evidenceLevel',
    ...state.evidenceSources.flatMap((_, i) => [`evidenceSources.${i}.title`, `evidenceSources.${i}.url`, `evidenceSources.${i}.kind`]),
    'evidenceSources',
    ...state.relations.flatMap((_, i) => [`relations.${i}.kind`, `relations.${i}.methodId`]),
    'relations',
    'contactPerson.name',
    'contactPerson.email',
    'visibility',
  ];
}

const fieldId = (path: string) => fieldIdOf(METHOD_FIELD_PREFIX, path);
const GROUP_TARGETS: Readonly<Record<string, string>> = {
  themes: choicesTargetId(fieldId('themes')),
  targetGroups: choicesTargetId(fieldId('targetGroups')),
  visibility: choicesTargetId(fieldId('visibility')),
  steps: rowsTargetId(fieldId('steps')),
  evidenceSources: rowsTargetId(fieldId('evidenceSources')),
  relations: rowsTargetId(fieldId('relations')),
  requirements: fieldId('requirements.training'),
};

/** The element an error summary link moves focus to. */
export const methodFocusTarget = (path: string): string => GROUP_TARGETS[path] ?? fieldId(path);
