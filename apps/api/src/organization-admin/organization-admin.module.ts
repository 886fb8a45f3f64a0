import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import type { OidcConfig } from '../config/app-config.js';
import { KeycloakAdminService } from './keycloak-admin.service.js';
import { OrganizationAdminResolver } from './organization-admin.resolver.js';
import { OrganizationAdminService } from './organization-admin.service.js';

@Module({})
export class OrganizationAdminModule {
  static forRoot(oidc: OidcConfig): DynamicModule {
    return {
      module: OrganizationAdminModule,
      // Networks invite people through the same Keycloak admin path.
      global: true,
      exports: [KeycloakAdminService],
      imports: [AuditModule],
      providers: [{ provide: KeycloakAdminService, useValue: new KeycloakAdminService(oidc) }, OrganizationAdminService, OrganizationAdminResolver],
    };
  }
}
