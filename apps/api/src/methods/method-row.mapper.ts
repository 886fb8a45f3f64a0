import { RecordColumns } from '../database/record-columns.js';
import { readsExactly } from '../initiatives/initiative-row.mapper.js';
import { MethodRow } from './method.entity.js';
import type { Method } from './method.model.js';
import type { MethodValues } from './method.validation.js';

/** The method's columns, from its entity; the contact person is one value in forms and history, two columns in the table. */
export const METHOD_RECORD = new RecordColumns<MethodRow, MethodValues>(MethodRow, {
  composites: { contactPerson: { name: 'contactName', email: 'contactEmail' } },
});

/** Every readable column (table alias `mt`), keyed as the entity's properties. */
export const METHOD_COLUMNS = METHOD_RECORD.select('mt');

export function toMethod(row: MethodRow): Method {
  return {
    id: row.id,
    organizationId: row.organizationId,
    visibility: row.visibility,
    name: row.name,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    targetGroups: row.targetGroups,
    themes: row.themes,
    steps: row.steps.map((s) => ({ title: s.title, description: s.description })),
    requirements: { ...row.requirements },
    evidenceLevel: row.evidenceLevel,
    evidenceSources: row.evidenceSources.map((s) => ({ title: s.title, url: s.url, kind: s.kind })),
    storedRelations: row.relations,
    contactPerson: row.contactName || row.contactEmail ? { name: row.contactName, email: row.contactEmail } : null,
    version: row.version,
    archived: row.archivedAt !== null,
    isDemo: row.isDemo,
    // Written only in the owning organisation (row-level security says the same).
    canEdit: readsExactly(row.organizationId),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}
