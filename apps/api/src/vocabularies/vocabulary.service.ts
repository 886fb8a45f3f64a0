import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { VOCABULARY_NAMES, VOCABULARY_TITLES, type VocabularyName } from '@portal/shared-domain';
import type { Vocabulary } from './vocabulary.model.js';
import { VocabularyTerm } from './vocabulary-term.entity.js';

@Injectable()
export class VocabularyService {
  constructor(@InjectRepository(VocabularyTerm) private readonly terms: Repository<VocabularyTerm>) {}

  /** Every vocabulary with its terms, in one query. */
  async list(names: readonly VocabularyName[] = VOCABULARY_NAMES): Promise<Vocabulary[]> {
    const rows = await this.terms
      .createQueryBuilder('t')
      .where('t.vocabulary = ANY(:names)', { names: [...names] })
      .orderBy('t.vocabulary')
      .addOrderBy('t.sort_order')
      .addOrderBy('t.code')
      .getMany();
    return names.map((name) => ({
      name,
      title: { ...VOCABULARY_TITLES[name] },
      terms: rows
        .filter((row) => row.vocabulary === name)
        .map((row) => ({ code: row.code, label: { sv: row.labelSv, en: row.labelEn }, active: row.active })),
    }));
  }
}
