import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { POLICY_METADATA } from '@portal/api/dist/auth/policy.decorator.js';
import { SCHEMA_RESOLVERS } from '@portal/api/dist/schema/schema-resolvers.js';
import { REPO_ROOT } from '../support/test-portal.js';

// @nestjs/graphql's method metadata keys (graphql.constants).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

describe('deny by default', () => {
  it('declares a policy on every query and mutation in schema.gql', async () => {
    const schema = buildSchema(await readFile(path.join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8'));
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    expect(operations.length).toBeGreaterThan(0);

    const policies = new Map<string, unknown>();
    for (const resolver of SCHEMA_RESOLVERS) {
      const prototype = resolver.prototype as unknown as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method = prototype[key];
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        policies.set(`${type}.${name}`, Reflect.getMetadata(POLICY_METADATA, method) ?? Reflect.getMetadata(POLICY_METADATA, resolver));
      }
    }
    const missing = operations.filter((operation) => !policies.get(operation));
    expect(missing, 'operations without @Public, @SignedIn or @RequirePermission').toEqual([]);
  });
});
