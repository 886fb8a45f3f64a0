import { describe, expect, it } from 'vitest';
import { clearedState, hasFilters, parseRegisterParams, toggleFacetValue, toQueryVariables, toRegisterParams } from './register-params';

describe('register state in the address', () => {
  it('reads search, repeated facet values and sort from the query string', () => {
    const state = parseRegisterParams(new URLSearchParams('sok=Connect&tema=competence-supply&tema=validation&startar=2021&sortera=titel'));
    expect(state.search).toBe('Connect');
    expect(state.selected.theme).toEqual(['competence-supply', 'validation']);
    expect(state.selected.startYear).toEqual(['2021']);
    expect(state.selected.status).toEqual([]);
    expect(state.sort).toBe('titel');
  });

  it('defaults to relevance with a search and to latest changed without one', () => {
    expect(parseRegisterParams(new URLSearchParams('sok=x')).sort).toBe('relevans');
    expect(parseRegisterParams(new URLSearchParams('')).sort).toBe('andrad');
    expect(parseRegisterParams(new URLSearchParams('sortera=relevans')).sort).toBe('andrad');
    expect(parseRegisterParams(new URLSearchParams('sortera=okand')).sort).toBe('andrad');
  });

  it('drops duplicates, blanks and start years that are not years', () => {
    const state = parseRegisterParams(new URLSearchParams('status=ongoing&status=ongoing&status=&startar=20x1&startar=2022'));
    expect(state.selected.status).toEqual(['ongoing']);
    expect(state.selected.startYear).toEqual(['2022']);
  });

  it('writes the state back without defaults, so the round trip is stable', () => {
    const query = 'sok=Connect&status=ongoing&typ=pre-study&organisation=linkoping&sortera=start-nyast';
    expect(toRegisterParams(parseRegisterParams(new URLSearchParams(query))).toString()).toBe(query);
    expect(toRegisterParams(parseRegisterParams(new URLSearchParams('sok=a&sortera=relevans'))).toString()).toBe('sok=a');
    expect(toRegisterParams(clearedState()).toString()).toBe('');
  });

  it('ticks and unticks facet values', () => {
    const ticked = toggleFacetValue(clearedState(), 'kind', 'pilot', true);
    expect(ticked.selected.kind).toEqual(['pilot']);
    expect(hasFilters(ticked)).toBe(true);
    const unticked = toggleFacetValue(ticked, 'kind', 'pilot', false);
    expect(unticked.selected.kind).toEqual([]);
    expect(hasFilters(unticked)).toBe(false);
  });

  it('asks the API only for filters that have values, with start years as numbers', () => {
    expect(toQueryVariables(clearedState())).toEqual({ search: null, filter: null, orderBy: 'UPDATED_DESC' });
    const state = parseRegisterParams(new URLSearchParams('sok=vård&finansiar=esf-plus&malgrupp=young-people&startar=2021'));
    expect(toQueryVariables(state)).toEqual({
      search: 'vård',
      filter: { funderTypes: ['esf-plus'], targetGroups: ['young-people'], startYears: [2021] },
      orderBy: 'RELEVANCE',
    });
  });
});
