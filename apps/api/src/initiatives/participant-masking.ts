import { SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import { currentRequestContext } from '../request/request-context.js';
import type { StoredParticipantPeriod } from './initiative.entity.js';
import type { ParticipantCount, ParticipantPeriod } from './initiative.model.js';

// Free of decorated classes (type imports only), so unit tests can load it.

/** One count as a reader outside the owning organisation may see it: under the threshold it is "<5". */
export function maskCount(value: number, exact: boolean): ParticipantCount {
  if (exact || value === 0 || value >= SMALL_COUNT_THRESHOLD) return { value, display: String(value) };
  return { value: null, display: `<${SMALL_COUNT_THRESHOLD}` };
}

/** Small counts could point at individuals; only the owning organisation sees them exactly. */
export function maskParticipants(periods: readonly StoredParticipantPeriod[], exact: boolean): ParticipantPeriod[] {
  return periods.map((p) => {
    const women = maskCount(p.women, exact);
    const men = maskCount(p.men, exact);
    const otherOrUnknown = maskCount(p.otherOrUnknown, exact);
    // An exact total next to one hidden part would give the hidden part away by subtraction.
    const anyHidden = [women, men, otherOrUnknown].some((c) => c.value === null);
    const total = anyHidden ? { value: null, display: 'dolt' } : maskCount(p.women + p.men + p.otherOrUnknown, exact);
    return {
      period: p.period,
      women,
      men,
      otherOrUnknown,
      total,
      toWork: maskCount(p.toWork, exact),
      toStudies: maskCount(p.toStudies, exact),
      otherOutcome: maskCount(p.otherOutcome, exact),
    };
  });
}

/**
 * The one masking rule per field: the field resolver and the history both go through it, so a
 * stored before/after value is never shown more exactly than the field itself. Add new masked
 * fields here.
 */
export const FIELD_MASKS = {
  participants: (stored: readonly StoredParticipantPeriod[], exact: boolean): ParticipantPeriod[] => maskParticipants(stored, exact),
} as const;

/** Only a signed-in member of the owning organisation reads masked fields exactly. */
export function readsExactly(organizationId: string): boolean {
  const context = currentRequestContext();
  return context?.principal !== undefined && context.activeOrganization?.id === organizationId;
}

/** A stored value of `field` as this reader may see it (unchanged for fields without a mask). */
export function maskFieldValue(field: string, value: unknown, exact: boolean): unknown {
  if (value === null || value === undefined || !Object.prototype.hasOwnProperty.call(FIELD_MASKS, field)) return value;
  const mask = FIELD_MASKS[field as keyof typeof FIELD_MASKS] as (stored: unknown, exact: boolean) => unknown;
  return mask(value, exact);
}
