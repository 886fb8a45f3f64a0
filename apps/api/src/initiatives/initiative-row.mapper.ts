import { SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import { RecordColumns } from '../database/record-columns.js';
import { currentRequestContext } from '../request/request-context.js';
import { InitiativeRow, type StoredParticipantPeriod } from './initiative.entity.js';
import type { InitiativeValues } from './initiative.validation.js';
import { type Initiative, type ParticipantCount, type ParticipantPeriod } from './initiative.model.js';

/**
 * The initiative's columns, from its entity. `contactPerson` and `projectLeader` are one value
 * each in forms and history, two columns each in the table.
 */
export const INITIATIVE_RECORD = new RecordColumns<InitiativeRow, InitiativeValues>(InitiativeRow, {
  composites: { contactPerson: { name: 'contactName', email: 'contactEmail' }, projectLeader: { name: 'leaderName', email: 'leaderEmail' } },
});

/** Every readable column (table alias `i`), keyed as the entity's properties. */
export const INITIATIVE_COLUMNS = INITIATIVE_RECORD.select('i');

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

const person = (name: string, email: string) => (name || email ? { name, email } : null);

/** GraphQL fields of `Initiative` that read other columns than their own name (see `RecordColumns.selectFor`). */
export const INITIATIVE_FIELD_COLUMNS: Readonly<Record<string, ReadonlyArray<keyof InitiativeRow & string>>> = {
  contactPerson: ['contactName', 'contactEmail'],
  projectLeader: ['leaderName', 'leaderEmail'],
  partners: ['partners'],
  totalFundingSek: ['fundingLines'],
  horizontalPrinciples: ['genderEquality', 'nonDiscrimination', 'accessibility'],
  archived: ['archivedAt'],
};

/**
 * What the GraphQL model adds to a stored row, computed when GraphQL reads it (`this` is the
 * row), so a list page that selects few columns computes little. On the prototype: one shared
 * set of getters instead of a closure set per row.
 */
const DERIVED = {
  get contactPerson(): Initiative['contactPerson'] {
    const row = this as unknown as InitiativeRow;
    return person(row.contactName, row.contactEmail);
  },
  get projectLeader(): Initiative['projectLeader'] {
    const row = this as unknown as InitiativeRow;
    return person(row.leaderName, row.leaderEmail);
  },
  get totalFundingSek(): number {
    return (this as unknown as InitiativeRow).fundingLines.reduce((sum, f) => sum + (f.amountSek ?? 0), 0);
  },
  get horizontalPrinciples(): Initiative['horizontalPrinciples'] {
    const row = this as unknown as InitiativeRow;
    return { genderEquality: row.genderEquality, nonDiscrimination: row.nonDiscrimination, accessibility: row.accessibility };
  },
  get archived(): boolean {
    return (this as unknown as InitiativeRow).archivedAt !== null;
  },
  get canEdit(): boolean {
    return readsExactly((this as unknown as InitiativeRow).organizationId);
  },
};

// Every model field comes from the row, from DERIVED or from toInitiative: checked here, not at run time.
type Uncovered = Exclude<keyof Initiative, keyof InitiativeRow | keyof typeof DERIVED | 'storedPartners'>;
const allFieldsCovered: [Uncovered] extends [never] ? true : Uncovered = true;
void allFieldsCovered;

/**
 * A stored initiative as the GraphQL model: fields named like their columns come straight from
 * the row (a new plain column needs no line here); derived ones from DERIVED; the masked
 * participants replace the stored ones when they were read.
 */
export function toInitiative(row: InitiativeRow): Initiative {
  const node = Object.assign(Object.create(DERIVED) as object, row, { storedPartners: row.partners }) as unknown as Initiative;
  if (row.participants !== undefined) node.participants = FIELD_MASKS.participants(row.participants, readsExactly(row.organizationId));
  return node;
}
