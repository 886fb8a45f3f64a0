import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '../../tenancy/tenant-table.migration.js';
import { APP_ROLE, OWNER_ROLE } from '../database-roles.js';

/** Files and chunks a version has taken in are read with their material; staged ones only by their organisation. */
const FILE_READ = `((material_id IS NULL AND app.can_write(organization_id)) OR (material_id IS NOT NULL AND EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id)))`;

/**
 * Shared material (Material): the material, its history, versions, adaptations and files. Tables
 * from the entity diff; below them the search trigger and indexes, row-level security, grants,
 * and `material` as a kind a network share may name.
 *
 * - `material` gets the standard record policies (network level included).
 * - `material_change`, `material_version`, `material_adaptation` are read with their material
 *   (EXISTS under the material's policy); `material_file` and `material_file_chunk` likewise, so
 *   a file's bytes are exactly as readable as its material. A staged upload (no material yet) is
 *   its organisation's alone. Only staged files and their chunks can be deleted.
 * - `material_file_ticket`: the API role writes its own; the download reads one through
 *   `app.material_file_ticket(hash)` (SECURITY DEFINER, owner-only policy), like calendar feeds.
 */
export class Material1796420000000 implements MigrationInterface {
  name = 'Material1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "material" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'private\', "version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "kind" text NOT NULL, "summary" text NOT NULL DEFAULT \'\', "description" text NOT NULL DEFAULT \'\', "themes" text array NOT NULL DEFAULT \'{}\', "audiences" text array NOT NULL DEFAULT \'{}\', "language" text NOT NULL DEFAULT \'sv\', "licence" text NOT NULL DEFAULT \'free-adapt\', "responsible_name" text NOT NULL DEFAULT \'\', "responsible_email" text NOT NULL DEFAULT \'\', "valid_from" date, "valid_to" date, "review_cycle_months" integer, "next_review_on" date, "last_reviewed_at" TIMESTAMP WITH TIME ZONE, "review_reminded_for" date, "initiative_ids" uuid array NOT NULL DEFAULT \'{}\', "method_ids" uuid array NOT NULL DEFAULT \'{}\', "current_version" integer NOT NULL DEFAULT \'0\', "adapted_from_id" uuid, "original_seen_version" integer, "file_text" text NOT NULL DEFAULT \'\', "is_demo" boolean NOT NULL DEFAULT false, "search_vector" tsvector, CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'network\', \'region\', \'public\')), CONSTRAINT "CHK_version" CHECK ("version" > 0), CONSTRAINT "PK_0343d0d577f3effc2054cbaca7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_adapted_from" ON "material"  ("adapted_from_id") ');
    await queryRunner.query('CREATE INDEX "IDX_material_organization" ON "material"  ("organization_id") ');
    await queryRunner.query(
      'CREATE TABLE "material_adaptation" ("variant_id" uuid NOT NULL, "original_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5a2ad2d652ac531ebf3f6caf86" PRIMARY KEY ("variant_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_adaptation_original" ON "material_adaptation"  ("original_id") ');
    await queryRunner.query(
      'CREATE TABLE "material_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'region\', "material_id" uuid NOT NULL, "version" integer NOT NULL, "actor_id" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'network\', \'region\', \'public\')), CONSTRAINT "PK_55a0e1c46b0d05dbfac156207c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_change_material" ON "material_change"  ("material_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "material_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "visibility" text NOT NULL DEFAULT \'public\', "material_id" uuid NOT NULL, "number" integer NOT NULL, "note" text NOT NULL DEFAULT \'\', "file_ids" uuid array NOT NULL DEFAULT \'{}\', "created_by_id" text NOT NULL, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_material_version_number" UNIQUE ("material_id", "number"), CONSTRAINT "CHK_visibility" CHECK ("visibility" IN (\'private\', \'network\', \'region\', \'public\')), CONSTRAINT "CHK_material_version_number" CHECK ("number" > 0), CONSTRAINT "PK_2cd051ba8be86fed48db683adcc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "material_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "material_id" uuid, "uploaded_by_id" text NOT NULL, "name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" text NOT NULL, "scan_status" text NOT NULL, "scan_detail" text, "scanned_at" TIMESTAMP WITH TIME ZONE, "text_status" text NOT NULL DEFAULT \'pending\', "text_content" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_material_file_text_status" CHECK ("text_status" IN (\'pending\', \'done\', \'none\', \'failed\')), CONSTRAINT "CHK_material_file_scan_status" CHECK ("scan_status" IN (\'not-scanned\', \'pending\', \'clean\', \'infected\', \'failed\')), CONSTRAINT "PK_d7fd5c0c66effa085d0cd03c2c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_file_material" ON "material_file"  ("material_id") ');
    await queryRunner.query(
      'CREATE TABLE "material_file_chunk" ("file_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_59b5b7c0b5561ac888d7f39581b" PRIMARY KEY ("file_id", "seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "material_file_ticket" ("token_hash" text NOT NULL, "file_id" uuid NOT NULL, "user_id" text NOT NULL, "organization_id" text NOT NULL, "roles" text NOT NULL, "member" boolean NOT NULL, "organization_admin" boolean NOT NULL, "preview" boolean NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a36154c5af24ad78acaf146c63d" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_file_ticket_expires" ON "material_file_ticket"  ("expires_at") ');
    await queryRunner.query(
      'ALTER TABLE "material" ADD CONSTRAINT "FK_340dd08a7e087035ed32a48f876" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material" ADD CONSTRAINT "FK_9506906e1e42f76bd2f8bf96281" FOREIGN KEY ("adapted_from_id") REFERENCES "material"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_adaptation" ADD CONSTRAINT "FK_d5a2ad2d652ac531ebf3f6caf86" FOREIGN KEY ("variant_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_adaptation" ADD CONSTRAINT "FK_6d111fc6f4f9615038622752e70" FOREIGN KEY ("original_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_adaptation" ADD CONSTRAINT "FK_f90763e0e83d607f5771c48af10" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_change" ADD CONSTRAINT "FK_60417d6fb90638e166e315981cd" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_change" ADD CONSTRAINT "FK_aad530ba53e6d0b74b9c793cabc" FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_version" ADD CONSTRAINT "FK_759b94306332bde76bc8a28ab57" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_version" ADD CONSTRAINT "FK_d38193f140ea40449aa0a56237d" FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file" ADD CONSTRAINT "FK_6fc11ac875a03919647d0130768" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file" ADD CONSTRAINT "FK_724da74613ea8f3101ceccb20ae" FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file_chunk" ADD CONSTRAINT "FK_be65e5922756fa36caea7f689ac" FOREIGN KEY ("file_id") REFERENCES "material_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file_ticket" ADD CONSTRAINT "FK_88bece853d135f6fc97ca91b258" FOREIGN KEY ("file_id") REFERENCES "material_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Chunks are compressed formats already: no TOAST compression, straight to storage.
    await queryRunner.query(`ALTER TABLE "material_file_chunk" ALTER COLUMN "data" SET STORAGE EXTERNAL`);

    // Search: the register's Swedish configuration; the text inside the current files weighs least.
    await queryRunner.query(`
      CREATE FUNCTION app.material_derive() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        NEW.search_vector :=
             setweight(to_tsvector('app.swedish_unaccent', NEW.title), 'A')
          || setweight(to_tsvector('app.swedish_unaccent', NEW.summary), 'B')
          || setweight(to_tsvector('app.swedish_unaccent', NEW.description), 'C')
          || setweight(to_tsvector('app.swedish_unaccent', left(NEW.file_text, 1000000)), 'D');
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER material_derive BEFORE INSERT OR UPDATE ON "material" FOR EACH ROW EXECUTE FUNCTION app.material_derive()`);
    await queryRunner.query(`CREATE INDEX "IDX_material_search_vector" ON "material" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_material_title_sv" ON "material" ("title" COLLATE "sv-SE-x-icu", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_material_updated" ON "material" ("updated_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_material_initiatives" ON "material" USING gin ("initiative_ids")`);

    await secureTenantTable(queryRunner, 'material', { read: 'record' });

    const enable = async (table: string, grants: string) => {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`GRANT ${grants} ON "${table}" TO ${APP_ROLE}`);
    };

    // History: signed-in readers of the material; append-only, the actor is the current user.
    await enable('material_change', 'SELECT, INSERT');
    await queryRunner.query(`
      CREATE POLICY material_change_select ON "material_change" FOR SELECT
        USING (app.can_read(organization_id, visibility, material_id) AND EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id))`);
    await queryRunner.query(`
      CREATE POLICY material_change_insert ON "material_change" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND actor_id = app.current_user_id()
                    AND EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id AND m.organization_id = material_change.organization_id))`);

    // Versions: read with the material; published by its organisation, never changed.
    await enable('material_version', 'SELECT, INSERT');
    await queryRunner.query(
      `CREATE POLICY material_version_select ON "material_version" FOR SELECT USING (EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id))`,
    );
    await queryRunner.query(`
      CREATE POLICY material_version_insert ON "material_version" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND created_by_id = app.current_user_id()
                    AND EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id AND m.organization_id = material_version.organization_id))`);

    // Adaptations: readers of the original see which organisations adapted it; written by the
    // variant's organisation, for its own variant of an original it may read.
    await enable('material_adaptation', 'SELECT, INSERT');
    await queryRunner.query(
      `CREATE POLICY material_adaptation_select ON "material_adaptation" FOR SELECT USING (EXISTS (SELECT 1 FROM "material" o WHERE o.id = original_id))`,
    );
    await queryRunner.query(`
      CREATE POLICY material_adaptation_insert ON "material_adaptation" FOR INSERT
        WITH CHECK (app.can_write(organization_id)
                    AND EXISTS (SELECT 1 FROM "material" v WHERE v.id = variant_id AND v.organization_id = material_adaptation.organization_id)
                    AND EXISTS (SELECT 1 FROM "material" o WHERE o.id = original_id))`);

    // Files: staged by an organisation, then taken in by one of its materials (never another's).
    await enable('material_file', 'SELECT, INSERT, UPDATE, DELETE');
    await queryRunner.query(`CREATE POLICY material_file_select ON "material_file" FOR SELECT USING (${FILE_READ})`);
    await queryRunner.query(
      `CREATE POLICY material_file_insert ON "material_file" FOR INSERT WITH CHECK (app.can_write(organization_id) AND material_id IS NULL AND uploaded_by_id = app.current_user_id())`,
    );
    await queryRunner.query(`
      CREATE POLICY material_file_update ON "material_file" FOR UPDATE
        USING (app.can_write(organization_id))
        WITH CHECK (app.can_write(organization_id)
                    AND (material_id IS NULL OR EXISTS (SELECT 1 FROM "material" m WHERE m.id = material_id AND m.organization_id = material_file.organization_id)))`);
    await queryRunner.query(`CREATE POLICY material_file_delete ON "material_file" FOR DELETE USING (app.can_write(organization_id) AND material_id IS NULL)`);

    await enable('material_file_chunk', 'SELECT, INSERT, DELETE');
    await queryRunner.query(
      `CREATE POLICY material_file_chunk_select ON "material_file_chunk" FOR SELECT USING (EXISTS (SELECT 1 FROM "material_file" f WHERE f.id = file_id))`,
    );
    const staged = `EXISTS (SELECT 1 FROM "material_file" f WHERE f.id = file_id AND f.material_id IS NULL AND app.can_write(f.organization_id))`;
    await queryRunner.query(`CREATE POLICY material_file_chunk_insert ON "material_file_chunk" FOR INSERT WITH CHECK (${staged})`);
    await queryRunner.query(`CREATE POLICY material_file_chunk_delete ON "material_file_chunk" FOR DELETE USING (${staged})`);

    // Download links: made by the reader for themself (anonymous: user ''), for a file they can read now.
    await enable('material_file_ticket', 'INSERT');
    await queryRunner.query(`
      CREATE POLICY material_file_ticket_insert ON "material_file_ticket" FOR INSERT
        WITH CHECK ((user_id = app.current_user_id() OR (app.current_user_id() IS NULL AND user_id = ''))
                    AND EXISTS (SELECT 1 FROM "material_file" f WHERE f.id = file_id))`);
    await queryRunner.query(`CREATE POLICY material_file_ticket_owner ON "material_file_ticket" TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`);
    await queryRunner.query(`
      CREATE FUNCTION app.material_file_ticket(hash text)
        RETURNS TABLE (file_id uuid, user_id text, organization_id text, roles text, member boolean, organization_admin boolean, preview boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$ SELECT t.file_id, t.user_id, t.organization_id, t.roles, t.member, t.organization_admin, t.preview
              FROM public.material_file_ticket t WHERE t.token_hash = hash AND t.expires_at > now() $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.material_file_ticket(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.material_file_ticket(text) TO ${APP_ROLE}`);

    // File jobs (material/files/material-file-jobs.ts), queued in the writing transaction like the
    // mail outbox's: text extraction once a file may be served, a rescan after a failed or pending
    // scan. An upload in progress (no hash yet) queues nothing; its closing UPDATE does. SECURITY
    // DEFINER (owner role), so the API role needs no right in graphile_worker.
    await queryRunner.query(`
      CREATE FUNCTION app.material_file_queue_jobs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        IF NEW.sha256 = '' OR (TG_OP = 'UPDATE' AND OLD.sha256 <> '' AND OLD.scan_status = NEW.scan_status) THEN
          RETURN NULL;
        END IF;
        IF NEW.scan_status IN ('clean', 'not-scanned') AND NEW.text_status = 'pending' THEN
          PERFORM graphile_worker.add_job('material-file-text', json_build_object('id', NEW.id, 'organizationId', NEW.organization_id),
                                          job_key := 'material-file-text:' || NEW.id, max_attempts := 3);
        ELSIF NEW.scan_status IN ('failed', 'pending') THEN
          PERFORM graphile_worker.add_job('material-file-scan', json_build_object('id', NEW.id, 'organizationId', NEW.organization_id),
                                          job_key := 'material-file-scan:' || NEW.id, max_attempts := 10);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.material_file_queue_jobs() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER material_file_queue_jobs AFTER INSERT OR UPDATE OF scan_status, sha256 ON "material_file" FOR EACH ROW EXECUTE FUNCTION app.material_file_queue_jobs()`,
    );

    // Material can be shared with networks like initiatives and methods.
    await queryRunner.query(`ALTER TABLE "network_share" DROP CONSTRAINT "CHK_network_share_kind"`);
    await queryRunner.query(
      `ALTER TABLE "network_share" ADD CONSTRAINT "CHK_network_share_kind" CHECK ("record_kind" IN ('initiative', 'method', 'material'))`,
    );
    await queryRunner.query(`DROP POLICY network_share_insert ON "network_share"`);
    await queryRunner.query(`
      CREATE POLICY network_share_insert ON "network_share" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND shared_by_id = app.current_user_id() AND app.in_network(network_id)
                    AND ((record_kind = 'initiative' AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = record_id AND i.organization_id = network_share.organization_id))
                      OR (record_kind = 'method' AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = record_id AND m.organization_id = network_share.organization_id))
                      OR (record_kind = 'material' AND EXISTS (SELECT 1 FROM "material" ma WHERE ma.id = record_id AND ma.organization_id = network_share.organization_id))))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "network_share" WHERE record_kind = 'material'`);
    await queryRunner.query(`DROP POLICY network_share_insert ON "network_share"`);
    await queryRunner.query(`
      CREATE POLICY network_share_insert ON "network_share" FOR INSERT
        WITH CHECK (app.can_write(organization_id) AND shared_by_id = app.current_user_id() AND app.in_network(network_id)
                    AND ((record_kind = 'initiative' AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = record_id AND i.organization_id = network_share.organization_id))
                      OR (record_kind = 'method' AND EXISTS (SELECT 1 FROM "method" m WHERE m.id = record_id AND m.organization_id = network_share.organization_id))))`);
    await queryRunner.query(`ALTER TABLE "network_share" DROP CONSTRAINT "CHK_network_share_kind"`);
    await queryRunner.query(`ALTER TABLE "network_share" ADD CONSTRAINT "CHK_network_share_kind" CHECK ("record_kind" IN ('initiative', 'method'))`);
    await queryRunner.query(`DROP FUNCTION app.material_file_ticket(text)`);
    await queryRunner.query(`DROP TRIGGER material_file_queue_jobs ON "material_file"`);
    await queryRunner.query(`DROP FUNCTION app.material_file_queue_jobs()`);
    for (const table of [
      'material_file_ticket',
      'material_file_chunk',
      'material_file',
      'material_adaptation',
      'material_version',
      'material_change',
      'material',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION app.material_derive()`);
  }
}
