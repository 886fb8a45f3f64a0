import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { NetworkMail } from './network-mail.js';
import { InitiativeNetworksResolver, MethodNetworksResolver, NetworkResolver } from './network.resolver.js';
import { NetworkService } from './network.service.js';

@Module({
  imports: [OrganizationModule, MailModule],
  providers: [NetworkService, NetworkMail, NetworkResolver, InitiativeNetworksResolver, MethodNetworksResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
