import { describe, expect, it } from 'vitest';
import { facetOptions } from './facet-options';

describe('facet options', () => {
  it('labels vocabulary codes and keeps the vocabulary order', () => {
    const options = facetOptions(
      'status',
      [
        { value: 'completed', count: 2 },
        { value: 'ongoing', count: 5 },
      ],
      [],
      'sv',
      new Map(),
    );
    expect(options.map((o) => [o.label, o.count])).toEqual([
      ['Pågående', 5],
      ['Avslutad', 2],
    ]);
  });

  it('keeps a selected value without hits, ticked with count 0', () => {
    const options = facetOptions('kind', [{ value: 'pilot', count: 1 }], ['pre-study'], 'en', new Map());
    expect(options).toEqual([
      { value: 'pre-study', label: 'Pre-study', count: 0, checked: true },
      { value: 'pilot', label: 'Pilot/test bed', count: 1, checked: false },
    ]);
  });

  it('names organisations and sorts them in Swedish order, start years newest first', () => {
    const names = new Map([
      ['odeshog', 'Ödeshögs kommun'],
      ['linkoping', 'Linköpings kommun'],
      ['atvidaberg', 'Åtvidabergs kommun'],
    ]);
    const organizations = facetOptions(
      'organization',
      [
        { value: 'odeshog', count: 1 },
        { value: 'atvidaberg', count: 1 },
        { value: 'linkoping', count: 3 },
      ],
      [],
      'sv',
      names,
    );
    expect(organizations.map((o) => o.label)).toEqual(['Linköpings kommun', 'Åtvidabergs kommun', 'Ödeshögs kommun']);
    const years = facetOptions(
      'startYear',
      [
        { value: '2021', count: 1 },
        { value: '2023', count: 1 },
      ],
      [],
      'sv',
      names,
    );
    expect(years.map((o) => o.value)).toEqual(['2023', '2021']);
  });
});
