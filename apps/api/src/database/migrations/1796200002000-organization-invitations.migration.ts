import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * Administration per organisation (issue 8, items 2 and 6):
 * - `organization_invitation`: an existing user joins an organisation only by accepting. Forced
 *   row-level security: the organisation's admins (`app.organization_admin`, set by the API when
 *   the active organisation is one the token's admin groups name) and platform admins see and
 *   write its rows; the invitee sees their own and may decide a pending one. A trigger lets a row
 *   leave `pending` once and never change otherwise.
 * - The invitee writes the audit entry of their decision into the inviting organisation's log,
 *   though not (yet) a member: the audit insert policy allows exactly that.
 * - `membership_revocation`: rights the API took away, read by the policy guard on every request.
 */
export class OrganizationInvitations1796200002000 implements MigrationInterface {
  name = 'OrganizationInvitations1796200002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organization_invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" text NOT NULL,
        "invitee_id" text NOT NULL,
        "invited_by_id" text NOT NULL,
        "invited_by_username" text NOT NULL,
        "status" text NOT NULL DEFAULT 'pending',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "decided_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_organization_invitation_status" CHECK ("status" IN ('pending', 'accepted', 'declined', 'withdrawn')),
        CONSTRAINT "PK_cc1ac752952740b92ead1ee9249" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_invitation_invitee" ON "organization_invitation" ("invitee_id", "status")`);
    // One open invitation per person and organisation; decided ones stay as history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_organization_invitation_pending" ON "organization_invitation" ("organization_id", "invitee_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`
      ALTER TABLE "organization_invitation" ADD CONSTRAINT "FK_f75820311aae641d2cc4e35e38f"
        FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE FUNCTION app.is_organization_admin() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT coalesce(current_setting('app.organization_admin', true) = 'on', false) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.administers(owner uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.has_role('platform-admin') OR (app.can_write(owner) AND app.is_organization_admin()) $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.is_organization_admin() TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.administers(uuid) TO ${APP_ROLE}`);

    await queryRunner.query(`ALTER TABLE "organization_invitation" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY organization_invitation_admin_select ON "organization_invitation" FOR SELECT USING (app.administers(organization_id))`,
    );
    await queryRunner.query(`
      CREATE POLICY organization_invitation_invitee_select ON "organization_invitation" FOR SELECT
        USING (app.current_user_id() IS NOT NULL AND invitee_id = app.current_user_id())`);
    await queryRunner.query(`
      CREATE POLICY organization_invitation_insert ON "organization_invitation" FOR INSERT
        WITH CHECK (app.current_user_id() IS NOT NULL AND invited_by_id = app.current_user_id() AND app.administers(organization_id))`);
    // Admins withdraw; the invitee accepts or declines. Which transition is whose is the API's
    // rule; the trigger below keeps any row from being decided twice.
    await queryRunner.query(`
      CREATE POLICY organization_invitation_admin_update ON "organization_invitation" FOR UPDATE
        USING (app.administers(organization_id)) WITH CHECK (app.administers(organization_id))`);
    await queryRunner.query(`
      CREATE POLICY organization_invitation_invitee_update ON "organization_invitation" FOR UPDATE
        USING (app.current_user_id() IS NOT NULL AND invitee_id = app.current_user_id())
        WITH CHECK (app.current_user_id() IS NOT NULL AND invitee_id = app.current_user_id())`);
    await queryRunner.query(`
      CREATE FUNCTION app.organization_invitation_decide_once() RETURNS trigger LANGUAGE plpgsql
      AS $$
      BEGIN
        IF OLD.status <> 'pending' OR NEW.status = 'pending' THEN
          RAISE EXCEPTION 'invitation % is already decided', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        NEW.decided_at := now();
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER organization_invitation_decide_once BEFORE UPDATE ON "organization_invitation"
        FOR EACH ROW EXECUTE FUNCTION app.organization_invitation_decide_once()`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "organization_invitation" TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT UPDATE ("status") ON "organization_invitation" TO ${APP_ROLE}`);

    await queryRunner.query(`DROP POLICY audit_event_insert ON "audit_event"`);
    await queryRunner.query(`
      CREATE POLICY audit_event_insert ON "audit_event" FOR INSERT
        WITH CHECK (app.current_user_id() IS NOT NULL AND actor_id = app.current_user_id()
                    AND (app.can_write(organization_id) OR app.has_role('platform-admin')
                         OR (action IN ('invitation.accepted', 'invitation.declined')
                             AND EXISTS (SELECT 1 FROM "organization_invitation" i
                                          WHERE i.organization_id = audit_event.organization_id
                                            AND i.invitee_id = app.current_user_id()))))`);

    await queryRunner.query(`
      CREATE TABLE "membership_revocation" (
        "user_id" text NOT NULL,
        "organization_slug" text NOT NULL,
        "kind" text NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_membership_revocation_kind" CHECK ("kind" IN ('member', 'admin')),
        CONSTRAINT "PK_605dbdbb8783ff2ca8089094e28" PRIMARY KEY ("user_id", "organization_slug", "kind")
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "membership_revocation" TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "membership_revocation"`);
    await queryRunner.query(`DROP POLICY audit_event_insert ON "audit_event"`);
    await queryRunner.query(`
      CREATE POLICY audit_event_insert ON "audit_event" FOR INSERT
        WITH CHECK (app.current_user_id() IS NOT NULL AND actor_id = app.current_user_id()
                    AND (app.can_write(organization_id) OR app.has_role('platform-admin')))`);
    await queryRunner.query(`DROP TABLE "organization_invitation"`);
    await queryRunner.query(`DROP FUNCTION app.organization_invitation_decide_once()`);
    await queryRunner.query(`DROP FUNCTION app.administers(uuid)`);
    await queryRunner.query(`DROP FUNCTION app.is_organization_admin()`);
  }
}
