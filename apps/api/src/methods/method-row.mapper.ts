import { RecordColumns } from '../database/record-columns.js';
import { readsExactly } from '../initiatives/participant-masking.js';
import { MethodRow } from './method.entity.js';
import type { Method } from './method.model.js';
import type { MethodValues } from './method.validation.js';

/** The method's columns, from its entity; the contact person is one value in forms and history, two columns in the table. */
export const METHOD_RECORD = new RecordColumns<MethodRow, MethodValues>(MethodRow, {
  composites: { contactPerson: { name: 'contactName', email: 'contactEmail' } },
});

/** Every readable column (table alias `mt`), keyed as the entity's properties. */
export const METHOD_COLUMNS = METHOD_RECORD.select('mt');

/** GraphQL fields of `Method` that read other columns than their own name (see `RecordColumns.selectFor`). */
export const METHOD_FIELD_COLUMNS: Readonly<Record<string, ReadonlyArray<keyof MethodRow & string>>> = {
  contactPerson: ['contactName', 'contactEmail'],
  relations: ['relations'],
  archived: ['archivedAt'],
};

/** What the GraphQL model adds to a stored row, computed when read (`this` is the row); see initiative-row.mapper.ts. */
const DERIVED = {
  get contactPerson(): Method['contactPerson'] {
    const row = this as unknown as MethodRow;
    return row.contactName || row.contactEmail ? { name: row.contactName, email: row.contactEmail } : null;
  },
  get archived(): boolean {
    return (this as unknown as MethodRow).archivedAt !== null;
  },
  // Written only in the owning organisation (row-level security says the same).
  get canEdit(): boolean {
    return readsExactly((this as unknown as MethodRow).organizationId);
  },
};

type Uncovered = Exclude<keyof Method, keyof MethodRow | keyof typeof DERIVED | 'storedRelations'>;
const allFieldsCovered: [Uncovered] extends [never] ? true : Uncovered = true;
void allFieldsCovered;

/** A stored method as the GraphQL model: columns straight from the row, the rest from DERIVED. */
export function toMethod(row: MethodRow): Method {
  return Object.assign(Object.create(DERIVED) as object, row, { storedRelations: row.relations }) as unknown as Method;
}
