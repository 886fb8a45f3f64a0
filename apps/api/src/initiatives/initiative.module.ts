import { Module } from '@nestjs/common';
import { ChangeLogService } from '../change-log/change-log.service.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { InitiativeLoaders } from './initiative-loaders.js';
import { InitiativeSearchService } from './initiative-search.service.js';
import { InitiativeConnectionResolver, InitiativeRelationResolver, InitiativeResolver } from './initiative.resolver.js';
import { InitiativeService } from './initiative.service.js';

@Module({
  imports: [OrganizationModule],
  providers: [
    ChangeLogService,
    InitiativeLoaders,
    InitiativeSearchService,
    InitiativeService,
    InitiativeResolver,
    InitiativeRelationResolver,
    InitiativeConnectionResolver,
  ],
})
export class InitiativeModule {}
