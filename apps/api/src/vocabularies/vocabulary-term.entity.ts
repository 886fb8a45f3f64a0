import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One term of a vocabulary (theme, target group ...). Admins may add terms; codes never change. */
@Entity({ name: 'vocabulary_term' })
@Unique('UQ_vocabulary_term_code', ['vocabulary', 'code'])
export class VocabularyTerm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  vocabulary!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv!: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
