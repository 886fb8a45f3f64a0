import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { FileConfig, OidcConfig, RateLimitConfig } from './config/app-config.js';
import { MailModule, MailSettingsModule } from './mail/mail.module.js';
import type { MailSettings } from './mail/mail-outbox.js';
import { OrganizationAdminModule } from './organization-admin/organization-admin.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { StatementCountingLogger } from './database/statement-counter.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { TextInputInterceptor } from './graphql/text-input.interceptor.js';
import { AuditModule } from './audit/audit.module.js';
import { PolicyGuard } from './auth/policy.guard.js';
import { HealthController } from './health/health.controller.js';
import { InitiativeModule } from './initiatives/initiative.module.js';
import { MeModule } from './me/me.module.js';
import { MethodModule } from './methods/method.module.js';
import { MaterialModule } from './material/material.module.js';
import { OverlapModule } from './overlaps/overlap.module.js';
import { PortalRateLimiter } from './rate-limit/portal-rate-limiter.js';
import { MembershipLookup } from './request/membership-lookup.js';
import { RequestDatabase } from './request/request-database.js';
import { OrganizationModule } from './organizations/organization.module.js';
import { RegionOverviewModule } from './region-overview/region-overview.module.js';
import { VocabularyModule } from './vocabularies/vocabulary.module.js';
import { MeetingModule } from './meetings/meeting.module.js';
import { MaterialFileRoutesModule } from './material/files/material-file-routes.module.js';
import { NetworkModule } from './networks/network.module.js';

export interface AppModuleOptions {
  readonly databaseUrl: string;
  readonly production: boolean;
  readonly logger: Logger;
  readonly oidc: OidcConfig;
  readonly rateLimits: RateLimitConfig;
  readonly mail: MailSettings;
  readonly files: FileConfig;
}

/** The feature modules; shared by the running app and the schema generator. */
export const FEATURE_MODULES = [
  OrganizationModule,
  VocabularyModule,
  MeModule,
  AuditModule,
  InitiativeModule,
  MethodModule,
  MaterialModule,
  RegionOverviewModule,
  OverlapModule,
  NetworkModule,
  MeetingModule,
  MailModule,
];

/** Request-scoped database access (the request's RLS transaction), available to every feature. */
@Global()
@Module({ providers: [RequestDatabase, MembershipLookup], exports: [RequestDatabase, MembershipLookup] })
export class RequestDatabaseModule {}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    // One limiter for GraphQL writes and file uploads: an upload counts against the same per-user limit.
    const rateLimiter = new PortalRateLimiter(options.rateLimits);
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, 'portal-api'),
          logger: new StatementCountingLogger(),
          // Keep trying while PostgreSQL starts; the pool itself recovers from later outages.
          retryAttempts: 10,
          retryDelay: 1000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.production, options.logger, rateLimiter),
        }),
        RequestDatabaseModule,
        MailSettingsModule.forRoot(options.mail),
        ...FEATURE_MODULES,
        OrganizationAdminModule.forRoot(options.oidc),
        MaterialFileRoutesModule.forRoot({ clamd: options.files.clamd, logger: options.logger, rateLimiter }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: TextInputInterceptor },
      ],
    };
  }
}
