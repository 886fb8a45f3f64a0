import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE, SEARCH_ROLE } from '../database-roles.js';

/** Tables whose visibility CHECK takes the new level (the copies kept by triggers have no CHECK). */
const VISIBILITY_TABLES = [
  'initiative',
  'initiative_change',
  'initiative_follow_up',
  'initiative_relation',
  'audit_event',
  'method',
  'method_change',
  'initiative_method',
];

/** Record tables read under the record rule; the rule now names the record, for `network`. */
const RECORD_RULE_POLICIES: ReadonlyArray<readonly [string, string]> = [
  ['initiative_search', 'initiative_search_tenant_select'],
  ['initiative_profile', 'initiative_profile_tenant_select'],
  ['region_initiative', 'region_initiative_tenant_select'],
  ['method', 'method_tenant_select'],
];

/** Network child tables: read by the network's members, written by its chairs and secretaries. */
const MEETING_TABLES = ['meeting_series', 'meeting', 'agenda_item', 'meeting_attendance', 'network_decision', 'action_item'];

/**
 * Networks (Nätverk) and the fourth visibility level, `network`.
 *
 * - Who is in which network is read once per request: `app.begin_request(...)` sets the request's
 *   settings (as before) and then `app.networks`, `app.network_leads` (chair or secretary) and
 *   `app.network_chairs` from the user's own active `network_member` rows. Policies test those
 *   settings, never `network_member` itself, so no policy recurses, and a removed member loses
 *   access on their next request. It returns `app.networks`, so the API knows without asking again.
 * - `network` visibility: the owner, plus members of a network the record is shared with
 *   (`network_share`). `app.can_read(owner, visibility, record)` and `app.can_read_record(…, record)`
 *   say so; the record tables' policies, the follow-ups' policy and the search function now pass
 *   the record's id. The two-argument `app.can_read` (aggregates keyed by organisation and
 *   visibility) reads `network` rows as the owner's only, so no figure reveals a shared record.
 * - A network's founder becomes its first chair in the transaction that creates it
 *   (`n.created_at = now()`, the transaction's start), so nobody can take over an existing one.
 */
