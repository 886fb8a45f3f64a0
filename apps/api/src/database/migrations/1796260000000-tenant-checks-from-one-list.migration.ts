import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

const TABLES = ['initiative', 'initiative_change', 'initiative_follow_up', 'initiative_relation', 'audit_event'];

/**
 * Tenant tables take their visibility CHECK from one base class (`TenantOwnedRow`), which builds
 * it from the shared list of levels. `network` was in the CHECK but no code could write it; it
 * comes back with the networks, added to that list. The literal is repeated here on purpose: a
 * migration must mean the same thing when the list changes later.
 *
 * The archived-aware read rule gets a name any register can use, `app.can_read_record` (used by
 * `secureTenantTable`); `app.can_read_initiative` keeps its name for the initiative policy and
 * search and now says the same by calling it.
 */
export class TenantChecksFromOneList1796260000000 implements MigrationInterface {
  name = 'TenantChecksFromOneList1796260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_visibility"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "CHK_visibility" CHECK ("visibility" IN ('private', 'region', 'public'))`);
    }
    await queryRunner.query(`ALTER TABLE "initiative" RENAME CONSTRAINT "CHK_initiative_version" TO "CHK_version"`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read_record(owner uuid, visibility text, archived_at timestamptz) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read(owner, visibility) AND (archived_at IS NULL OR app.can_write(owner)) $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.can_read_record(uuid, text, timestamptz) TO ${APP_ROLE}`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app.can_read_initiative(owner uuid, visibility text, archived_at timestamptz) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read_record(owner, visibility, archived_at) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app.can_read_initiative(owner uuid, visibility text, archived_at timestamptz) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read(owner, visibility) AND (archived_at IS NULL OR app.can_write(owner)) $$`);
    await queryRunner.query(`DROP FUNCTION app.can_read_record(uuid, text, timestamptz)`);
    await queryRunner.query(`ALTER TABLE "initiative" RENAME CONSTRAINT "CHK_version" TO "CHK_initiative_version"`);
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_visibility"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public'))`,
      );
    }
  }
}
