import type { VisibilityCode } from '@portal/shared-domain';
import { newRowKey } from '../../forms/repeatable-rows';
import type { PickedMethod } from '../../methods/method-picker';
import type { InitiativeFormFieldsFragment, InitiativeInput, OverlapDraftInput, Visibility } from '../../gql/graphql';

export interface PersonState {
  readonly name: string;
  readonly email: string;
}

/** Every repeatable row has a stable key, so React keeps focus and typed text on the right row. */
export interface PartnerState {
  readonly key: string;
  readonly role: string;
  /** Slug of a portal organisation; empty for an external partner named in `name`. */
  readonly organization: string;
  readonly name: string;
}

export interface FundingLineState {
  readonly key: string;
  readonly funderType: string;
  readonly funderName: string;
  readonly registryNumber: string;
  readonly programmeArea: string;
  /** As typed; numbers are parsed on submit so half-typed values are never lost. */
  readonly amountSek: string;
  readonly status: string;
}

export const COUNT_FIELDS = ['women', 'men', 'otherOrUnknown', 'toWork', 'toStudies', 'otherOutcome'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export type ParticipantPeriodState = { readonly key: string; readonly period: string } & { readonly [K in CountField]: string };

export interface InitiativeFormState {
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly kind: string;
  readonly status: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly contactPerson: PersonState;
  readonly projectLeader: PersonState;
  readonly partners: readonly PartnerState[];
  readonly fundingLines: readonly FundingLineState[];
  readonly themes: readonly string[];
  readonly targetGroups: readonly string[];
  /** Comma-separated, as typed. */
  readonly occupations: string;
  /** Methods from the bank, saved as links (`methodIds`). */
  readonly methodRefs: readonly PickedMethod[];
  /** "Andra metoder (fritext)": methods not in the bank, comma-separated as typed. */
  readonly methods: string;
  readonly genderEquality: string;
  readonly nonDiscrimination: string;
  readonly accessibility: string;
  readonly participants: readonly ParticipantPeriodState[];
  readonly results: string;
  readonly lessonsLearned: string;
  readonly implementationOwner: string;
  readonly implementationPlan: string;
  readonly visibility: VisibilityCode;
}

export function emptyPartner(): PartnerState {
  return { key: newRowKey(), role: 'partner', organization: '', name: '' };
}

export function emptyFundingLine(): FundingLineState {
  return { key: newRowKey(), funderType: '', funderName: '', registryNumber: '', programmeArea: '', amountSek: '', status: 'granted' };
}

export function emptyParticipantPeriod(): ParticipantPeriodState {
  return { key: newRowKey(), period: '', women: '', men: '', otherOrUnknown: '', toWork: '', toStudies: '', otherOutcome: '' };
}

export function emptyFormState(): InitiativeFormState {
  return {
    title: '',
    summary: '',
    description: '',
    kind: '',
    status: 'planned',
    startDate: '',
    endDate: '',
    contactPerson: { name: '', email: '' },
    projectLeader: { name: '', email: '' },
    partners: [],
    fundingLines: [],
    themes: [],
    targetGroups: [],
    occupations: '',
    methodRefs: [],
    methods: '',
    genderEquality: '',
    nonDiscrimination: '',
    accessibility: '',
    participants: [],
    results: '',
    lessonsLearned: '',
    implementationOwner: '',
    implementationPlan: '',
    visibility: 'private',
  };
}

const countText = (count: { readonly value?: number | null }): string => (count.value === null || count.value === undefined ? '' : String(count.value));

/** The form's starting point for a stored initiative. */
export function formStateFromInitiative(initiative: InitiativeFormFieldsFragment): InitiativeFormState {
  return {
    title: initiative.title,
    summary: initiative.summary,
    description: initiative.description,
    kind: initiative.kind,
    status: initiative.status,
    startDate: initiative.startDate ?? '',
    endDate: initiative.endDate ?? '',
    contactPerson: { name: initiative.contactPerson?.name ?? '', email: initiative.contactPerson?.email ?? '' },
    projectLeader: { name: initiative.projectLeader?.name ?? '', email: initiative.projectLeader?.email ?? '' },
    partners: initiative.partners.map((p) => ({
      key: newRowKey(),
      role: p.role,
      organization: p.organization?.slug ?? '',
      name: p.organization ? '' : p.name,
    })),
    fundingLines: initiative.fundingLines.map((f) => ({
      key: newRowKey(),
      funderType: f.funderType,
      funderName: f.funderName,
      registryNumber: f.registryNumber,
      programmeArea: f.programmeArea,
      amountSek: f.amountSek === null || f.amountSek === undefined ? '' : String(f.amountSek),
      status: f.status,
    })),
    themes: [...initiative.themes],
    targetGroups: [...initiative.targetGroups],
    occupations: initiative.occupations.join(', '),
    methodRefs: initiative.methodRefs.map((m) => ({ id: m.id, name: m.name })),
    methods: initiative.methods.join(', '),
    genderEquality: initiative.horizontalPrinciples.genderEquality,
    nonDiscrimination: initiative.horizontalPrinciples.nonDiscrimination,
    accessibility: initiative.horizontalPrinciples.accessibility,
    participants: initiative.participants.map((p) => ({
      key: newRowKey(),
      period: p.period,
      women: countText(p.women),
      men: countText(p.men),
      otherOrUnknown: countText(p.otherOrUnknown),
      toWork: countText(p.toWork),
      toStudies: countText(p.toStudies),
      otherOutcome: countText(p.otherOutcome),
    })),
    results: initiative.results,
    lessonsLearned: initiative.lessonsLearned,
    implementationOwner: initiative.implementationOwner,
    implementationPlan: initiative.implementationPlan,
    visibility: initiative.visibility.toLowerCase() as VisibilityCode,
  };
}

/** "1 500 000" or "1500000,50" → a number; empty → null; anything else → NaN. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Empty counts as 0; anything but a whole number ≥ 0 → NaN. */
export function parseCount(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (compact === '') return 0;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

function personInput(person: PersonState): { name: string; email: string } | null {
  const name = person.name.trim();
  const email = person.email.trim();
  return name || email ? { name, email } : null;
}

/** The mutation's input: a full replacement of the initiative's fields. */
export function toInitiativeInput(state: InitiativeFormState): InitiativeInput {
  return {
    title: state.title.trim(),
    summary: state.summary.trim(),
    description: state.description,
    kind: state.kind,
    status: state.status,
    startDate: state.startDate || null,
    endDate: state.endDate || null,
    contactPerson: personInput(state.contactPerson),
    projectLeader: personInput(state.projectLeader),
    partners: state.partners.map((p) => (p.organization ? { role: p.role, organization: p.organization } : { role: p.role, name: p.name.trim() })),
    fundingLines: state.fundingLines.map((f) => {
      const amount = parseAmount(f.amountSek);
      return {
        funderType: f.funderType,
        funderName: f.funderName.trim(),
        registryNumber: f.registryNumber.trim(),
        programmeArea: f.programmeArea.trim(),
        amountSek: amount === null || Number.isNaN(amount) ? null : amount,
        status: f.status,
      };
    }),
    themes: [...state.themes],
    targetGroups: [...state.targetGroups],
    occupations: splitTags(state.occupations),
    methods: splitTags(state.methods),
    methodIds: state.methodRefs.map((m) => m.id),
    genderEquality: state.genderEquality,
    nonDiscrimination: state.nonDiscrimination,
    accessibility: state.accessibility,
    participants: state.participants.map((p) => {
      const counts = Object.fromEntries(COUNT_FIELDS.map((field) => [field, parseCount(p[field])])) as Record<CountField, number>;
      // Invalid counts are caught by validateFormState before this is sent.
      for (const field of COUNT_FIELDS) if (Number.isNaN(counts[field])) counts[field] = 0;
      return { period: p.period.trim(), ...counts };
    }),
    results: state.results,
    lessonsLearned: state.lessonsLearned,
    implementationOwner: state.implementationOwner.trim(),
    implementationPlan: state.implementationPlan,
    visibility: state.visibility.toUpperCase() as Visibility,
  };
}

/** Client-side checks; each mirrors one of the server's. Values are message keys. */
export type ClientErrorKey =
  | 'titleRequired'
  | 'kindRequired'
  | 'statusRequired'
  | 'endBeforeStart'
  | 'invalidDate'
  | 'emailInvalid'
  | 'partnerNameRequired'
  | 'amountInvalid'
  | 'countInvalid'
  | 'periodRequired';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateFormState(state: InitiativeFormState): Record<string, ClientErrorKey> {
  const errors: Record<string, ClientErrorKey> = {};
  if (!state.title.trim()) errors['title'] = 'titleRequired';
  if (!state.kind) errors['kind'] = 'kindRequired';
  if (!state.status) errors['status'] = 'statusRequired';
  if (state.startDate && !DATE.test(state.startDate)) errors['startDate'] = 'invalidDate';
  if (state.endDate && !DATE.test(state.endDate)) errors['endDate'] = 'invalidDate';
  else if (state.startDate && state.endDate && DATE.test(state.startDate) && state.endDate < state.startDate) errors['endDate'] = 'endBeforeStart';
  for (const person of ['contactPerson', 'projectLeader'] as const) {
    const email = state[person].email.trim();
    if (email && !EMAIL.test(email)) errors[`${person}.email`] = 'emailInvalid';
  }
  state.partners.forEach((p, index) => {
    if (!p.organization && !p.name.trim()) errors[`partners.${index}.name`] = 'partnerNameRequired';
  });
  state.fundingLines.forEach((f, index) => {
    if (Number.isNaN(parseAmount(f.amountSek))) errors[`fundingLines.${index}.amountSek`] = 'amountInvalid';
  });
  state.participants.forEach((p, index) => {
    if (!p.period.trim()) errors[`participants.${index}.period`] = 'periodRequired';
    for (const field of COUNT_FIELDS) if (Number.isNaN(parseCount(p[field]))) errors[`participants.${index}.${field}`] = 'countInvalid';
  });
  return errors;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the overlap radar compares, from the form as it is; dates only once they are whole. */
export function overlapDraftOf(state: InitiativeFormState): OverlapDraftInput {
  return {
    title: state.title.trim(),
    summary: state.summary.trim(),
    description: state.description.trim(),
    kind: state.kind || null,
    themes: [...state.themes],
    targetGroups: [...state.targetGroups],
    startDate: ISO_DAY.test(state.startDate) ? state.startDate : null,
    endDate: ISO_DAY.test(state.endDate) ? state.endDate : null,
  };
}
