import { APP_ROLE } from '../database/database-roles.js';

/** What the helpers need of a migration's QueryRunner (or a plain client, in tests). */
export interface SqlRunner {
  query(sql: string): Promise<unknown>;
}

export type TenantCommand = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Who reads a tenant table's rows:
 * - `record`: by visibility, archived rows only by the owner (`TenantRecordRow`);
 * - `visibility`: by visibility (`TenantOwnedRow`);
 * - `organization`: only the owning organisation (`OrganizationOwnedRow`).
 */
export type TenantReadRule = 'record' | 'visibility' | 'organization';

/** The standard policies' expressions; the row-level-security meta-test checks every `*_tenant_*` policy against these. */
export const TENANT_POLICY_EXPRESSIONS: Readonly<Record<TenantReadRule | 'write', string>> = {
  record: 'app.can_read_record(organization_id, visibility, archived_at, id)',
  visibility: 'app.can_read(organization_id, visibility)',
  organization: 'app.can_write(organization_id)',
  write: 'app.can_write(organization_id)',
};

/**
 * The record rule before networks (migration 1796400000000 added the record's id). Migrations
 * written before it pass this, so they create exactly what they created when they were written.
 */
export const RECORD_RULE_BEFORE_NETWORKS = 'app.can_read_record(organization_id, visibility, archived_at)';

export interface TenantTableOptions {
  readonly read: TenantReadRule;
  /** The read expression as of the migration, when it differs from today's (`RECORD_RULE_BEFORE_NETWORKS`). */
  readonly readExpression?: string;
  /** What the API role may do; each gets its policy. Default: read, insert and update (records are archived, not deleted). */
  readonly commands?: readonly TenantCommand[];
}

/** `<table>_tenant_select` and so on: the names the meta-test recognises. */
export function tenantPolicyName(table: string, command: TenantCommand): string {
  return `${table}_tenant_${command.toLowerCase()}`;
}

/**
 * FORCE'd row-level security, the standard policies and the grants for a new tenant table, in
 * one call from its migration: read by the rule, written only in the active organisation.
 */
export async function secureTenantTable(queryRunner: SqlRunner, table: string, options: TenantTableOptions): Promise<void> {
  const commands = options.commands ?? ['SELECT', 'INSERT', 'UPDATE'];
  const read = options.readExpression ?? TENANT_POLICY_EXPRESSIONS[options.read];
  const write = TENANT_POLICY_EXPRESSIONS.write;
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  for (const command of commands) {
    const name = tenantPolicyName(table, command);
    const clause = {
      SELECT: `USING (${read})`,
      INSERT: `WITH CHECK (${write})`,
      UPDATE: `USING (${write}) WITH CHECK (${write})`,
      DELETE: `USING (${write})`,
    }[command];
    await queryRunner.query(`CREATE POLICY ${name} ON "${table}" FOR ${command} ${clause}`);
  }
  await queryRunner.query(`GRANT ${commands.join(', ')} ON "${table}" TO ${APP_ROLE}`);
}

/** The `down` of `secureTenantTable` (dropping the table also drops its policies). */
export async function unsecureTenantTable(
  queryRunner: SqlRunner,
  table: string,
  commands: readonly TenantCommand[] = ['SELECT', 'INSERT', 'UPDATE'],
): Promise<void> {
  await queryRunner.query(`REVOKE ${commands.join(', ')} ON "${table}" FROM ${APP_ROLE}`);
  for (const command of commands) await queryRunner.query(`DROP POLICY ${tenantPolicyName(table, command)} ON "${table}"`);
  await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
}
