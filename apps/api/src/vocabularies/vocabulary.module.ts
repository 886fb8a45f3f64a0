import { Module } from '@nestjs/common';
import { VocabularyResolver } from './vocabulary.resolver.js';
import { VocabularyService } from './vocabulary.service.js';

@Module({
  providers: [VocabularyService, VocabularyResolver],
})
export class VocabularyModule {}
