import { Check, Column, Entity, Index } from 'typeorm';
import { TenantRecordRow } from '../tenancy/tenant-record.entity.js';

/** A partner as stored on the initiative: a tenant organisation or a named external one. */
export interface StoredPartner {
  role: string;
  organizationId: string | null;
  name: string;
}

export interface StoredFundingLine {
  funderType: string;
  funderName: string;
  registryNumber: string;
  programmeArea: string;
  amountSek: number | null;
  status: string;
}

/** Aggregated participants of one period. Never individuals. */
export interface StoredParticipantPeriod {
  period: string;
  women: number;
  men: number;
  otherOrUnknown: number;
  toWork: number;
  toStudies: number;
  otherOutcome: number;
}

/**
 * One initiative. Partners, funding lines and participant periods belong to exactly one
 * initiative and are always read with it, so they live in jsonb on the row: a register page is
 * one row per initiative. `search_vector`, `search_text` and `funder_types` are kept by the
 * trigger `app.initiative_derive()` (see the migration).
 */
@Entity({ name: 'initiative' })
@Check('CHK_initiative_dates', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
@Index('IDX_initiative_organization', ['organizationId'])
// Made by the migration with operator classes and collations TypeORM cannot express.
@Index('IDX_initiative_search_vector', { synchronize: false })
@Index('IDX_initiative_search_text', { synchronize: false })
@Index('IDX_initiative_themes', { synchronize: false })
@Index('IDX_initiative_target_groups', { synchronize: false })
@Index('IDX_initiative_funder_types', { synchronize: false })
@Index('IDX_initiative_title_sv', { synchronize: false })
@Index('IDX_initiative_updated', { synchronize: false })
@Index('IDX_initiative_start', { synchronize: false })
export class InitiativeRow extends TenantRecordRow {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'contact_name', type: 'text', default: '' })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'text', default: '' })
  contactEmail!: string;

  @Column({ name: 'leader_name', type: 'text', default: '' })
  leaderName!: string;

  @Column({ name: 'leader_email', type: 'text', default: '' })
  leaderEmail!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  occupations!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  methods!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  partners!: StoredPartner[];

  @Column({ name: 'funding', type: 'jsonb', default: () => "'[]'" })
  fundingLines!: StoredFundingLine[];

  // Kept by the trigger, never written by the API.
  @Column({ name: 'funder_types', type: 'text', array: true, default: () => "'{}'", insert: false, update: false })
  funderTypes!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  participants!: StoredParticipantPeriod[];

  @Column({ name: 'gender_equality', type: 'text', default: '' })
  genderEquality!: string;

  @Column({ name: 'non_discrimination', type: 'text', default: '' })
  nonDiscrimination!: string;

  @Column({ type: 'text', default: '' })
  accessibility!: string;

  @Column({ type: 'text', default: '' })
  results!: string;

  @Column({ name: 'lessons_learned', type: 'text', default: '' })
  lessonsLearned!: string;

  @Column({ name: 'implementation_owner', type: 'text', default: '' })
  implementationOwner!: string;

  @Column({ name: 'implementation_plan', type: 'text', default: '' })
  implementationPlan!: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;

  @Column({ name: 'search_text', type: 'text', default: '', select: false })
  searchText?: string;
}