export class Networks1796400000000 implements MigrationInterface {
  name = 'Networks1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'private\', "version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "purpose" text NOT NULL DEFAULT \'\', "level" text NOT NULL, "kind" text NOT NULL, "admission" text NOT NULL DEFAULT \'invitation\', "parent_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'network\', \'region\', \'public\')), CONSTRAINT "CHK_version" CHECK ("version" > 0), CONSTRAINT "CHK_network_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "CHK_network_admission" CHECK ("admission" IN (\'open\', \'invitation\')), CONSTRAINT "CHK_network_kind" CHECK ("kind" IN (\'hr\', \'labour-market\', \'supervisors\', \'theme\', \'other\')), CONSTRAINT "CHK_network_level" CHECK ("level" IN (\'regional\', \'subregional\', \'local\', \'after-training\')), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_network_parent" ON "network"  ("parent_id") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" text NOT NULL, "rrule" text NOT NULL, "first_date" date NOT NULL, "start_time" text NOT NULL, "end_time" text NOT NULL, "time_zone" text NOT NULL DEFAULT \'Europe/Stockholm\', "location" text NOT NULL DEFAULT \'\', "online_url" text NOT NULL DEFAULT \'\', "ended_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4eca052972681e25409955b1774" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_meeting_series_network" ON "meeting_series"  ("network_id") ');
    await queryRunner.query(
      'CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "series_id" uuid, "original_date" date, "detached" boolean NOT NULL DEFAULT false, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text NOT NULL DEFAULT \'\', "online_url" text NOT NULL DEFAULT \'\', "status" text NOT NULL DEFAULT \'planned\', "sequence" integer NOT NULL DEFAULT \'0\', "version" integer NOT NULL DEFAULT \'1\', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_meeting_occurrence" UNIQUE ("series_id", "original_date"), CONSTRAINT "CHK_meeting_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_meeting_status" CHECK ("status" IN (\'planned\', \'held\', \'cancelled\')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_meeting_network_start" ON "meeting"  ("network_id", "starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "meeting_id" uuid, "title" text NOT NULL, "owner_name" text NOT NULL DEFAULT \'\', "owner_user_id" text, "due_date" date, "status" text NOT NULL DEFAULT \'open\', "done_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_action_item_status" CHECK ("status" IN (\'open\', \'done\')), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_action_item_network" ON "action_item"  ("network_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "network_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "presenter" text NOT NULL DEFAULT \'\', "starts_at" text NOT NULL DEFAULT \'\', "duration_minutes" integer, "links" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_agenda_item_meeting" ON "agenda_item"  ("meeting_id", "position") ');
    await queryRunner.query(
      'CREATE TABLE "calendar_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" text NOT NULL, "network_id" uuid, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6f7bc98fda02baf865f24820520" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_calendar_subscription_user" ON "calendar_subscription"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_calendar_subscription_token" ON "calendar_subscription"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "network_id" uuid NOT NULL, "user_id" text, "name" text NOT NULL, "organization_name" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_meeting_attendance_meeting" ON "meeting_attendance"  ("meeting_id") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_minutes" ("meeting_id" uuid NOT NULL, "network_id" uuid NOT NULL, "body" text NOT NULL DEFAULT \'\', "status" text NOT NULL DEFAULT \'draft\', "published_at" TIMESTAMP WITH TIME ZONE, "updated_by_name" text NOT NULL DEFAULT \'\', "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_meeting_minutes_status" CHECK ("status" IN (\'draft\', \'published\')), CONSTRAINT "PK_8d196aa03411be2d356cf549e62" PRIMARY KEY ("meeting_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "network_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "meeting_id" uuid, "year" integer NOT NULL, "number" integer NOT NULL, "decided_on" date NOT NULL, "text" text NOT NULL, "responsible" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_network_decision_number" UNIQUE ("network_id", "year", "number"), CONSTRAINT "PK_b3610b40dbe8357282a0dc7af7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_network_decision_meeting" ON "network_decision"  ("meeting_id") ');
    await queryRunner.query(
      'CREATE TABLE "network_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "actor_id" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "subject" text NOT NULL DEFAULT \'\', "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d6ebebfde6f404577b5bb4f6e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_network_event_network" ON "network_event"  ("network_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "user_id" text NOT NULL, "email" text NOT NULL DEFAULT \'\', "display_name" text NOT NULL DEFAULT \'\', "organization_id" uuid, "role" text NOT NULL DEFAULT \'member\', "status" text NOT NULL, "invited_by_id" text, "locale" text NOT NULL DEFAULT \'sv\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_network_member_user" UNIQUE ("network_id", "user_id"), CONSTRAINT "CHK_network_member_locale" CHECK ("locale" IN (\'sv\', \'en\')), CONSTRAINT "CHK_network_member_status" CHECK ("status" IN (\'invited\', \'requested\', \'active\')), CONSTRAINT "CHK_network_member_role" CHECK ("role" IN (\'chair\', \'secretary\', \'member\')), CONSTRAINT "PK_ea950406ee62d4ba1a75a103a67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_network_member_user" ON "network_member"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "network_share" ("network_id" uuid NOT NULL, "record_id" uuid NOT NULL, "record_kind" text NOT NULL, "organization_id" uuid NOT NULL, "shared_by_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_network_share_kind" CHECK ("record_kind" IN (\'initiative\', \'method\')), CONSTRAINT "PK_1223b81666419c2bbe49e5924be" PRIMARY KEY ("network_id", "record_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_network_share_record" ON "network_share"  ("record_id") ');
    await queryRunner.query(
      'ALTER TABLE "network" ADD CONSTRAINT "FK_5421b2b37978f1db5c837eb369b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network" ADD CONSTRAINT "FK_86ea3c386598f7488cb8714cc1c" FOREIGN KEY ("parent_id") REFERENCES "network"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_series" ADD CONSTRAINT "FK_b7f3ed97a818513c410f5f58025" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_1e04bedfcea47da7fa8696ac20d" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_4eca052972681e25409955b1774" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_item" ADD CONSTRAINT "FK_33fb65e835773fe2b454c65065a" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_item" ADD CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_subscription" ADD CONSTRAINT "FK_d49cc3ea26d1bd58d3cb7e2f149" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_minutes" ADD CONSTRAINT "FK_8d196aa03411be2d356cf549e62" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_decision" ADD CONSTRAINT "FK_00af922e5a946234fc08adef377" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_decision" ADD CONSTRAINT "FK_48c728fcd9ed14f1798ab3daf89" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_event" ADD CONSTRAINT "FK_c52330275f71c96d49445ca7594" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD CONSTRAINT "FK_7331fd4d556d86eb21d3e8b167e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_share" ADD CONSTRAINT "FK_b3895dfc67ddfe9e939c8226b15" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_share" ADD CONSTRAINT "FK_722e3556f35fd8bb90acb12b828" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    for (const table of VISIBILITY_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_visibility"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "CHK_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public'))`);
    }

    // The request's networks, from settings (see the class comment).
    await queryRunner.query(`
      CREATE FUNCTION app.setting_uuids(name text) RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT coalesce(string_to_array(nullif(current_setting(name, true), ''), ',')::uuid[], '{}') $$`);
    for (const [fn, setting] of [
      ['in_network', 'app.networks'],
      ['leads_network', 'app.network_leads'],
      ['chairs_network', 'app.network_chairs'],
    ]) {
      await queryRunner.query(`
        CREATE FUNCTION app.${fn}(network uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT app.current_user_id() IS NOT NULL AND network = ANY (app.setting_uuids('${setting}')) $$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION app.load_networks() RETURNS void LANGUAGE plpgsql VOLATILE
      AS $$
      DECLARE
        every_network text;
        leads text;
        chairs text;
      BEGIN
        SELECT coalesce(string_agg(m.network_id::text, ','), ''),
               coalesce(string_agg(m.network_id::text, ',') FILTER (WHERE m.role IN ('chair', 'secretary')), ''),
               coalesce(string_agg(m.network_id::text, ',') FILTER (WHERE m.role = 'chair'), '')
          INTO every_network, leads, chairs
          FROM public.network_member m
         WHERE app.current_user_id() IS NOT NULL AND m.user_id = app.current_user_id() AND m.status = 'active';
        PERFORM set_config('app.networks', every_network, true), set_config('app.network_leads', leads, true), set_config('app.network_chairs', chairs, true);
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.begin_request(user_id text, organization_id text, roles text, member text, organization_admin text) RETURNS text LANGUAGE plpgsql VOLATILE
      AS $$
      BEGIN
        PERFORM set_config('app.user_id', user_id, true), set_config('app.organization_id', organization_id, true), set_config('app.roles', roles, true),
                set_config('app.member', member, true), set_config('app.organization_admin', organization_admin, true);
        PERFORM app.load_networks();
        RETURN current_setting('app.networks', true);
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.shared_with_me(record uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT EXISTS (SELECT 1 FROM public.network_share s WHERE s.record_id = record AND s.network_id = ANY (app.setting_uuids('app.networks'))) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read(owner uuid, visibility text, record uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$
        SELECT app.can_read(owner, visibility)
            OR (visibility = 'network' AND app.current_user_id() IS NOT NULL AND coalesce(current_setting('app.networks', true), '') <> ''
                AND app.shared_with_me(record))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read_record(owner uuid, visibility text, archived_at timestamptz, record uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read(owner, visibility, record) AND (archived_at IS NULL OR app.can_write(owner)) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read_initiative(owner uuid, visibility text, archived_at timestamptz, record uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read_record(owner, visibility, archived_at, record) $$`);
    for (const signature of [
      'setting_uuids(text)',
      'in_network(uuid)',
      'leads_network(uuid)',
      'chairs_network(uuid)',
      'load_networks()',
      'begin_request(text, text, text, text, text)',
      'shared_with_me(uuid)',
      'can_read(uuid, text, uuid)',
      'can_read_record(uuid, text, timestamptz, uuid)',
      'can_read_initiative(uuid, text, timestamptz, uuid)',
    ]) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.${signature} TO ${APP_ROLE}`);
    }

    // The record rule names the record.
    await queryRunner.query(`DROP POLICY initiative_select ON "initiative"`);
    await queryRunner.query(
      `CREATE POLICY initiative_select ON "initiative" FOR SELECT USING (app.can_read_initiative(organization_id, visibility, archived_at, id))`,
    );
    for (const [table, policy] of RECORD_RULE_POLICIES) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
      await queryRunner.query(`CREATE POLICY ${policy} ON "${table}" FOR SELECT USING (app.can_read_record(organization_id, visibility, archived_at, id))`);
    }
    await queryRunner.query(`DROP POLICY initiative_follow_up_select ON "initiative_follow_up"`);
    await queryRunner.query(`
      CREATE POLICY initiative_follow_up_select ON "initiative_follow_up" FOR SELECT
        USING (app.can_read(organization_id, visibility, initiative_id) AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id))`);
    await replaceInSearchFunction(queryRunner, OLD_SEARCH_RULE, NEW_SEARCH_RULE);
    // The search function runs as the search role where it exists; it reads the shares too.
    await queryRunner.query(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${SEARCH_ROLE}') THEN GRANT SELECT ON "network_share" TO ${SEARCH_ROLE}; END IF; END $$`,
    );

    // Networks: listed to the signed-in region; changed by their chairs.
    await secure(queryRunner, 'network', ['SELECT', 'INSERT', 'UPDATE']);
    await queryRunner.query(`
      CREATE POLICY network_select ON "network" FOR SELECT
        USING (app.can_read_record(organization_id, visibility, archived_at, id) OR app.in_network(id) OR app.has_role('platform-admin')
               OR EXISTS (SELECT 1 FROM "network_member" m WHERE m.network_id = network.id AND m.user_id = app.current_user_id()))`);
    await queryRunner.query(`CREATE POLICY network_insert ON "network" FOR INSERT WITH CHECK (app.can_write(organization_id))`);
    await queryRunner.query(`
      CREATE POLICY network_update ON "network" FOR UPDATE
        USING (app.chairs_network(id) OR app.has_role('platform-admin')) WITH CHECK (app.chairs_network(id) OR app.has_role('platform-admin'))`);

    await secure(queryRunner, 'network_member', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await queryRunner.query(`
      CREATE POLICY network_member_select ON "network_member" FOR SELECT
        USING ((app.current_user_id() IS NOT NULL AND user_id = app.current_user_id())
               OR (status = 'active' AND app.in_network(network_id)) OR app.chairs_network(network_id) OR app.has_role('platform-admin'))`);
    await queryRunner.query(`
      CREATE POLICY network_member_insert ON "network_member" FOR INSERT
        WITH CHECK (
          app.chairs_network(network_id)
          OR (app.current_user_id() IS NOT NULL AND user_id = app.current_user_id() AND status = 'requested' AND role = 'member'
              AND EXISTS (SELECT 1 FROM "network" n WHERE n.id = network_id AND n.admission = 'open' AND n.archived_at IS NULL))
          OR (app.current_user_id() IS NOT NULL AND user_id = app.current_user_id() AND status = 'active' AND role = 'chair'
              AND EXISTS (SELECT 1 FROM "network" n WHERE n.id = network_id AND app.can_write(n.organization_id) AND n.created_at = now())))`);
    await queryRunner.query(`
      CREATE POLICY network_member_update ON "network_member" FOR UPDATE
        USING (app.chairs_network(network_id) OR (app.current_user_id() IS NOT NULL AND user_id = app.current_user_id() AND status = 'invited'))
        WITH CHECK (app.chairs_network(network_id) OR (app.current_user_id() IS NOT NULL AND user_id = app.current_user_id() AND status = 'active'))`);
    await queryRunner.query(`
      CREATE POLICY network_member_delete ON "network_member" FOR DELETE
        USING (app.chairs_network(network_id) OR (app.current_user_id() IS NOT NULL AND user_id = app.current_user_id()))`);
    // Accepting an invitation changes the status only: a role or another person's row is a chair's change.
    await queryRunner.query(`
      CREATE FUNCTION app.network_member_guard() RETURNS trigger LANGUAGE plpgsql
      AS $$
      BEGIN
        IF NOT app.chairs_network(OLD.network_id)
           AND (NEW.role IS DISTINCT FROM OLD.role OR NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.network_id IS DISTINCT FROM OLD.network_id) THEN
          RAISE EXCEPTION 'only a chair changes a membership''s role' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER network_member_guard BEFORE UPDATE ON "network_member" FOR EACH ROW EXECUTE FUNCTION app.network_member_guard()`);

    await secure(queryRunner, 'network_share', ['SELECT', 'INSERT', 'DELETE']);
    await queryRunner.query(
      `CREATE POLICY network_share_select ON "network_share" FOR SELECT USING (app.can_write(organization_id) OR app.in_network(network_id))`,
    );
    await queryRunner.query(`
      CREATE POLICY network_share_insert ON "network_share" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND shared_by_id = app.current_user_id() AND app.in_network(network_id)
                    AND ((record_kind = 'initiative' AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = record_id AND i.organization_id = network_share.organization_id))
                      OR (record_kind = 'method' AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = record_id AND m.organization_id = network_share.organization_id))))`);
    await queryRunner.query(`CREATE POLICY network_share_delete ON "network_share" FOR DELETE USING (app.can_write(organization_id))`);

    await secure(queryRunner, 'network_event', ['SELECT', 'INSERT']);
    await queryRunner.query(
      `CREATE POLICY network_event_select ON "network_event" FOR SELECT USING (app.in_network(network_id) OR app.has_role('platform-admin'))`,
    );
    await queryRunner.query(`
      CREATE POLICY network_event_insert ON "network_event" FOR INSERT
        WITH CHECK (app.current_user_id() IS NOT NULL AND actor_id = app.current_user_id()
                    AND (app.in_network(network_id) OR EXISTS (SELECT 1 FROM "network_member" m WHERE m.network_id = network_event.network_id AND m.user_id = app.current_user_id())))`);

    for (const table of MEETING_TABLES) {
      await secure(queryRunner, table, ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
      await queryRunner.query(`CREATE POLICY ${table}_select ON "${table}" FOR SELECT USING (app.in_network(network_id) OR app.has_role('platform-admin'))`);
      await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT WITH CHECK (app.leads_network(network_id))`);
      await queryRunner.query(
        `CREATE POLICY ${table}_update ON "${table}" FOR UPDATE USING (app.leads_network(network_id)) WITH CHECK (app.leads_network(network_id))`,
      );
      await queryRunner.query(`CREATE POLICY ${table}_delete ON "${table}" FOR DELETE USING (app.leads_network(network_id))`);
    }
    // The member an action item is given to may mark it done.
    await queryRunner.query(`
      CREATE POLICY action_item_owner_update ON "action_item" FOR UPDATE
        USING (app.in_network(network_id) AND app.current_user_id() IS NOT NULL AND owner_user_id = app.current_user_id())
        WITH CHECK (app.in_network(network_id) AND owner_user_id = app.current_user_id())`);

    // Minutes: drafts for those who write them, published ones for every member.
    await secure(queryRunner, 'meeting_minutes', ['SELECT', 'INSERT', 'UPDATE']);
    await queryRunner.query(`
      CREATE POLICY meeting_minutes_select ON "meeting_minutes" FOR SELECT
        USING ((status = 'published' AND app.in_network(network_id)) OR app.leads_network(network_id) OR app.has_role('platform-admin'))`);
    await queryRunner.query(`CREATE POLICY meeting_minutes_insert ON "meeting_minutes" FOR INSERT WITH CHECK (app.leads_network(network_id))`);
    await queryRunner.query(
      `CREATE POLICY meeting_minutes_update ON "meeting_minutes" FOR UPDATE USING (app.leads_network(network_id)) WITH CHECK (app.leads_network(network_id))`,
    );

    // Calendar feeds: the user's own; a feed request finds its subscription by token as the owner role.
    await secure(queryRunner, 'calendar_subscription', ['SELECT', 'INSERT', 'UPDATE']);
    const own = `app.current_user_id() IS NOT NULL AND user_id = app.current_user_id()`;
    await queryRunner.query(`CREATE POLICY calendar_subscription_select ON "calendar_subscription" FOR SELECT USING (${own})`);
    await queryRunner.query(`CREATE POLICY calendar_subscription_insert ON "calendar_subscription" FOR INSERT WITH CHECK (${own})`);
    await queryRunner.query(`CREATE POLICY calendar_subscription_update ON "calendar_subscription" FOR UPDATE USING (${own}) WITH CHECK (${own})`);
    await queryRunner.query(`CREATE POLICY calendar_subscription_feed ON "calendar_subscription" FOR SELECT TO ${OWNER_ROLE} USING (revoked_at IS NULL)`);
    await queryRunner.query(`
      CREATE FUNCTION app.calendar_subscription_by_token(hash text) RETURNS TABLE (id uuid, user_id text, network_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$ SELECT s.id, s.user_id, s.network_id FROM public.calendar_subscription s WHERE s.token_hash = hash AND s.revoked_at IS NULL $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.calendar_subscription_by_token(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.calendar_subscription_by_token(text) TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceInSearchFunction(queryRunner, NEW_SEARCH_RULE, OLD_SEARCH_RULE);
    await queryRunner.query(`DROP POLICY initiative_follow_up_select ON "initiative_follow_up"`);
    await queryRunner.query(`
      CREATE POLICY initiative_follow_up_select ON "initiative_follow_up" FOR SELECT
        USING (app.can_read(organization_id, visibility) AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id))`);
    for (const [table, policy] of RECORD_RULE_POLICIES) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
      await queryRunner.query(`CREATE POLICY ${policy} ON "${table}" FOR SELECT USING (app.can_read_record(organization_id, visibility, archived_at))`);
    }
    await queryRunner.query(`DROP POLICY initiative_select ON "initiative"`);
    await queryRunner.query(
      `CREATE POLICY initiative_select ON "initiative" FOR SELECT USING (app.can_read_initiative(organization_id, visibility, archived_at))`,
    );
    for (const table of [
      'calendar_subscription',
      'meeting_minutes',
      'action_item',
      'network_decision',
      'meeting_attendance',
      'agenda_item',
      'meeting',
      'meeting_series',
      'network_event',
      'network_share',
      'network_member',
      'network',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}" CASCADE`);
    }
    await queryRunner.query(`DROP FUNCTION app.calendar_subscription_by_token(text)`);
    await queryRunner.query(`DROP FUNCTION app.network_member_guard()`);
    await queryRunner.query(`DROP FUNCTION app.can_read_initiative(uuid, text, timestamptz, uuid)`);
    await queryRunner.query(`DROP FUNCTION app.can_read_record(uuid, text, timestamptz, uuid)`);
    await queryRunner.query(`DROP FUNCTION app.can_read(uuid, text, uuid)`);
    await queryRunner.query(`DROP FUNCTION app.shared_with_me(uuid)`);
    await queryRunner.query(`DROP FUNCTION app.begin_request(text, text, text, text, text)`);
    await queryRunner.query(`DROP FUNCTION app.load_networks()`);
    for (const fn of ['in_network', 'leads_network', 'chairs_network']) await queryRunner.query(`DROP FUNCTION app.${fn}(uuid)`);
    await queryRunner.query(`DROP FUNCTION app.setting_uuids(text)`);
    await queryRunner.query(`UPDATE "initiative" SET visibility = 'private' WHERE visibility = 'network'`);
    await queryRunner.query(`UPDATE "method" SET visibility = 'private' WHERE visibility = 'network'`);
    await queryRunner.query(`UPDATE "initiative_follow_up" SET visibility = 'private' WHERE visibility = 'network'`);
    for (const table of VISIBILITY_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_visibility"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "CHK_visibility" CHECK ("visibility" IN ('private', 'region', 'public'))`);
    }
  }
}

const OLD_SEARCH_RULE = 'app.can_read_record(s.organization_id, s.visibility, s.archived_at)';
const NEW_SEARCH_RULE = 'app.can_read_record(s.organization_id, s.visibility, s.archived_at, s.id)';

/**
 * The register's search function applies the record rule itself (it runs as the search role);
 * its body is rewritten in place, which keeps its owner, security and grants.
 */
async function replaceInSearchFunction(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const rows = (await queryRunner.query(`SELECT pg_get_functiondef('app.search_initiatives(text, boolean)'::regprocedure) AS definition`)) as Array<{
    definition: string;
  }>;
  const definition = rows[0]?.definition ?? '';
  if (!definition.includes(from)) throw new Error('app.search_initiatives does not apply the expected visibility rule');
  await queryRunner.query(definition.split(from).join(to));
}

/** FORCE'd row-level security and the API role's grants; the policies follow by hand. */
async function secure(queryRunner: QueryRunner, table: string, commands: readonly string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`GRANT ${commands.join(', ')} ON "${table}" TO ${APP_ROLE}`);
}
