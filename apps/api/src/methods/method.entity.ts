import { Check, Column, Entity, Index } from 'typeorm';
import { TenantRecordRow } from '../tenancy/tenant-record.entity.js';

/** One step of how a method is carried out. */
export interface StoredMethodStep {
  title: string;
  description: string;
}

/** What it takes to use the method; empty where nothing is known. */
export interface StoredMethodRequirements {
  training: string;
  certification: string;
  staffing: string;
  indicativeCost: string;
}

/** A cited source of the method's evidence level (the portal never grades a method itself). */
export interface StoredEvidenceSource {
  title: string;
  url: string | null;
  kind: string;
}

/**
 * A relation to another method, by id only: the other method's name is looked up when read,
 * under the reader's row-level security, so a private method's name never travels with it.
 */
export interface StoredMethodRelation {
  kind: string;
  methodId: string;
}

/**
 * A method in the method bank. Steps, sources and relations belong to exactly one method and are
 * always read with it, so they live in jsonb on the row (like an initiative's partners).
 * `search_vector` is kept by the trigger `app.method_derive()` (see the migration).
 */
@Entity({ name: 'method' })
@Check(
  'CHK_method_evidence_level',
  `"evidence_level" IS NULL OR "evidence_level" IN ('evidence-based', 'research-supported', 'proven-experience', 'promising')`,
)
@Index('IDX_method_organization', ['organizationId'])
// Made by the migration with operator classes and collations TypeORM cannot express.
@Index('IDX_method_search_vector', { synchronize: false })
@Index('IDX_method_name_sv', { synchronize: false })
@Index('IDX_method_updated', { synchronize: false })
export class MethodRow extends TenantRecordRow {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: '' })
  problem!: string;

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  steps!: StoredMethodStep[];

  // In jsonb's own key order (shorter keys first), which is how PostgreSQL reports the default.
  @Column({ type: 'jsonb', default: () => `'{"staffing": "", "training": "", "certification": "", "indicativeCost": ""}'` })
  requirements!: StoredMethodRequirements;

  @Column({ name: 'evidence_level', type: 'text', nullable: true })
  evidenceLevel!: string | null;

  @Column({ name: 'evidence_sources', type: 'jsonb', default: () => "'[]'" })
  evidenceSources!: StoredEvidenceSource[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  relations!: StoredMethodRelation[];

  @Column({ name: 'contact_name', type: 'text', default: '' })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'text', default: '' })
  contactEmail!: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;
}
