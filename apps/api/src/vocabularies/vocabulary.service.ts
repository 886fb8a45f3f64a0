import { Injectable } from '@nestjs/common';
import { VOCABULARIES, VOCABULARY_NAMES, VOCABULARY_TITLES, type VocabularyName } from '@portal/shared-domain';
import type { Vocabulary } from './vocabulary.model.js';

/**
 * The vocabularies as libs/shared/domain defines them: the same lists the API validates with and
 * the web labels with, so a served term is always one the register accepts.
 */
@Injectable()
export class VocabularyService {
  list(names: readonly VocabularyName[] = VOCABULARY_NAMES): Vocabulary[] {
    return names.map((name) => ({
      name,
      title: { ...VOCABULARY_TITLES[name] },
      terms: VOCABULARIES[name].map((term) => ({ code: term.code, label: { ...term.label }, active: true })),
    }));
  }
}
