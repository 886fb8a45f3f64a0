import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { currentRequestContext, type RequestContext, type RequestSettings } from './request-context.js';

const pending = new WeakMap<RequestContext, Promise<QueryRunner>>();

/**
 * The request's one database transaction. Row-level security reads the user, the active
 * organisation and the roles from transaction-local settings (`set_config(..., true)`), so they
 * vanish at COMMIT/ROLLBACK and can never leak to the next user of the pooled connection.
 */
@Injectable()
export class RequestDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async manager(): Promise<EntityManager> {
    const context = currentRequestContext();
    if (!context) throw new Error('RequestDatabase used outside a request');
    let runner = pending.get(context);
    if (!runner) {
      runner = this.open(context);
      pending.set(context, runner);
    }
    return (await runner).manager;
  }

  /**
   * Ends the request's transaction (rolled back) and opens a new one under other settings: a
   * download link acts as the user who made it, under that user's row-level security now.
   */
  async reopenAs(settings: RequestSettings): Promise<EntityManager> {
    const context = currentRequestContext();
    if (!context) throw new Error('RequestDatabase used outside a request');
    const runner = pending.get(context);
    pending.delete(context);
    if (runner) await runner.then(() => finishRequestTransaction(context, false)).catch(() => undefined);
    context.actingAs = settings;
    return this.manager();
  }

  private async open(context: RequestContext): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    serializeQueries(runner);
    await runner.connect();
    try {
      await runner.startTransaction();
      const [loaded] = (await runner.query(
        // Also loads the user's networks into the request's settings (app.networks …), in the same round trip.
        `SELECT app.begin_request($1, $2, $3, $4, $5) AS networks`,
        requestSettings(context),
      )) as Array<{ networks: string }>;
      context.networkIds = loaded?.networks ? loaded.networks.split(',') : [];
    } catch (error) {
      await runner.release();
      throw error;
    }
    context.transaction = runner;
    return runner;
  }
}

/**
 * The settings row-level security reads, in `app.begin_request`'s order: user, active
 * organisation, roles, member, organisation admin. A file download link keeps them, so the
 * download runs under the same rules (see material_file_ticket).
 */
export function requestSettings(context: RequestContext): [string, string, string, string, string] {
  // A download by ticket acts as the ticket's reader (reopenAs).
  const acting = context.actingAs;
  if (acting) return [acting.userId, acting.organizationId, acting.roles, acting.member ? 'on' : '', acting.organizationAdmin ? 'on' : ''];
  return [
    context.principal?.userId ?? '',
    context.activeOrganization?.id ?? '',
    (context.principal?.roles ?? []).join(','),
    // Settled by the policy guard; unset (no guard ran) reads as not a member, the safe side.
    context.member === true ? 'on' : '',
    // Admin of the active organisation (after revocations), never of another one.
    context.activeOrganization && context.principal?.adminOf.includes(context.activeOrganization.slug) ? 'on' : '',
  ];
}

/**
 * Field resolvers of one request run concurrently, but they share one connection: queue their
 * statements here instead of relying on pg's deprecated implicit queue (removed in pg 9).
 */
function serializeQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const result = tail.then(() => query(...args));
    tail = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}

/** Ends the request's transaction, if one was opened: commit on success, else roll back. */
export async function finishRequestTransaction(context: RequestContext, commit: boolean): Promise<void> {
  const runner = context.transaction;
  if (!runner) return;
  context.transaction = undefined;
  try {
    if (runner.isTransactionActive) {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    }
  } finally {
    await runner.release();
  }
}
