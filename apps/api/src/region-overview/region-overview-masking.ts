import { SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import { maskCount } from '../initiatives/participant-masking.js';
import type { ParticipantCount } from '../initiatives/initiative.model.js';

// Free of decorated classes (type imports only), so unit tests can load it.

/** A sum over participant periods, as the statement gives it: the sum and whether a part is hidden from this reader. */
export interface StoredSum {
  readonly sum: number;
  /** Some period's count in this sum is one the reader sees as "<5" on the initiative's page. */
  readonly hiddenPart: boolean;
}

export interface GenderSums {
  readonly women: StoredSum;
  readonly men: StoredSum;
  readonly otherOrUnknown: StoredSum;
  /** Every part is of the reader's own organisation (then nothing is masked). */
  readonly exact: boolean;
}

export interface MaskedGenderCounts {
  readonly women: ParticipantCount;
  readonly men: ParticipantCount;
  readonly otherOrUnknown: ParticipantCount;
  readonly total: ParticipantCount;
}

const HIDDEN: ParticipantCount = { value: null, display: 'dolt' };

/**
 * The register's small-cell rule for a sum (as the method bank's outcomes apply it): without a
 * hidden part it is masked like any count (exact only when every part is the reader's own);
 * with one it shows "<5" when small and "dolt" otherwise, since an exact sum next to the parts
 * the reader sees exactly on the initiatives' pages would give the hidden one away.
 */
export function maskSum(stored: StoredSum, exact: boolean): ParticipantCount {
  if (!stored.hiddenPart) return maskCount(stored.sum, exact);
  return stored.sum < SMALL_COUNT_THRESHOLD ? maskCount(stored.sum, false) : HIDDEN;
}

/**
 * Women, men and other/unknown, each by `maskSum`, and their total. The total is hidden as soon
 * as one of the three is not shown exactly: total minus the two shown would give it away.
 */
export function maskGenderSums(sums: GenderSums): MaskedGenderCounts {
  const women = maskSum(sums.women, sums.exact);
  const men = maskSum(sums.men, sums.exact);
  const otherOrUnknown = maskSum(sums.otherOrUnknown, sums.exact);
  const totalSum = sums.women.sum + sums.men.sum + sums.otherOrUnknown.sum;
  const anyHidden = [women, men, otherOrUnknown].some((c) => c.value === null);
  const total = anyHidden ? (totalSum < SMALL_COUNT_THRESHOLD ? maskCount(totalSum, false) : HIDDEN) : maskCount(totalSum, sums.exact);
  return { women, men, otherOrUnknown, total };
}
