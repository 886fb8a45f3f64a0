import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MaterialFileRow } from './material-file.entity.js';

/**
 * A file's bytes in order, at most 1 MiB a row, so an upload and a download stream through a
 * bounded buffer. Stored uncompressed (`STORAGE EXTERNAL`: office files and PDFs are compressed
 * already). Read with its file (policy).
 */
@Entity({ name: 'material_file_chunk' })
export class MaterialFileChunkRow {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => MaterialFileRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: MaterialFileRow;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
