import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VocabularyResolver } from './vocabulary.resolver.js';
import { VocabularyService } from './vocabulary.service.js';
import { VocabularyTerm } from './vocabulary-term.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([VocabularyTerm])],
  providers: [VocabularyService, VocabularyResolver],
})
export class VocabularyModule {}
