import { RecordColumns } from '../database/record-columns.js';
import { InitiativeRow } from './initiative.entity.js';
import { FIELD_MASKS, readsExactly } from './participant-masking.js';
import type { InitiativeValues } from './initiative.validation.js';
import type { Initiative } from './initiative.model.js';

/**
 * The initiative's columns, from its entity. `contactPerson` and `projectLeader` are one value
 * each in forms and history, two columns each in the table.
 */
export const INITIATIVE_RECORD = new RecordColumns<InitiativeRow, InitiativeValues>(InitiativeRow, {
  composites: { contactPerson: { name: 'contactName', email: 'contactEmail' }, projectLeader: { name: 'leaderName', email: 'leaderEmail' } },
});

/** Every readable column (table alias `i`), keyed as the entity's properties. */
export const INITIATIVE_COLUMNS = INITIATIVE_RECORD.select('i');

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
