import {
  AFTER_LIFE_STATUSES,
  FOLLOW_UP_MILESTONES,
  FUNDER_TYPES,
  LIFECYCLE_STATUSES,
  PARTNER_ROLES,
  PROJECT_KINDS,
  RELATION_KINDS,
  TARGET_GROUPS,
  THEMES,
  VISIBILITY_LEVELS,
  type VisibilityCode,
} from '@portal/shared-domain';
import type { StoredFieldChange } from './initiative-change.entity.js';
import type { InitiativeSqlRow } from './initiative-row.mapper.js';
import type { InitiativeValues } from './initiative.validation.js';

/** Column order of `valuesToParams`, for INSERT and UPDATE. */
export const VALUE_COLUMNS = [
  'title', 'summary', 'description', 'visibility', 'kind', 'status', 'start_date', 'end_date',
  'contact_name', 'contact_email', 'leader_name', 'leader_email', 'partners', 'funding', 'themes',
  'target_groups', 'occupations', 'methods', 'gender_equality', 'non_discrimination', 'accessibility',
  'participants', 'results', 'lessons_learned', 'implementation_owner', 'implementation_plan',
] as const;

const VALUE_CASTS: Partial<Record<(typeof VALUE_COLUMNS)[number], string>> = {
  start_date: 'date', end_date: 'date', partners: 'jsonb', funding: 'jsonb', participants: 'jsonb',
  themes: 'text[]', target_groups: 'text[]', occupations: 'text[]', methods: 'text[]',
};

/** `$first::cast, $first+1::cast, …`: the placeholders of `valuesToParams`, in VALUE_COLUMNS order. */
export function valuePlaceholders(first: number): string[] {
  return VALUE_COLUMNS.map((column, index) => `$${index + first}${VALUE_CASTS[column] ? `::${VALUE_CASTS[column]}` : ''}`);
}

export function valuesToParams(v: InitiativeValues): unknown[] {
  return [
    v.title, v.summary, v.description, v.visibility, v.kind, v.status, v.startDate, v.endDate,
    v.contactPerson.name, v.contactPerson.email, v.projectLeader.name, v.projectLeader.email,
    JSON.stringify(v.partners), JSON.stringify(v.fundingLines), v.themes, v.targetGroups, v.occupations, v.methods,
    v.genderEquality, v.nonDiscrimination, v.accessibility, JSON.stringify(v.participants),
    v.results, v.lessonsLearned, v.implementationOwner, v.implementationPlan,
  ];
}

export function rowToValues(row: InitiativeSqlRow): InitiativeValues {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    visibility: row.visibility as VisibilityCode,
    kind: row.kind,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    contactPerson: { name: row.contact_name, email: row.contact_email },
    projectLeader: { name: row.leader_name, email: row.leader_email },
    partners: row.partners,
    fundingLines: row.funding,
    themes: row.themes,
    targetGroups: row.target_groups,
    occupations: row.occupations,
    methods: row.methods,
    genderEquality: row.gender_equality,
    nonDiscrimination: row.non_discrimination,
    accessibility: row.accessibility,
    participants: row.participants,
    results: row.results,
    lessonsLearned: row.lessons_learned,
    implementationOwner: row.implementation_owner,
    implementationPlan: row.implementation_plan,
  };
}

const EMPTY: InitiativeValues = {
  title: '', summary: '', description: '', visibility: 'private' as VisibilityCode, kind: '', status: '',
  startDate: null, endDate: null, contactPerson: { name: '', email: '' }, projectLeader: { name: '', email: '' },
  partners: [], fundingLines: [], themes: [], targetGroups: [], occupations: [], methods: [],
  genderEquality: '', nonDiscrimination: '', accessibility: '', participants: [], results: '', lessonsLearned: '',
  implementationOwner: '', implementationPlan: '',
};

/** The fields that differ, with before and after; for a new initiative pass `before` = null. */
export function diffValues(before: InitiativeValues | null, after: InitiativeValues): StoredFieldChange[] {
  const base = before ?? EMPTY;
  const changes: StoredFieldChange[] = [];
  for (const field of Object.keys(after) as Array<keyof InitiativeValues>) {
    if (JSON.stringify(base[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, before: before ? base[field] : null, after: after[field] });
    }
  }
  return changes;
}

/** Fields holding vocabulary codes, shown by their Swedish labels. */
const CODED_FIELDS: Readonly<Record<string, readonly { code: string; label: { sv: string } }[]>> = {
  kind: PROJECT_KINDS,
  status: LIFECYCLE_STATUSES,
  visibility: VISIBILITY_LEVELS,
  themes: THEMES,
  targetGroups: TARGET_GROUPS,
};

const label = (list: readonly { code: string; label: { sv: string } }[], code: string) => list.find((x) => x.code === code)?.label.sv ?? code;

type Count = number | { display: string };
const shown = (c: Count) => (typeof c === 'number' ? String(c) : c.display);

