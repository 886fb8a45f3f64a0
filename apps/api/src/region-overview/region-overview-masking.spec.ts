import { describe, expect, it } from 'vitest';
import { maskGenderSums, maskSum } from './region-overview-masking.js';

const sum = (value: number, hiddenPart = false) => ({ sum: value, hiddenPart });

describe('the small-cell rule on region sums', () => {
  it('shows a sum without hidden parts like any count', () => {
    expect(maskSum(sum(12), false)).toEqual({ value: 12, display: '12' });
    expect(maskSum(sum(3), false)).toEqual({ value: null, display: '<5' });
    expect(maskSum(sum(3), true)).toEqual({ value: 3, display: '3' });
    expect(maskSum(sum(0), false)).toEqual({ value: 0, display: '0' });
  });

  it('hides a sum with a hidden part: "<5" when small, "dolt" otherwise', () => {
    expect(maskSum(sum(4, true), false)).toEqual({ value: null, display: '<5' });
    expect(maskSum(sum(40, true), false)).toEqual({ value: null, display: 'dolt' });
  });

  it('hides the total when one gender is not shown exactly', () => {
    const masked = maskGenderSums({ women: sum(20), men: sum(23, true), otherOrUnknown: sum(0), exact: false });
    expect(masked.women.display).toBe('20');
    expect(masked.men.display).toBe('dolt');
    expect(masked.total).toEqual({ value: null, display: 'dolt' });
    const small = maskGenderSums({ women: sum(10), men: sum(3), otherOrUnknown: sum(0), exact: false });
    expect(small.men.display).toBe('<5');
    expect(small.total.display).toBe('dolt');
  });

  it('shows everything exactly to the owning organisation', () => {
    const masked = maskGenderSums({ women: sum(2), men: sum(3), otherOrUnknown: sum(1), exact: true });
    expect(masked.total).toEqual({ value: 6, display: '6' });
  });
});
