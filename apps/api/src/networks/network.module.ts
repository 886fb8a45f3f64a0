import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { InitiativeNetworksResolver, MethodNetworksResolver, NetworkResolver } from './network.resolver.js';
import { NetworkService } from './network.service.js';

@Module({
  imports: [OrganizationModule],
  providers: [NetworkService, NetworkResolver, InitiativeNetworksResolver, MethodNetworksResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
