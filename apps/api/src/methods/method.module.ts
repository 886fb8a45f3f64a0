import { Module } from '@nestjs/common';
import { ChangeLogService } from '../change-log/change-log.service.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { MethodLoaders } from './method-loaders.js';
import { InitiativeMethodsResolver, MethodConnectionResolver, MethodResolver, MethodUserResolver } from './method.resolver.js';
import { MethodService } from './method.service.js';

@Module({
  imports: [OrganizationModule],
  providers: [ChangeLogService, MethodLoaders, MethodService, MethodResolver, MethodUserResolver, MethodConnectionResolver, InitiativeMethodsResolver],
})
export class MethodModule {}
