import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../organizations/organization.entity.js';
import { MaterialRow } from '../material.entity.js';

/**
 * One uploaded file. It is staged (`material_id` NULL, seen only by its uploader) until a version
 * of a material takes it in; then it is read exactly as its material is (policy). The bytes are
 * in `material_file_chunk`, under the same rule. `media_type` is what the content was recognised
 * as, never what the name or the browser said.
 */
@Entity({ name: 'material_file' })
@Index('IDX_material_file_material', ['materialId'])
@Check('CHK_material_file_scan_status', `"scan_status" IN ('not-scanned', 'pending', 'clean', 'infected', 'failed')`)
@Check('CHK_material_file_text_status', `"text_status" IN ('pending', 'done', 'none', 'failed')`)
export class MaterialFileRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'material_id', type: 'uuid', nullable: true })
  materialId!: string | null;

  @ManyToOne(() => MaterialRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: MaterialRow;

  @Column({ name: 'uploaded_by_id', type: 'text' })
  uploadedById!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'scan_status', type: 'text' })
  scanStatus!: string;

  /** The scanner's finding or failure, for operators. */
  @Column({ name: 'scan_detail', type: 'text', nullable: true })
  scanDetail!: string | null;

  @Column({ name: 'scanned_at', type: 'timestamptz', nullable: true })
  scannedAt!: Date | null;

  @Column({ name: 'text_status', type: 'text', default: 'pending' })
  textStatus!: string;

  /** Text extracted for search (PDF, Word, plain text). */
  @Column({ name: 'text_content', type: 'text', nullable: true, select: false })
  textContent?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
