import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_RULE_BEFORE_NETWORKS, secureTenantTable } from '../../tenancy/tenant-table.migration.js';
import { APP_ROLE } from '../database-roles.js';

/**
 * The method bank: methods, their history (shaped like `initiative_change`) and the links from
 * initiatives to the methods they use. Tables from the entity diff; below them what TypeORM does
 * not know of: the search column's trigger and indexes, row-level security and grants.
 *
 * - `method` gets the standard record policies (`secureTenantTable`, read: 'record').
 * - `method_change` and `initiative_method` are read "with" their method (and initiative), like
 *   `initiative_change` and `initiative_relation`: policies with EXISTS subqueries that run under
 *   the other tables' policies. Each has probes in tests/api/row-level-security.test.ts.
 * - Related methods are stored as ids in `method.relations` (jsonb), never names: the API reads
 *   the other end back under row-level security, so a private method's name cannot travel.
 */
export class MethodBank1796270000000 implements MigrationInterface {
  name = 'MethodBank1796270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "method" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'private\', "version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "summary" text NOT NULL DEFAULT \'\', "description" text NOT NULL DEFAULT \'\', "problem" text NOT NULL DEFAULT \'\', "target_groups" text array NOT NULL DEFAULT \'{}\', "themes" text array NOT NULL DEFAULT \'{}\', "steps" jsonb NOT NULL DEFAULT \'[]\', "requirements" jsonb NOT NULL DEFAULT \'{"staffing": "", "training": "", "certification": "", "indicativeCost": ""}\', "evidence_level" text, "evidence_sources" jsonb NOT NULL DEFAULT \'[]\', "relations" jsonb NOT NULL DEFAULT \'[]\', "contact_name" text NOT NULL DEFAULT \'\', "contact_email" text NOT NULL DEFAULT \'\', "is_demo" boolean NOT NULL DEFAULT false, "search_vector" tsvector, CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'region\', \'public\')), CONSTRAINT "CHK_version" CHECK ("version" > 0), CONSTRAINT "CHK_method_evidence_level" CHECK ("evidence_level" IS NULL OR "evidence_level" IN (\'evidence-based\', \'research-supported\', \'proven-experience\', \'promising\')), CONSTRAINT "PK_def6b33cb9809fb4b8ac44c69ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_method_organization" ON "method"  ("organization_id") ');
    await queryRunner.query(
      'CREATE TABLE "initiative_method" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'public\', "initiative_id" uuid NOT NULL, "method_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_initiative_method" UNIQUE ("initiative_id", "method_id"), CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'region\', \'public\')), CONSTRAINT "PK_f4d204460a8be2bfa8879835194" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_initiative_method_method" ON "initiative_method"  ("method_id") ');
    await queryRunner.query(
      'CREATE TABLE "method_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'region\', "method_id" uuid NOT NULL, "version" integer NOT NULL, "actor_id" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'region\', \'public\')), CONSTRAINT "PK_dff82a563ffc9f306f291e612da" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_method_change_method" ON "method_change"  ("method_id", "created_at") ');
    await queryRunner.query(
      'ALTER TABLE "method" ADD CONSTRAINT "FK_2161222a93ef07ed75f14fe5e1d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "initiative_method" ADD CONSTRAINT "FK_56fe2621bfe01d1d5c1e7aed236" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "initiative_method" ADD CONSTRAINT "FK_26437b174e5a453588d26714397" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "initiative_method" ADD CONSTRAINT "FK_dd743ee2680bcaf48f181bf2321" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_change" ADD CONSTRAINT "FK_e56082c6cdcaf25a597bfd2a322" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_change" ADD CONSTRAINT "FK_9290aca75a37bd1d78e50d4e3b9" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Search: the same Swedish configuration as the register (accents folded, stemming). A plain
    // GIN-indexed column queried under row-level security; see METHOD_LIST.search for why no
    // SECURITY DEFINER function.
    await queryRunner.query(`
      CREATE FUNCTION app.method_derive() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, public
      AS $$
      DECLARE
        step_text text := coalesce((SELECT string_agg(concat_ws(' ', s->>'title', s->>'description'), ' ') FROM jsonb_array_elements(NEW.steps) s), '');
        source_titles text := coalesce((SELECT string_agg(s->>'title', ' ') FROM jsonb_array_elements(NEW.evidence_sources) s), '');
      BEGIN
        NEW.search_vector :=
             setweight(to_tsvector('app.swedish_unaccent', NEW.name), 'A')
          || setweight(to_tsvector('app.swedish_unaccent', concat_ws(' ', NEW.summary, NEW.problem)), 'B')
          || setweight(to_tsvector('app.swedish_unaccent', concat_ws(' ', NEW.description, step_text)), 'C')
          || setweight(to_tsvector('app.swedish_unaccent', source_titles), 'D');
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER method_derive BEFORE INSERT OR UPDATE ON "method" FOR EACH ROW EXECUTE FUNCTION app.method_derive()`);
    await queryRunner.query(`CREATE INDEX "IDX_method_search_vector" ON "method" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_method_name_sv" ON "method" ("name" COLLATE "sv-SE-x-icu", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_method_updated" ON "method" ("updated_at", "id")`);

    // Methods: read by visibility, archived only by the owner; written in the active organisation; never deleted.
    await secureTenantTable(queryRunner, 'method', { read: 'record', readExpression: RECORD_RULE_BEFORE_NETWORKS });

    // History: signed-in readers of the method; append-only, the actor is the current user.
    await queryRunner.query(`ALTER TABLE "method_change" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "method_change" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY method_change_select ON "method_change" FOR SELECT
        USING (app.can_read(organization_id, visibility) AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = method_id))`);
    await queryRunner.query(`
      CREATE POLICY method_change_insert ON "method_change" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND actor_id = app.current_user_id()
                    AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = method_id AND m.organization_id = method_change.organization_id))`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "method_change" TO ${APP_ROLE}`);

    // Links: readable when both ends are; made and removed only by the initiative's organisation,
    // to a method it may read (the subqueries run through the initiative and method policies).
    await queryRunner.query(`ALTER TABLE "initiative_method" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "initiative_method" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY initiative_method_select ON "initiative_method" FOR SELECT
        USING (app.can_read(organization_id, visibility)
               AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id)
               AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = method_id))`);
    await queryRunner.query(`
      CREATE POLICY initiative_method_insert ON "initiative_method" FOR INSERT
        WITH CHECK (app.can_write(organization_id)
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id AND i.organization_id = initiative_method.organization_id)
                    AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = method_id))`);
    await queryRunner.query(`CREATE POLICY initiative_method_delete ON "initiative_method" FOR DELETE USING (app.can_write(organization_id))`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "initiative_method" TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "initiative_method"`);
    await queryRunner.query(`DROP TABLE "method_change"`);
    await queryRunner.query(`DROP TABLE "method"`);
    await queryRunner.query(`DROP FUNCTION app.method_derive()`);
  }
}
