import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecordRow } from '../tenancy/tenant-record.entity.js';

/**
 * A piece of shared material (a template, a strategic document …). Its files live in versions
 * (`material_version`, `material_file`); `current_version` is the number lists and links show
 * (0 until the first files are published). `search_vector` and `title_folded` are kept by
 * `app.material_derive()` from the metadata and `file_text`, the text extracted from the current
 * version's files.
 * Columns marked `insert: false` are not form values: versions, reviews and adaptation set them.
 */
@Entity({ name: 'material' })
@Index('IDX_material_organization', ['organizationId'])
@Index('IDX_material_adapted_from', ['adaptedFromId'])
// Made by the migration with operator classes and collations TypeORM cannot express.
@Index('IDX_material_search_vector', { synchronize: false })
@Index('IDX_material_title_sv', { synchronize: false })
@Index('IDX_material_updated', { synchronize: false })
@Index('IDX_material_initiatives', { synchronize: false })
@Index('IDX_material_title_folded', { synchronize: false })
export class MaterialRow extends TenantRecordRow {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences!: string[];

  @Column({ type: 'text', default: 'sv' })
  language!: string;

  @Column({ type: 'text', default: 'free-adapt' })
  licence!: string;

  @Column({ name: 'responsible_name', type: 'text', default: '' })
  responsibleName!: string;

  /** Reminders go here; "Att granska" lists the material for the user with this address. */
  @Column({ name: 'responsible_email', type: 'text', default: '' })
  responsibleEmail!: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'review_cycle_months', type: 'integer', nullable: true })
  reviewCycleMonths!: number | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn!: string | null;

  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true, insert: false })
  lastReviewedAt!: Date | null;

  /** The review date a reminder was last sent for, so each due date is reminded once. */
  @Column({ name: 'review_reminded_for', type: 'date', nullable: true, select: false })
  reviewRemindedFor?: string | null;

  /** Initiatives that produced the material, by id only (titles read under the reader's RLS). */
  @Column({ name: 'initiative_ids', type: 'uuid', array: true, default: () => "'{}'" })
  initiativeIds!: string[];

  @Column({ name: 'method_ids', type: 'uuid', array: true, default: () => "'{}'" })
  methodIds!: string[];

  @Column({ name: 'current_version', type: 'integer', default: 0, insert: false })
  currentVersion!: number;

  /** The original of a local variant ("Anpassad från …"); kept if the original is archived. */
  @Column({ name: 'adapted_from_id', type: 'uuid', nullable: true, insert: false })
  adaptedFromId!: string | null;

  @ManyToOne(() => MaterialRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adapted_from_id' })
  adaptedFrom?: MaterialRow;

  /** The original's version the variant's owners have seen (at adaptation, then when marked handled). */
  @Column({ name: 'original_seen_version', type: 'integer', nullable: true, insert: false })
  originalSeenVersion!: number | null;

  @Column({ name: 'file_text', type: 'text', default: '', select: false })
  fileText?: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;

  /** Title, summary and description only: what orders the search's matches (`app.search_materials`). */
  @Column({ name: 'rank_vector', type: 'tsvector', nullable: true, select: false })
  rankVector?: string | null;

  /** The folded title for substring search (`app.search_materials`), kept by the same trigger. */
  @Column({ name: 'title_folded', type: 'text', default: '', select: false })
  titleFolded?: string;
}
