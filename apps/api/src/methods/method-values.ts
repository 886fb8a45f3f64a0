import { EVIDENCE_LEVELS, METHOD_RELATION_KINDS, METHOD_SOURCE_KINDS, TARGET_GROUPS, THEMES, VISIBILITY_LEVELS, type VisibilityCode } from '@portal/shared-domain';
import type { StoredFieldChange } from '../initiatives/initiative-change.entity.js';
import type { StoredMethodRelation } from './method.entity.js';
import type { MethodSqlRow } from './method-row.mapper.js';
import type { MethodValues } from './method.validation.js';

/** Column order of `methodParams`, for INSERT and UPDATE. */
export const METHOD_VALUE_COLUMNS = [
  'name', 'summary', 'description', 'problem', 'visibility', 'target_groups', 'themes', 'steps', 'requirements',
  'evidence_level', 'evidence_sources', 'relations', 'contact_name', 'contact_email',
] as const;

const CASTS: Partial<Record<(typeof METHOD_VALUE_COLUMNS)[number], string>> = {
  target_groups: 'text[]', themes: 'text[]', steps: 'jsonb', requirements: 'jsonb', evidence_sources: 'jsonb', relations: 'jsonb',
};

/** `$first::cast, …`: the placeholders of `methodParams`, in METHOD_VALUE_COLUMNS order. */
export function methodPlaceholders(first: number): string[] {
  return METHOD_VALUE_COLUMNS.map((column, index) => `$${index + first}${CASTS[column] ? `::${CASTS[column]}` : ''}`);
}

export function methodParams(v: MethodValues): unknown[] {
  return [
    v.name, v.summary, v.description, v.problem, v.visibility, v.targetGroups, v.themes, JSON.stringify(v.steps), JSON.stringify(v.requirements),
    v.evidenceLevel, JSON.stringify(v.evidenceSources), JSON.stringify(v.relations), v.contactPerson.name, v.contactPerson.email,
  ];
}

export function methodRowToValues(row: MethodSqlRow): MethodValues {
  return {
    name: row.name,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    visibility: row.visibility as VisibilityCode,
    targetGroups: row.target_groups,
    themes: row.themes,
    steps: row.steps,
    requirements: row.requirements,
    evidenceLevel: row.evidence_level,
    evidenceSources: row.evidence_sources,
    relations: row.relations,
    contactPerson: { name: row.contact_name, email: row.contact_email },
  };
}

const EMPTY: MethodValues = {
  name: '', summary: '', description: '', problem: '', visibility: 'private', targetGroups: [], themes: [], steps: [],
  requirements: { training: '', certification: '', staffing: '', indicativeCost: '' }, evidenceLevel: null, evidenceSources: [], relations: [],
  contactPerson: { name: '', email: '' },
};

/** JSON with object keys sorted: jsonb stores keys in its own order, so a plain stringify of a read-back row differs. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields that differ, with before and after; for a new method pass `before` = null. */
export function diffMethodValues(before: MethodValues | null, after: MethodValues): StoredFieldChange[] {
  const base = before ?? EMPTY;
  const changes: StoredFieldChange[] = [];
  for (const field of Object.keys(after) as Array<keyof MethodValues>) {
    if (canonical(base[field]) !== canonical(after[field])) changes.push({ field, before: before ? base[field] : null, after: after[field] });
  }
  return changes;
}

/** Shown instead of a related method's name when the reader may not read it (or it is gone). */
export const UNREADABLE_METHOD = 'en metod du inte har behörighet att se';

const CODED_FIELDS: Readonly<Record<string, readonly { code: string; label: { sv: string } }[]>> = {
  visibility: VISIBILITY_LEVELS,
  themes: THEMES,
  targetGroups: TARGET_GROUPS,
  evidenceLevel: EVIDENCE_LEVELS,
};

const label = (list: readonly { code: string; label: { sv: string } }[], code: string) => list.find((x) => x.code === code)?.label.sv ?? code;

function isRelationList(value: unknown): value is StoredMethodRelation[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && typeof (r as StoredMethodRelation).methodId === 'string');
}

/** The method ids a stored history change refers to, resolved in one query per history. */
export function referencedMethodIds(change: StoredFieldChange): string[] {
  if (change.field !== 'relations') return [];
  return [change.before, change.after].filter(isRelationList).flatMap((list) => list.map((r) => r.methodId));
}

/**
 * A stored before/after value as Swedish text. Related methods are named by what the reader may
 * read now (`readableNames`); a stored value never names another method by itself.
 */
export function describeMethodValue(field: string, value: unknown, readableNames: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined) return null;
  const vocabulary = CODED_FIELDS[field];
  if (typeof value === 'string') return vocabulary ? label(vocabulary, value) : value;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return String(value);
  switch (field) {
    case 'contactPerson': {
      const person = value as { name?: string; email?: string };
      return [person.name, person.email && `<${person.email}>`].filter(Boolean).join(' ');
    }
    case 'requirements': {
      const r = value as Record<string, string>;
      const parts: Array<[string, string | undefined]> = [['Utbildning', r['training']], ['Certifiering', r['certification']], ['Bemanning', r['staffing']], ['Kostnad', r['indicativeCost']]];
      return parts.filter(([, text]) => text).map(([name, text]) => `${name}: ${text}`).join('; ');
    }
    case 'steps':
      return (value as Array<{ title: string }>).map((s, i) => `${i + 1}. ${s.title}`).join('; ');
    case 'evidenceSources':
      return (value as Array<{ title: string; kind: string; url: string | null }>).map((s) => [s.title, label(METHOD_SOURCE_KINDS, s.kind).toLocaleLowerCase('sv-SE'), s.url].filter(Boolean).join(', ')).join('; ');
    case 'relations':
      if (!isRelationList(value)) return null;
      return value.map((r) => `${METHOD_RELATION_KINDS.find((k) => k.code === r.kind)?.label.sv ?? 'Relation'}: ${readableNames.get(r.methodId) ?? UNREADABLE_METHOD}`).join('; ');
    default:
      return Array.isArray(value) ? value.map((v) => (vocabulary && typeof v === 'string' ? label(vocabulary, v) : String(v))).join(', ') : JSON.stringify(value);
  }
}
