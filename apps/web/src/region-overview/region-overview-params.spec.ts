import { describe, expect, it } from 'vitest';
import { parseRegionParams, registerLink, toRegionFilter, toRegionParams } from './region-overview-params';

describe('the region overview address', () => {
  it('reads and writes years and lists, dropping what is not a year', () => {
    const state = parseRegionParams(new URLSearchParams('fran=2021&till=abc&tema=validation&tema=validation&organisation=linkoping'));
    expect(state.fromYear).toBe(2021);
    expect(state.toYear).toBeNull();
    expect(state.lists.themes).toEqual(['validation']);
    expect(toRegionParams(state).toString()).toBe('fran=2021&tema=validation&organisation=linkoping');
    expect(toRegionFilter(state)).toEqual({ fromYear: 2021, themes: ['validation'], organizations: ['linkoping'] });
    expect(toRegionFilter(parseRegionParams(new URLSearchParams()))).toBeNull();
  });

  it('links a cell to the register with the cell in place of the same filter and its municipality as a participant', () => {
    const state = parseRegionParams(new URLSearchParams('typ=pilot&organisation=ydre&fran=2020'));
    expect(registerLink(state, { themes: 'validation' }, 'linkoping')).toBe('/initiativ?tema=validation&typ=pilot&organisation=ydre&deltar=linkoping');
    expect(registerLink(parseRegionParams(new URLSearchParams()), {}, 'ydre')).toBe('/initiativ?deltar=ydre');
  });
});
