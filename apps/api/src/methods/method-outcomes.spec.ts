import { describe, expect, it } from 'vitest';
import type { StoredParticipantPeriod } from '../initiatives/initiative.entity.js';
import { maskParticipants } from '../initiatives/participant-masking.js';
import type { Initiative } from '../initiatives/initiative.model.js';
import type { LoadedUse } from './method-loaders.js';
import { sumOutcomes } from './method-outcomes.js';

/** A use as a reader outside the owning organisation sees it (no request: never exact). */
function use(period: Partial<StoredParticipantPeriod>): LoadedUse {
  const stored: StoredParticipantPeriod = { period: '2024', women: 0, men: 0, otherOrUnknown: 0, toWork: 0, toStudies: 0, otherOutcome: 0, ...period };
  const initiative = { organizationId: 'other', participants: maskParticipants([stored], false) } as unknown as Initiative;
  return { initiative, afterLifeStatus: null, storedParticipants: [stored] };
}

describe('sumOutcomes', () => {
  it('sums counts the reader sees, masking a small sum', () => {
    expect(sumOutcomes([use({ women: 5, men: 5, toWork: 5 }), use({ women: 6, men: 0, toWork: 0 })])).toEqual({
      initiativeCount: 2,
      participants: { value: 16, display: '16' },
      toWork: { value: 5, display: '5' },
      toStudies: { value: 0, display: '0' },
    });
  });

  it('shows a sum with a hidden part as "<5" when small, else "dolt", so the hidden part cannot be subtracted out', () => {
    const outcomes = sumOutcomes([use({ women: 10, men: 10, toWork: 8, toStudies: 2 }), use({ women: 5, men: 5, toWork: 3 })]);
    expect(outcomes.toWork).toEqual({ value: null, display: 'dolt' });
    expect(outcomes.toStudies).toEqual({ value: null, display: '<5' });
  });

  it('is zero for a method nobody uses', () => {
    expect(sumOutcomes([])).toEqual({
      initiativeCount: 0,
      participants: { value: 0, display: '0' },
      toWork: { value: 0, display: '0' },
      toStudies: { value: 0, display: '0' },
    });
  });
});
