import { describe, expect, it } from 'vitest';
import type { InitiativeFormFieldsFragment } from '../../gql/graphql';
import {
  emptyFormState,
  emptyFundingLine,
  emptyParticipantPeriod,
  emptyPartner,
  formStateFromInitiative,
  parseAmount,
  parseCount,
  splitTags,
  toInitiativeInput,
  validateFormState,
} from './initiative-form-state';

const stored: InitiativeFormFieldsFragment = {
  id: 'i-1',
  version: 3,
  canEdit: true,
  archived: false,
  title: 'Connect 2',
  summary: 'Vägar in i vården',
  description: '**Mer**',
  kind: 'pre-study',
  status: 'completed',
  startDate: '2021-02-01',
  endDate: '2021-10-31',
  visibility: 'REGION',
  contactPerson: { name: 'Anna Lind', email: 'anna@linkoping.se' },
  projectLeader: null,
  partners: [
    { role: 'lead', name: 'Linköpings kommun', organization: { slug: 'linkoping' } },
    { role: 'partner', name: 'Arbetsförmedlingen', organization: null },
  ],
  fundingLines: [
    { funderType: 'esf-plus', funderName: 'ESF-rådet', registryNumber: '2020/00694', programmeArea: 'PO2', amountSek: 1500000, status: 'granted' },
  ],
  themes: ['validation'],
  targetGroups: ['young-people'],
  occupations: ['undersköterska', 'elevassistent'],
  methods: ['Egen fritextmetod'],
  methodRefs: [{ id: 'm-1', name: 'Validering' }],
  horizontalPrinciples: { genderEquality: 'J', nonDiscrimination: 'I', accessibility: 'T' },
  participants: [
    {
      period: '2021',
      women: { value: 12 },
      men: { value: 3 },
      otherOrUnknown: { value: 0 },
      toWork: { value: 4 },
      toStudies: { value: 2 },
      otherOutcome: { value: null },
    },
  ],
  results: 'R',
  lessonsLearned: 'L',
  implementationOwner: 'Vård och omsorg',
  implementationPlan: 'P',
};

describe('the form state of an initiative', () => {
  it('turns a stored initiative into form values and back into the same input', () => {
    const state = formStateFromInitiative(stored);
    expect(state.visibility).toBe('region');
    expect(state.occupations).toBe('undersköterska, elevassistent');
    expect(state.partners.map((p) => [p.organization, p.name])).toEqual([
      ['linkoping', ''],
      ['', 'Arbetsförmedlingen'],
    ]);
    expect(state.participants[0]).toMatchObject({ women: '12', otherOutcome: '' });
    expect(state.methodRefs).toEqual([{ id: 'm-1', name: 'Validering' }]);
    expect(state.methods).toBe('Egen fritextmetod');

    const input = toInitiativeInput(state);
    expect(input).toMatchObject({
      title: 'Connect 2',
      methods: ['Egen fritextmetod'],
      methodIds: ['m-1'],
      visibility: 'REGION',
      startDate: '2021-02-01',
      contactPerson: { name: 'Anna Lind', email: 'anna@linkoping.se' },
      projectLeader: null,
      partners: [
        { role: 'lead', organization: 'linkoping' },
        { role: 'partner', name: 'Arbetsförmedlingen' },
      ],
      fundingLines: [
        { funderType: 'esf-plus', funderName: 'ESF-rådet', registryNumber: '2020/00694', programmeArea: 'PO2', amountSek: 1500000, status: 'granted' },
      ],
      occupations: ['undersköterska', 'elevassistent'],
      genderEquality: 'J',
      participants: [{ period: '2021', women: 12, men: 3, otherOrUnknown: 0, toWork: 4, toStudies: 2, otherOutcome: 0 }],
      implementationOwner: 'Vård och omsorg',
    });
    expect(input.partners?.[0]).not.toHaveProperty('name');
  });

  it('sends empty dates and people as null and trims what is typed', () => {
    const input = toInitiativeInput({ ...emptyFormState(), title: '  Ny  ', kind: 'pilot', contactPerson: { name: ' ', email: '' } });
    expect(input).toMatchObject({
      title: 'Ny',
      startDate: null,
      endDate: null,
      contactPerson: null,
      projectLeader: null,
      visibility: 'PRIVATE',
      status: 'planned',
    });
  });

  it('parses amounts, counts and tags as Swedish users type them', () => {
    expect(parseAmount('1 500 000')).toBe(1500000);
    expect(parseAmount('2500,50')).toBe(2500.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('tio')).toBeNaN();
    expect(parseCount('')).toBe(0);
    expect(parseCount('7')).toBe(7);
    expect(parseCount('-1')).toBeNaN();
    expect(parseCount('1.5')).toBeNaN();
    expect(splitTags(' a, ,b ,')).toEqual(['a', 'b']);
  });

  it('checks on the client what the server would refuse anyway', () => {
    const state = {
      ...emptyFormState(),
      status: '',
      startDate: '2024-05-01',
      endDate: '2024-04-30',
      contactPerson: { name: 'A', email: 'inte-en-adress' },
      partners: [emptyPartner()],
      fundingLines: [{ ...emptyFundingLine(), amountSek: 'mycket' }],
      participants: [{ ...emptyParticipantPeriod(), women: 'x' }],
    };
    expect(validateFormState(state)).toEqual({
      title: 'titleRequired',
      kind: 'kindRequired',
      status: 'statusRequired',
      endDate: 'endBeforeStart',
      'contactPerson.email': 'emailInvalid',
      'partners.0.name': 'partnerNameRequired',
      'fundingLines.0.amountSek': 'amountInvalid',
      'participants.0.period': 'periodRequired',
      'participants.0.women': 'countInvalid',
    });
    expect(validateFormState({ ...emptyFormState(), title: 'T', kind: 'pilot', startDate: '2024-05-01', endDate: '2024-05-01' })).toEqual({});
  });
});
