import { Args, Query, Resolver } from '@nestjs/graphql';
import { VOCABULARY_NAMES, isVocabularyName, type VocabularyName } from '@portal/shared-domain';
import { Public } from '../auth/policy.decorator.js';
import { badUserInput } from '../graphql/portal-error.js';
import { Vocabulary } from './vocabulary.model.js';
import { VocabularyService } from './vocabulary.service.js';

@Resolver(() => Vocabulary)
export class VocabularyResolver {
  constructor(private readonly service: VocabularyService) {}

  @Public()
  @Query(() => [Vocabulary], { description: 'Vokabulärerna med sina begrepp. Utan `names`: alla.' })
  vocabularies(@Args('names', { type: () => [String], nullable: true }) names?: string[] | null): Vocabulary[] {
    if (!names) return this.service.list();
    if (names.length > VOCABULARY_NAMES.length) {
      throw badUserInput(`Högst ${VOCABULARY_NAMES.length} vokabulärer kan hämtas åt gången.`, { names: 'För många namn.' });
    }
    const unknown = names.filter((name) => !isVocabularyName(name));
    if (unknown.length > 0) {
      throw badUserInput(`Okänd vokabulär: ${unknown.map((n) => n.slice(0, 50)).join(', ')}. Giltiga namn: ${VOCABULARY_NAMES.join(', ')}.`, {
        names: 'Okänd vokabulär.',
      });
    }
    return this.service.list([...new Set(names as VocabularyName[])]);
  }
}
