import type { VisibilityCode } from '@portal/shared-domain';
import { readsExactly } from '../initiatives/initiative-row.mapper.js';
import type { StoredEvidenceSource, StoredMethodRelation, StoredMethodRequirements, StoredMethodStep } from './method.entity.js';
import type { Method } from './method.model.js';

/** The columns every method query selects (table alias `mt`), in the shape of `MethodSqlRow`. */
export const METHOD_COLUMNS = `
  mt.id, mt.organization_id, mt.visibility, mt.name, mt.summary, mt.description, mt.problem,
  mt.target_groups, mt.themes, mt.steps, mt.requirements, mt.evidence_level, mt.evidence_sources, mt.relations,
  mt.contact_name, mt.contact_email, mt.is_demo, mt.version, mt.archived_at, mt.created_at, mt.updated_at`;

export interface MethodSqlRow {
  id: string;
  organization_id: string;
  visibility: string;
  name: string;
  summary: string;
  description: string;
  problem: string;
  target_groups: string[];
  themes: string[];
  steps: StoredMethodStep[];
  requirements: StoredMethodRequirements;
  evidence_level: string | null;
  evidence_sources: StoredEvidenceSource[];
  relations: StoredMethodRelation[];
  contact_name: string;
  contact_email: string;
  is_demo: boolean;
  version: number;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function toMethod(row: MethodSqlRow): Method {
  return {
    id: row.id,
    organizationId: row.organization_id,
    visibility: row.visibility as VisibilityCode,
    name: row.name,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    targetGroups: row.target_groups,
    themes: row.themes,
    steps: row.steps.map((s) => ({ title: s.title, description: s.description })),
    requirements: { ...row.requirements },
    evidenceLevel: row.evidence_level,
    evidenceSources: row.evidence_sources.map((s) => ({ title: s.title, url: s.url, kind: s.kind })),
    storedRelations: row.relations,
    contactPerson: row.contact_name || row.contact_email ? { name: row.contact_name, email: row.contact_email } : null,
    version: row.version,
    archived: row.archived_at !== null,
    isDemo: row.is_demo,
    // Written only in the owning organisation (row-level security says the same).
    canEdit: readsExactly(row.organization_id),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