/** A stored before/after value as a line of Swedish text for the history view. */
export function describeValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const vocabulary = CODED_FIELDS[field];
  if (typeof value === 'string') return vocabulary ? label(vocabulary, value) : value;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return String(value);
  if (!Array.isArray(value)) {
    const person = value as { name?: string; email?: string };
    if (field === 'contactPerson' || field === 'projectLeader') return [person.name, person.email && `<${person.email}>`].filter(Boolean).join(' ');
    return JSON.stringify(value);
  }
  switch (field) {
    case 'partners':
      return (value as Array<{ name: string; role: string }>).map((p) => `${p.name} (${label(PARTNER_ROLES, p.role).toLocaleLowerCase('sv-SE')})`).join('; ');
    case 'fundingLines':
      return (value as Array<{ funderType: string; funderName: string; amountSek: number | null; registryNumber: string; status: string }>)
        .map((f) =>
          [label(FUNDER_TYPES, f.funderType), f.funderName, f.registryNumber && `dnr ${f.registryNumber}`, f.amountSek !== null && `${f.amountSek.toLocaleString('sv-SE')} kr`, f.status === 'applied' ? 'sökt' : 'beviljad']
            .filter(Boolean)
            .join(', '),
        )
        .join('; ');
    case 'participants':
      // Masked periods (from FIELD_MASKS) carry what may be shown; stored ones plain numbers.
      return (value as Array<{ period: string; women: Count; men: Count; otherOrUnknown: Count }>)
        .map((p) => `${p.period}: ${shown(p.women)} kvinnor, ${shown(p.men)} män, ${shown(p.otherOrUnknown)} annat/okänt`)
        .join('; ');
    default:
      return (value as unknown[]).map((v) => (vocabulary && typeof v === 'string' ? label(vocabulary, v) : String(v))).join(', ');
  }
}

/** Due dates of the three follow-ups after `endDate` (ÅÅÅÅ-MM-DD), clamped to the month's end. */
export function followUpDueDates(endDate: string): Array<{ milestone: string; dueDate: string }> {
  const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
  return FOLLOW_UP_MILESTONES.map((m) => {
    const targetMonth = month - 1 + m.months;
    const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
    const date = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
    return { milestone: m.code, dueDate: date.toISOString().slice(0, 10) };
  });
}

/**
 * What a relation's history entry stores: the other end by id, never by title, so the title is
 * looked up when the history is read, through row-level security as the reader. `incoming` is set
 * when the entry is in the history of the relation's `to` end. `initiativeId` is null only for
 * entries written before ids were stored whose other end could not be identified.
 */
export interface StoredRelationReference {
  kind: string;
  initiativeId: string | null;
  direction?: 'incoming';
}

/** Shown instead of the other end's title when the reader may not read it (or it is gone). */
export const UNREADABLE_INITIATIVE = 'ett initiativ du inte har behörighet att se';

/** History entry of a relation added (or, as `before`, removed), pointing at the other end by id. */
export function relationChange(kind: string, otherId: string, added: boolean, direction: 'outgoing' | 'incoming' = 'outgoing'): StoredFieldChange {
  const reference: StoredRelationReference = { kind, initiativeId: otherId, ...(direction === 'incoming' ? { direction } : {}) };
  return { field: 'relations', before: added ? null : reference, after: added ? reference : null };
}

function isRelationReference(value: unknown): value is StoredRelationReference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['kind'] === 'string' && (candidate['initiativeId'] === null || typeof candidate['initiativeId'] === 'string');
}

/** The initiative ids a stored history change refers to, to be resolved in one query per history. */
export function referencedInitiativeIds(change: StoredFieldChange): string[] {
  if (change.field !== 'relations') return [];
  return [change.before, change.after].filter(isRelationReference).flatMap((r) => (r.initiativeId ? [r.initiativeId] : []));
}

/**
 * A relation's stored value as Swedish text: "Bygger på: Connect 1", with the title from
 * `readableTitles` (what the reader may read now). Anything else stored under `relations`, such as
 * a title written before ids were stored, is never shown: it could name what the reader may not see.
 */
export function describeRelation(value: unknown, readableTitles: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined) return null;
  if (!isRelationReference(value)) return `Relation: ${UNREADABLE_INITIATIVE}`;
  const term = RELATION_KINDS.find((k) => k.code === value.kind);
  const kindLabel = term ? (value.direction === 'incoming' ? term.incoming.sv : term.label.sv) : 'Relation';
  const title = value.initiativeId ? readableTitles.get(value.initiativeId) : undefined;
  return `${kindLabel}: ${title ?? UNREADABLE_INITIATIVE}`;
}

/** History entry of a recorded follow-up: "Efter 6 månader: Delvis implementerad". */
export function followUpChange(milestone: string, status: string): StoredFieldChange {
  return { field: 'followUps', before: null, after: `${label(FOLLOW_UP_MILESTONES, milestone)}: ${label(AFTER_LIFE_STATUSES, status)}` };
}
