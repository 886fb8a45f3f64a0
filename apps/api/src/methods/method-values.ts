import type { VisibilityCode } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';
import type { StoredMethodRelation } from './method.entity.js';
import type { MethodSqlRow } from './method-row.mapper.js';
import type { MethodValues } from './method.validation.js';

/** Column order of `methodParams`, for INSERT and UPDATE. */
export const METHOD_VALUE_COLUMNS = [
  'name',
  'summary',
  'description',
  'problem',
  'visibility',
  'target_groups',
  'themes',
  'steps',
  'requirements',
  'evidence_level',
  'evidence_sources',
  'relations',
  'contact_name',
  'contact_email',
] as const;

const CASTS: Partial<Record<(typeof METHOD_VALUE_COLUMNS)[number], string>> = {
  target_groups: 'text[]',
  themes: 'text[]',
  steps: 'jsonb',
  requirements: 'jsonb',
  evidence_sources: 'jsonb',
  relations: 'jsonb',
};

/** `$first::cast, …`: the placeholders of `methodParams`, in METHOD_VALUE_COLUMNS order. */
export function methodPlaceholders(first: number): string[] {
  return METHOD_VALUE_COLUMNS.map((column, index) => `$${index + first}${CASTS[column] ? `::${CASTS[column]}` : ''}`);
}

export function methodParams(v: MethodValues): unknown[] {
  return [
    v.name,
    v.summary,
    v.description,
    v.problem,
    v.visibility,
    v.targetGroups,
    v.themes,
    JSON.stringify(v.steps),
    JSON.stringify(v.requirements),
    v.evidenceLevel,
    JSON.stringify(v.evidenceSources),
    JSON.stringify(v.relations),
    v.contactPerson.name,
    v.contactPerson.email,
  ];
}

/**
 * The stored method as the values validation produces, objects rebuilt in the same key order:
 * jsonb keeps keys in its own order, and the change log compares values as JSON.
 */
export function methodRowToValues(row: MethodSqlRow): MethodValues {
  const r = row.requirements;
  return {
    name: row.name,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    visibility: row.visibility as VisibilityCode,
    targetGroups: row.target_groups,
    themes: row.themes,
    steps: row.steps.map((s) => ({ title: s.title, description: s.description })),
    requirements: { training: r.training, certification: r.certification, staffing: r.staffing, indicativeCost: r.indicativeCost },
    evidenceLevel: row.evidence_level,
    evidenceSources: row.evidence_sources.map((s) => ({ title: s.title, url: s.url, kind: s.kind })),
    relations: row.relations.map((rel) => ({ kind: rel.kind, methodId: rel.methodId })),
    contactPerson: { name: row.contact_name, email: row.contact_email },
  };
}

function isRelationList(value: unknown): value is StoredMethodRelation[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && typeof (r as StoredMethodRelation).methodId === 'string');
}

/** The method ids a stored history change refers to, resolved in one query per history. */
export function referencedMethodIds(change: StoredFieldChange): string[] {
  if (change.field !== 'relations') return [];
  return [change.before, change.after].filter(isRelationList).flatMap((list) => list.map((r) => r.methodId));
}

/** Whether a stored `relations` value is a list of references by id (the only shape ever written). */
export { isRelationList };
