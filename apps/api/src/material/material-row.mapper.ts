import { RecordColumns } from '../database/record-columns.js';
import { readsExactly } from '../initiatives/participant-masking.js';
import { MaterialRow } from './material.entity.js';
import type { Material } from './material.model.js';
import { reviewStatusOf } from './material-review.js';
import type { MaterialValues } from './material.validation.js';

/** The material's columns, from its entity. */
export const MATERIAL_RECORD = new RecordColumns<MaterialRow, MaterialValues>(MaterialRow);

/** Every readable column (table alias `ma`), keyed as the entity's properties. */
export const MATERIAL_COLUMNS = MATERIAL_RECORD.select('ma');

/** GraphQL fields of `Material` that read other columns than their own name (see `RecordColumns.selectFor`). */
export const MATERIAL_FIELD_COLUMNS: Readonly<Record<string, ReadonlyArray<keyof MaterialRow & string>>> = {
  archived: ['archivedAt'],
  reviewStatus: ['validFrom', 'validTo', 'nextReviewOn'],
  currentVersionNumber: ['currentVersion'],
  // Resolved by field resolvers from these stored columns.
  currentVersion: ['currentVersion'],
  isAdaptation: ['adaptedFromId'],
  adaptedFrom: ['adaptedFromId'],
  originalChange: ['adaptedFromId', 'originalSeenVersion', 'organizationId'],
  initiatives: ['initiativeIds'],
  methods: ['methodIds'],
};

const DERIVED = {
  get archived(): boolean {
    return (this as unknown as MaterialRow).archivedAt !== null;
  },
  get canEdit(): boolean {
    return readsExactly((this as unknown as MaterialRow).organizationId);
  },
  get reviewStatus(): string {
    return reviewStatusOf(this as unknown as MaterialRow);
  },
  get currentVersionNumber(): number {
    return (this as unknown as MaterialRow).currentVersion;
  },
};

type Uncovered = Exclude<keyof Material, keyof MaterialRow | keyof typeof DERIVED>;
const allFieldsCovered: [Uncovered] extends [never] ? true : Uncovered = true;
void allFieldsCovered;

/** A stored material as the GraphQL model: columns straight from the row, the rest from DERIVED. */
export function toMaterial(row: MaterialRow): Material {
  return Object.assign(Object.create(DERIVED) as object, row) as unknown as Material;
}
