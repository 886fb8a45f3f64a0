import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { MaterialRow } from './material.entity.js';

/**
 * "Anpassningar: Motala, Kinda": that an organisation made a local variant of a material. Readers
 * of the original see which organisations adapted it; the variant itself only under its own
 * visibility. Written by the variant's organisation when it adapts.
 */
@Entity({ name: 'material_adaptation' })
@Index('IDX_material_adaptation_original', ['originalId'])
export class MaterialAdaptationRow {
  @PrimaryColumn({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @ManyToOne(() => MaterialRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'variant_id' })
  variant?: MaterialRow;

  @Column({ name: 'original_id', type: 'uuid' })
  originalId!: string;

  @ManyToOne(() => MaterialRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'original_id' })
  original?: MaterialRow;

  /** The variant's organisation. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
