import { MATERIAL_FIELD_LABELS, MATERIAL_TEXT_FIELDS } from '@portal/shared-domain';
import type { ChangeLog } from '../change-log/change-log.service.js';
import { numberParam, textHistoryFields, type FieldSpec } from '../change-log/change-value.js';

const field = (name: string, spec: FieldSpec) => ({ label: MATERIAL_FIELD_LABELS[name] ?? { sv: name, en: name }, spec });

/** The material's fields in its history, declared once: how each is stored and shown. */
export const MATERIAL_CHANGE_LOG: ChangeLog = {
  table: 'material_change',
  recordColumn: 'material_id',
  noun: { definite: 'materialet', pronoun: 'det' },
  fields: {
    ...textHistoryFields(MATERIAL_TEXT_FIELDS),
    kind: field('kind', { kind: 'code', list: 'material-kind' }),
    themes: field('themes', { kind: 'codes', list: 'theme' }),
    audiences: field('audiences', { kind: 'codes', list: 'material-audience' }),
    language: field('language', { kind: 'code', list: 'material-language' }),
    licence: field('licence', { kind: 'code', list: 'material-licence' }),
    visibility: field('visibility', { kind: 'code', list: 'visibility' }),
    responsibleName: field('responsibleName', { kind: 'text' }),
    responsibleEmail: field('responsibleEmail', { kind: 'text' }),
    validFrom: field('validFrom', { kind: 'date' }),
    validTo: field('validTo', { kind: 'date' }),
    reviewCycleMonths: field('reviewCycleMonths', { kind: 'number' }),
    nextReviewOn: field('nextReviewOn', { kind: 'date' }),
    // Linked records by count only: their titles are not the history's to keep.
    initiativeIds: field('initiativeIds', {
      kind: 'entries',
      entries: (value) => (Array.isArray(value) && value.length > 0 ? [{ message: 'linkedCount', params: [numberParam('count', value.length)] }] : []),
    }),
    methodIds: field('methodIds', {
      kind: 'entries',
      entries: (value) => (Array.isArray(value) && value.length > 0 ? [{ message: 'linkedCount', params: [numberParam('count', value.length)] }] : []),
    }),
    currentVersion: field('currentVersion', { kind: 'number' }),
    archived: field('archived', { kind: 'boolean' }),
  },
};
