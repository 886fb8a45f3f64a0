import {
  MATERIAL_AUDIENCES,
  MATERIAL_KINDS,
  MATERIAL_LANGUAGES,
  MATERIAL_LICENCES,
  MATERIAL_LIMITS as LIMITS,
  MATERIAL_REVIEW_CYCLES,
  MATERIAL_TEXT_FIELDS,
  THEMES,
  isIsoDate,
  type MaterialTextField,
  type VisibilityCode,
} from '@portal/shared-domain';
import { codes, isUuid, person, texts } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import type { MaterialInput, MaterialVersionInput } from './material.inputs.js';
import { addMonths, swedishToday } from './material-review.js';

/** A material's form values as written to the database; also the shape compared for the history. */
export interface MaterialValues extends Record<MaterialTextField, string> {
  kind: string;
  themes: string[];
  audiences: string[];
  language: string;
  licence: string;
  visibility: VisibilityCode;
  responsibleName: string;
  responsibleEmail: string;
  validFrom: string | null;
  validTo: string | null;
  reviewCycleMonths: number | null;
  nextReviewOn: string | null;
  initiativeIds: string[];
  methodIds: string[];
}

const oneOf = (list: readonly { code: string }[], value: string) => list.some((item) => item.code === value);

function date(errors: FieldErrorCollector, field: string, value: string | null | undefined, label: string): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  if (!isIsoDate(trimmed)) {
    errors.add(field, `Ange ${label} som ÅÅÅÅ-MM-DD.`);
    return null;
  }
  return trimmed;
}

function ids(errors: FieldErrorCollector, field: string, values: readonly string[], noun: string): string[] {
  if (values.length > LIMITS.links) errors.add(field, `Högst ${LIMITS.links} ${noun}.`);
  const result: string[] = [];
  for (const value of values.slice(0, LIMITS.links)) {
    const id = value.trim().toLowerCase();
    if (!isUuid(id)) errors.add(field, `En av de valda ${noun} finns inte, eller så har du inte tillgång till den.`);
    else if (!result.includes(id)) result.push(id);
  }
  return result;
}

/**
 * Checks and normalises a material's metadata. Whether linked initiatives and methods may be read
 * is the service's question. The responsible person defaults to `actor` (the writer).
 */
export function validateMaterial(input: MaterialInput, actor: { name: string; email: string }): MaterialValues {
  const errors = new FieldErrorCollector();
  const textValues = texts(errors, MATERIAL_TEXT_FIELDS, input);
  if (!oneOf(MATERIAL_KINDS, input.kind)) errors.add('kind', 'Välj vilken typ av material det är.');
  if (!oneOf(MATERIAL_LANGUAGES, input.language)) errors.add('language', 'Välj ett språk ur listan.');
  if (!oneOf(MATERIAL_LICENCES, input.licence)) errors.add('licence', 'Välj villkor för användning ur listan.');

  const given = (input.responsibleName ?? '').trim() || (input.responsibleEmail ?? '').trim();
  const responsible = person(
    errors,
    'responsible',
    given ? { name: input.responsibleName, email: input.responsibleEmail } : actor,
    'den ansvariga',
    LIMITS.shortText,
  );
  if (!responsible.name) errors.add('responsible.name', 'Ange vem som är ansvarig för materialet.');

  const validFrom = date(errors, 'validFrom', input.validFrom, 'giltig från');
  const validTo = date(errors, 'validTo', input.validTo, 'giltig till');
  if (validFrom && validTo && validTo < validFrom) errors.add('validTo', 'Giltig till kan inte vara före giltig från.');

  const cycle = input.reviewCycleMonths ?? null;
  if (cycle !== null && !(MATERIAL_REVIEW_CYCLES as readonly number[]).includes(cycle))
    errors.add('reviewCycleMonths', `Välj en granskningscykel: ${MATERIAL_REVIEW_CYCLES.join(', ')} månader.`);
  let nextReviewOn = date(errors, 'nextReviewOn', input.nextReviewOn, 'nästa granskning');
  if (!nextReviewOn && cycle !== null && (MATERIAL_REVIEW_CYCLES as readonly number[]).includes(cycle)) nextReviewOn = addMonths(swedishToday(), cycle);

  const values: MaterialValues = {
    ...textValues,
    kind: input.kind,
    themes: codes(errors, 'themes', input.themes, THEMES, 'tema'),
    audiences: codes(errors, 'audiences', input.audiences, MATERIAL_AUDIENCES, 'målgrupp'),
    language: input.language,
    licence: input.licence,
    visibility: input.visibility,
    responsibleName: responsible.name,
    responsibleEmail: responsible.email,
    validFrom,
    validTo,
    reviewCycleMonths: cycle,
    nextReviewOn,
    initiativeIds: ids(errors, 'initiativeIds', input.initiativeIds, 'insatserna'),
    methodIds: ids(errors, 'methodIds', input.methodIds, 'metoderna'),
  };
  errors.throwIfAny();
  return values;
}

export interface MaterialVersionValues {
  fileIds: string[];
  note: string;
}

/** A version needs at least one file, each named once. */
export function validateMaterialVersion(input: MaterialVersionInput, required: boolean): MaterialVersionValues {
  const errors = new FieldErrorCollector();
  const note = (input.note ?? '').trim();
  if (note.length > LIMITS.note) errors.add('note', `Ändringsnoteringen får vara högst ${LIMITS.note} tecken.`);
  const fileIds: string[] = [];
  for (const value of input.fileIds) {
    const id = value.trim().toLowerCase();
    if (!isUuid(id)) errors.add('fileIds', 'En av filerna finns inte längre. Ladda upp den igen.');
    else if (!fileIds.includes(id)) fileIds.push(id);
  }
  if (required && fileIds.length === 0) errors.add('fileIds', 'Lägg till minst en fil.');
  if (fileIds.length > LIMITS.filesPerVersion) errors.add('fileIds', `Högst ${LIMITS.filesPerVersion} filer i en version.`);
  errors.throwIfAny();
  return { fileIds, note };
}
