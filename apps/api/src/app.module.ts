import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { OrganizationModule } from './organizations/organization.module.js';
import { VocabularyModule } from './vocabularies/vocabulary.module.js';

export interface AppModuleOptions {
  readonly databaseUrl: string;
  readonly production: boolean;
  readonly logger: Logger;
}

/** The feature modules; shared by the running app and the schema generator. */
export const FEATURE_MODULES = [OrganizationModule, VocabularyModule];

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, 'portal-api'),
          // Keep trying while PostgreSQL starts; the pool itself recovers from later outages.
          retryAttempts: 10,
          retryDelay: 1000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(options.production, options.logger) }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
    };
  }
}
