import { SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import type { StoredParticipantPeriod } from '../initiatives/initiative.entity.js';
import { maskCount, readsExactly } from '../initiatives/participant-masking.js';
import type { ParticipantCount, ParticipantPeriod } from '../initiatives/initiative.model.js';
import type { LoadedUse } from './method-loaders.js';
import type { MethodOutcomes } from './method.model.js';

/**
 * The register's small-cell rule applied to sums over initiatives. Each initiative's counts are
 * masked for this reader as on its own page (FIELD_MASKS, applied by `toInitiative`). A sum with
 * no hidden part is masked like any count (exact only when every part is the reader's own
 * organisation's). A sum with a hidden part shows "<5" when it is small, and "dolt" otherwise:
 * an exact sum next to the parts the reader sees exactly would give the hidden one away.
 */
export function sumOutcomes(uses: readonly LoadedUse[]): MethodOutcomes {
  const exact = uses.every((u) => readsExactly(u.initiative.organizationId));
  const sum = (shown: (p: ParticipantPeriod) => ParticipantCount, stored: (p: StoredParticipantPeriod) => number): ParticipantCount => {
    const hidden = uses.some((u) => u.initiative.participants.some((p) => shown(p).value === null));
    const total = uses.reduce((n, u) => n + u.storedParticipants.reduce((m, p) => m + stored(p), 0), 0);
    if (!hidden) return maskCount(total, exact);
    return total < SMALL_COUNT_THRESHOLD ? maskCount(total, false) : { value: null, display: 'dolt' };
  };
  return {
    initiativeCount: uses.length,
    participants: sum(
      (p) => p.total,
      (p) => p.women + p.men + p.otherOrUnknown,
    ),
    toWork: sum(
      (p) => p.toWork,
      (p) => p.toWork,
    ),
    toStudies: sum(
      (p) => p.toStudies,
      (p) => p.toStudies,
    ),
  };
}
