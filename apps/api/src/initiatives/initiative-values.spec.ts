import { describe, expect, it } from 'vitest';
import { formatChangeValue } from '@portal/shared-domain';
import { presentValue } from '../change-log/change-value.js';
import { INITIATIVE_CHANGE_LOG, relationEntry } from './initiative-change-log.js';
import { followUpDueDates, referencedInitiativeIds, relationChange } from './initiative-values.js';
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
  const show = (field: string, value: unknown, locale: 'sv' | 'en' = 'sv') =>
    formatChangeValue(presentValue(INITIATIVE_CHANGE_LOG.fields[field]?.spec, value), locale);

  it('travel as codes and parameters, worded in Swedish for a Swedish reader', () => {
    expect(presentValue(INITIATIVE_CHANGE_LOG.fields['status']!.spec, 'completed')).toEqual({ kind: 'code', list: 'lifecycle-status', codes: ['completed'] });
    expect(show('partners', [{ name: 'Arbetsförmedlingen', role: 'partner', organizationId: null }])).toBe('Arbetsförmedlingen (samverkanspart)');
    expect(
      show('fundingLines', [{ funderType: 'own-budget', funderName: '', registryNumber: '', programmeArea: '', amountSek: null, status: 'applied' }]),
    ).toBe('Egen budget, sökt');
    expect(show('participants', [{ period: '2021', women: 20, men: 20, otherOrUnknown: 0, toWork: 0, toStudies: 0, otherOutcome: 0 }])).toBe(
      '2021: 20 kvinnor, 20 män, 0 annat/okänt',
    );
    expect(show('themes', ['validation', 'supervision'])).toBe('Validering, Handledarskap');
    expect(show('status', 'completed')).toBe('Avslutad');
    expect(show('contactPerson', { name: 'Anna', email: 'anna@linkoping.se' })).toBe('Anna <anna@linkoping.se>');
    expect(show('title', null)).toBeNull();
    expect(show('archived', true)).toBe('Ja');
    expect(show('followUps', { milestone: '6-months', status: 'partly-implemented' })).toBe('Efter 6 månader: Delvis implementerad');
  });

  it('and in English for an English reader', () => {
    expect(show('status', 'completed', 'en')).toBe('Completed');
    expect(
      show('fundingLines', [{ funderType: 'esf-plus', funderName: 'ESF-rådet', registryNumber: '2020/00694', amountSek: 400000, status: 'granted' }], 'en'),
    ).toBe('ESF+, ESF-rådet, reg. no. 2020/00694, 400,000 SEK, granted');
    expect(show('participants', [{ period: '2021', women: { display: '<5' }, men: 12, otherOrUnknown: 0 }], 'en')).toBe(
      '2021: <5 women, 12 men, 0 other/unknown',
    );
    expect(show('archived', false, 'en')).toBe('No');
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

  it('read the title the reader may read, and otherwise a neutral text', () => {
    const word = (title: string | null, kind = 'builds-on', direction?: string, locale: 'sv' | 'en' = 'sv') =>
      formatChangeValue({ kind: 'entries', entries: [relationEntry(kind, direction, title)] }, locale);
    expect(word('Connect 1')).toBe('Bygger på: Connect 1');
    expect(word('Connect 1', 'builds-on', 'incoming')).toBe('Byggs vidare av: Connect 1');
    expect(word(null, 'successor-of')).toBe('Efterföljare till: ett initiativ du inte har behörighet att se');
    expect(word(null, 'part-of', undefined, 'en')).toBe('Part of: an initiative you are not allowed to see');
  });
});
