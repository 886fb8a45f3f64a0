import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { MeResolver } from './me.resolver.js';

@Module({ imports: [OrganizationModule], providers: [MeResolver] })
export class MeModule {}
