import { describe, expect, it } from 'vitest';
import { describeRelation, describeValue, followUpDueDates, referencedInitiativeIds, relationChange } from './initiative-values.js';
import { isValidDate } from './initiative.validation.js';

describe('follow-up due dates', () => {
  it('falls 6 months, 1 year and 2 years after the end date', () => {
    expect(followUpDueDates('2021-10-31')).toEqual([
      { milestone: '6-months', dueDate: '2022-04-30' },
      { milestone: '1-year', dueDate: '2022-10-31' },
      { milestone: '2-years', dueDate: '2023-10-31' },
    ]);
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(followUpDueDates('2023-08-31')[0]).toEqual({ milestone: '6-months', dueDate: '2024-02-29' });
    expect(followUpDueDates('2024-02-29')[1]).toEqual({ milestone: '1-year', dueDate: '2025-02-28' });
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2021-13-01')).toBe(false);
    expect(isValidDate('21-01-01')).toBe(false);
    expect(isValidDate('1800-01-01')).toBe(false);
  });
});

describe('history values', () => {
  it('describes partners, funding lines and participants in Swedish', () => {
    expect(describeValue('partners', [{ name: 'Arbetsförmedlingen', role: 'partner', organizationId: null }])).toBe('Arbetsförmedlingen (samverkanspart)');
    expect(describeValue('fundingLines', [{ funderType: 'own-budget', funderName: '', registryNumber: '', programmeArea: '', amountSek: null, status: 'applied' }])).toBe('Egen budget, sökt');
    expect(describeValue('participants', [{ period: '2021', women: 20, men: 20, otherOrUnknown: 0, toWork: 0, toStudies: 0, otherOutcome: 0 }])).toBe(
      '2021: 20 kvinnor, 20 män, 0 annat/okänt',
    );
    expect(describeValue('themes', ['validation', 'supervision'])).toBe('Validering, Handledarskap');
    expect(describeValue('status', 'completed')).toBe('Avslutad');
    expect(describeValue('contactPerson', { name: 'Anna', email: 'anna@linkoping.se' })).toBe('Anna <anna@linkoping.se>');
    expect(describeValue('title', null)).toBeNull();
    expect(describeValue('archived', true)).toBe('Ja');
  });
});

describe('relation history entries', () => {
  const id = '00000000-0000-4000-8000-000000000001';

  it('store the other end by id, never by title', () => {
    const change = relationChange('builds-on', id, true);
    expect(change).toEqual({ field: 'relations', before: null, after: { kind: 'builds-on', initiativeId: id } });
    expect(referencedInitiativeIds(change)).toEqual([id]);
    expect(relationChange('part-of', id, false, 'incoming').before).toEqual({ kind: 'part-of', initiativeId: id, direction: 'incoming' });
  });

  it('read the title the reader may read, and otherwise a neutral text, also for a title stored the old way', () => {
    const readable = new Map([[id, 'Connect 1']]);
    expect(describeRelation({ kind: 'builds-on', initiativeId: id }, readable)).toBe('Bygger på: Connect 1');
    expect(describeRelation({ kind: 'builds-on', initiativeId: id, direction: 'incoming' }, readable)).toBe('Byggs vidare av: Connect 1');
    expect(describeRelation({ kind: 'successor-of', initiativeId: id }, new Map())).toBe('Efterföljare till: ett initiativ du inte har behörighet att se');
    expect(describeRelation({ kind: 'part-of', initiativeId: null }, readable)).toBe('Ingår i: ett initiativ du inte har behörighet att se');
    expect(describeRelation('Bygger på: Hemlig titel', readable)).toBe('Relation: ett initiativ du inte har behörighet att se');
    expect(describeRelation(null, readable)).toBeNull();
  });
});
