import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * Row-level security for tenant-owned tables. The API sets, per request transaction,
 * `app.user_id`, `app.organization_id` (the active organisation) and `app.roles` with
 * set_config(..., true); the functions below read them and every tenant-owned table's policies
 * call them. No settings (a bare connection) means: anonymous, no organisation.
 *
 * Visibility: private = the owning organisation; network = members of a linked network (later);
 * region = any signed-in user; public = anyone.
 */
export class TenantIsolation1795404342641 implements MigrationInterface {
  name = 'TenantIsolation1795404342641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA app`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA app TO ${APP_ROLE}`);
    await queryRunner.query(`
      CREATE FUNCTION app.current_user_id() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.current_organization_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.has_role(role text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT coalesce(role = ANY (string_to_array(nullif(current_setting('app.roles', true), ''), ',')), false) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read(owner uuid, visibility text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$
        SELECT visibility = 'public'
            OR (visibility = 'region' AND app.current_user_id() IS NOT NULL)
            OR (app.current_user_id() IS NOT NULL AND owner = app.current_organization_id())
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_write(owner uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.current_user_id() IS NOT NULL AND owner = app.current_organization_id() $$`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO ${APP_ROLE}`);

    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "visibility" text NOT NULL DEFAULT 'private',
        "actor_id" text NOT NULL,
        "actor_username" text NOT NULL,
        "action" text NOT NULL,
        "details" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_audit_event_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public')),
        CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_organization_created" ON "audit_event" ("organization_id", "created_at")`);
    await queryRunner.query(`
      ALTER TABLE "audit_event" ADD CONSTRAINT "FK_6a01223fcf5d632690399f865de"
        FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // FORCE: the policies apply to the table owner too, so only the migration role's DDL escapes them.
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY`);
    // Platform admins act across organisations and read the whole log; everyone else their own.
    await queryRunner.query(`
      CREATE POLICY audit_event_select ON "audit_event" FOR SELECT
        USING (app.can_read(organization_id, visibility) OR app.has_role('platform-admin'))`);
    await queryRunner.query(`
      CREATE POLICY audit_event_insert ON "audit_event" FOR INSERT
        WITH CHECK (app.current_user_id() IS NOT NULL AND actor_id = app.current_user_id()
                    AND (app.can_write(organization_id) OR app.has_role('platform-admin')))`);
    // Append-only: the API role gets no UPDATE or DELETE at all.
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_event" TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP SCHEMA app CASCADE`);
  }
}
