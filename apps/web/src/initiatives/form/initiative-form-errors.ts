import { choicesTargetId, fieldIdOf, rowsTargetId } from '../../forms/field-id-prefix';
import { methodPickerTargetId } from '../../methods/method-picker';
import { COUNT_FIELDS, type InitiativeFormState } from './initiative-form-state';

/** The initiative form's id prefix; its DOM ids (`initiativ-title` …) are what links and tests name. */
export const INITIATIVE_FIELD_PREFIX = 'initiativ';

/** The DOM id of the control for a field path such as `partners.1.name`. */
export function fieldId(path: string): string {
  return fieldIdOf(INITIATIVE_FIELD_PREFIX, path);
}

// Groups and lists have no single control; their errors lead to the first control of the group.
const GROUP_TARGETS: Readonly<Record<string, string>> = {
  themes: choicesTargetId(fieldId('themes')),
  targetGroups: choicesTargetId(fieldId('targetGroups')),
  visibility: choicesTargetId(fieldId('visibility')),
  partners: rowsTargetId(fieldId('partners')),
  fundingLines: rowsTargetId(fieldId('fundingLines')),
  participants: rowsTargetId(fieldId('participants')),
  methodIds: methodPickerTargetId(fieldId('methodIds')),
};

/** The element an error summary link moves focus to. */
export function focusTargetId(path: string): string {
  return GROUP_TARGETS[path] ?? fieldId(path);
}

/** Every field path the form shows, in the order the fields appear. */
export function formFieldOrder(state: InitiativeFormState): string[] {
  return [
    'title',
    'summary',
    'description',
    'kind',
    'status',
    'startDate',
    'endDate',
    'contactPerson.name',
    'contactPerson.email',
    'projectLeader.name',
    'projectLeader.email',
    ...state.partners.flatMap((p, i) => [`partners.${i}.role`, `partners.${i}.organization`, ...(p.organization ? [] : [`partners.${i}.name`])]),
    'partners',
    ...state.fundingLines.flatMap((_, i) =>
      ['funderType', 'funderName', 'registryNumber', 'programmeArea', 'amountSek', 'status'].map((field) => `fundingLines.${i}.${field}`),
    ),
    'fundingLines',
    'themes',
    'targetGroups',
    'occupations',
    ...state.methodRefs.map((_, i) => `methodIds.${i}`),
    'methodIds',
    'methods',
    'genderEquality',
    'nonDiscrimination',
    'accessibility',
    ...state.participants.flatMap((_, i) => ['period', ...COUNT_FIELDS].map((field) => `participants.${i}.${field}`)),
    'participants',
    'results',
    'lessonsLearned',
    'implementationOwner',
    'implementationPlan',
    'visibility',
  ];
}
