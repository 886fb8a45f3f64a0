import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * The initiative register: initiatives, their relations (pärlband), follow-ups after the end and
 * the change history. Tables from the entity diff; below them what TypeORM does not know of:
 * Swedish full-text search with accents folded, trigram search for names and registry numbers,
 * the derived columns' trigger, row-level security and grants.
 */
export class Initiatives1796175493845 implements MigrationInterface {
  name = 'Initiatives1796175493845';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT 'private', "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "kind" text NOT NULL, "status" text NOT NULL, "start_date" date, "end_date" date, "contact_name" text NOT NULL DEFAULT '', "contact_email" text NOT NULL DEFAULT '', "leader_name" text NOT NULL DEFAULT '', "leader_email" text NOT NULL DEFAULT '', "themes" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "occupations" text array NOT NULL DEFAULT '{}', "methods" text array NOT NULL DEFAULT '{}', "partners" jsonb NOT NULL DEFAULT '[]', "funding" jsonb NOT NULL DEFAULT '[]', "funder_types" text array NOT NULL DEFAULT '{}', "participants" jsonb NOT NULL DEFAULT '[]', "gender_equality" text NOT NULL DEFAULT '', "non_discrimination" text NOT NULL DEFAULT '', "accessibility" text NOT NULL DEFAULT '', "results" text NOT NULL DEFAULT '', "lessons_learned" text NOT NULL DEFAULT '', "implementation_owner" text NOT NULL DEFAULT '', "implementation_plan" text NOT NULL DEFAULT '', "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "search_text" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_initiative_version" CHECK ("version" > 0), CONSTRAINT "CHK_initiative_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "CHK_initiative_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public')), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_organization" ON "initiative"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT 'region', "initiative_id" uuid NOT NULL, "version" integer NOT NULL, "actor_id" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_initiative_change_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public')), CONSTRAINT "PK_5e3c778f505ce6ec5cec52bb447" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_change_initiative" ON "initiative_change"  ("initiative_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT 'private', "initiative_id" uuid NOT NULL, "milestone" text NOT NULL, "due_date" date NOT NULL, "status" text, "lives_on" text NOT NULL DEFAULT '', "owner_now" text NOT NULL DEFAULT '', "evidence_url" text NOT NULL DEFAULT '', "recorded_at" TIMESTAMP WITH TIME ZONE, "recorded_by" text, CONSTRAINT "UQ_initiative_follow_up_milestone" UNIQUE ("initiative_id", "milestone"), CONSTRAINT "CHK_initiative_follow_up_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public')), CONSTRAINT "CHK_initiative_follow_up_status" CHECK ("status" IS NULL OR "status" IN ('implemented', 'partly-implemented', 'spread', 'discontinued', 'unknown')), CONSTRAINT "CHK_initiative_follow_up_milestone" CHECK ("milestone" IN ('6-months', '1-year', '2-years')), CONSTRAINT "PK_33f28ba6a5c19be455deb4b57f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_follow_up_due" ON "initiative_follow_up"  ("due_date") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_relation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT 'public', "from_id" uuid NOT NULL, "to_id" uuid NOT NULL, "kind" text NOT NULL, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_initiative_relation" UNIQUE ("from_id", "to_id", "kind"), CONSTRAINT "CHK_initiative_relation_visibility" CHECK ("visibility" IN ('private', 'network', 'region', 'public')), CONSTRAINT "CHK_initiative_relation_self" CHECK ("from_id" <> "to_id"), CONSTRAINT "CHK_initiative_relation_kind" CHECK ("kind" IN ('builds-on', 'successor-of', 'part-of')), CONSTRAINT "PK_9ac49ce4a4208fdcba3afe4cf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_relation_to" ON "initiative_relation"  ("to_id") `);
    await queryRunner.query(
      `ALTER TABLE "initiative" ADD CONSTRAINT "FK_a8f42e04e5935d56cae727ef50b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_change" ADD CONSTRAINT "FK_8cae9c30a118a6fde0e0a5473a5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_change" ADD CONSTRAINT "FK_a4bac44639c74f59515e1e04026" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_follow_up" ADD CONSTRAINT "FK_6cfe672814d6773e810a8755611" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_follow_up" ADD CONSTRAINT "FK_fc737b2a984103fb121f78b8686" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_relation" ADD CONSTRAINT "FK_33a684b55e3cf618c02a4911fe4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_relation" ADD CONSTRAINT "FK_e30c0978c64cc7e74a1038cd1b0" FOREIGN KEY ("from_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_relation" ADD CONSTRAINT "FK_1f86c453ba86c470830a3906223" FOREIGN KEY ("to_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Search: `swedish` stemming after unaccent (é→e, and å/ä/ö folded alike in text and query,
    // so "vard" finds "vård"); trigrams for names and registry numbers such as 2020/00694.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION app.swedish_unaccent (COPY = pg_catalog.swedish)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION app.swedish_unaccent ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.swedish_stem`,
    );
    await queryRunner.query(`
      CREATE FUNCTION app.fold(value text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
      SET search_path = pg_catalog, public
      AS $$ SELECT lower(public.unaccent(coalesce(value, ''))) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.initiative_derive() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, public
      AS $$
      DECLARE
        partner_names text := coalesce((SELECT string_agg(p->>'name', ' ') FROM jsonb_array_elements(NEW.partners) p), '');
        funder_names text := coalesce((SELECT string_agg(concat_ws(' ', f->>'funderName', f->>'programmeArea'), ' ') FROM jsonb_array_elements(NEW.funding) f), '');
        registry_numbers text := coalesce((SELECT string_agg(f->>'registryNumber', ' ') FROM jsonb_array_elements(NEW.funding) f), '');
      BEGIN
        NEW.funder_types := ARRAY(SELECT DISTINCT f->>'funderType' FROM jsonb_array_elements(NEW.funding) f WHERE f->>'funderType' IS NOT NULL ORDER BY 1);
        NEW.search_vector :=
             setweight(to_tsvector('app.swedish_unaccent', NEW.title), 'A')
          || setweight(to_tsvector('app.swedish_unaccent', concat_ws(' ', NEW.summary, array_to_string(NEW.occupations, ' '), array_to_string(NEW.methods, ' '))), 'B')
          || setweight(to_tsvector('app.swedish_unaccent', concat_ws(' ', NEW.description, partner_names, funder_names)), 'C')
          || setweight(to_tsvector('app.swedish_unaccent', concat_ws(' ', NEW.results, NEW.lessons_learned, NEW.implementation_plan)), 'D');
        NEW.search_text := app.fold(concat_ws(' ', NEW.title, partner_names, registry_numbers, funder_names));
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER initiative_derive BEFORE INSERT OR UPDATE ON "initiative" FOR EACH ROW EXECUTE FUNCTION app.initiative_derive()`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_search_vector" ON "initiative" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_search_text" ON "initiative" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_themes" ON "initiative" USING gin ("themes")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_target_groups" ON "initiative" USING gin ("target_groups")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_funder_types" ON "initiative" USING gin ("funder_types")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_title_sv" ON "initiative" ("title" COLLATE "sv-SE-x-icu", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_updated" ON "initiative" ("updated_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_start" ON "initiative" ("start_date", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_follow_up_initiative" ON "initiative_follow_up" ("initiative_id")`);

    // Row-level security, FORCE'd so that only the migration role's DDL escapes it.
    for (const table of ['initiative', 'initiative_relation', 'initiative_follow_up', 'initiative_change']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    // Initiatives: read by visibility, written only in the active organisation; never deleted (archived instead).
    await queryRunner.query(`CREATE POLICY initiative_select ON "initiative" FOR SELECT USING (app.can_read(organization_id, visibility))`);
    await queryRunner.query(`CREATE POLICY initiative_insert ON "initiative" FOR INSERT WITH CHECK (app.can_write(organization_id))`);
    await queryRunner.query(
      `CREATE POLICY initiative_update ON "initiative" FOR UPDATE USING (app.can_write(organization_id)) WITH CHECK (app.can_write(organization_id))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "initiative" TO ${APP_ROLE}`);

    // Relations: visible only when both ends are (the subqueries run through the initiative policies).
    await queryRunner.query(`
      CREATE POLICY initiative_relation_select ON "initiative_relation" FOR SELECT
        USING (app.can_read(organization_id, visibility)
               AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = from_id)
               AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = to_id))`);
    await queryRunner.query(`
      CREATE POLICY initiative_relation_insert ON "initiative_relation" FOR INSERT
        WITH CHECK (app.can_write(organization_id)
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = from_id AND i.organization_id = initiative_relation.organization_id))`);
    await queryRunner.query(`CREATE POLICY initiative_relation_delete ON "initiative_relation" FOR DELETE USING (app.can_write(organization_id))`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "initiative_relation" TO ${APP_ROLE}`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER initiative_relation_to_visible AFTER INSERT OR UPDATE OF to_id ON "initiative_relation"
        FOR EACH ROW EXECUTE FUNCTION app.assert_reference_visible('to_id', 'initiative')`);

    // Follow-ups: readable with the initiative, written by its organisation.
    await queryRunner.query(`
      CREATE POLICY initiative_follow_up_select ON "initiative_follow_up" FOR SELECT
        USING (app.can_read(organization_id, visibility) AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id))`);
    await queryRunner.query(`
      CREATE POLICY initiative_follow_up_insert ON "initiative_follow_up" FOR INSERT
        WITH CHECK (app.can_write(organization_id)
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id AND i.organization_id = initiative_follow_up.organization_id))`);
    await queryRunner.query(`
      CREATE POLICY initiative_follow_up_update ON "initiative_follow_up" FOR UPDATE
        USING (app.can_write(organization_id)) WITH CHECK (app.can_write(organization_id))`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "initiative_follow_up" TO ${APP_ROLE}`);

    // History: signed-in readers of the initiative; append-only, the actor is the current user.
    await queryRunner.query(`
      CREATE POLICY initiative_change_select ON "initiative_change" FOR SELECT
        USING (app.can_read(organization_id, visibility) AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id))`);
    await queryRunner.query(`
      CREATE POLICY initiative_change_insert ON "initiative_change" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND actor_id = app.current_user_id()
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id AND i.organization_id = initiative_change.organization_id))`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "initiative_change" TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.fold(text) TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "initiative_relation"`);
    await queryRunner.query(`DROP TABLE "initiative_follow_up"`);
    await queryRunner.query(`DROP TABLE "initiative_change"`);
    await queryRunner.query(`DROP TABLE "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.initiative_derive()`);
    await queryRunner.query(`DROP FUNCTION app.fold(text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION app.swedish_unaccent`);
  }
}
