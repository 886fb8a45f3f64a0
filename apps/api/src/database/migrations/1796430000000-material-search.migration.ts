import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../database-roles.js';

const DERIVE = (withSearchColumns: boolean) => `
  CREATE OR REPLACE FUNCTION app.material_derive() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog, public
  AS $$
  BEGIN${
    withSearchColumns
      ? `
    NEW.rank_vector :=
         setweight(to_tsvector('app.swedish_unaccent', NEW.title), 'A')
      || setweight(to_tsvector('app.swedish_unaccent', NEW.summary), 'B')
      || setweight(to_tsvector('app.swedish_unaccent', NEW.description), 'C');
    NEW.search_vector := NEW.rank_vector || setweight(to_tsvector('app.swedish_unaccent', left(NEW.file_text, 1000000)), 'D');
    NEW.title_folded := app.fold(NEW.title);`
      : `
    NEW.search_vector :=
         setweight(to_tsvector('app.swedish_unaccent', NEW.title), 'A')
      || setweight(to_tsvector('app.swedish_unaccent', NEW.summary), 'B')
      || setweight(to_tsvector('app.swedish_unaccent', NEW.description), 'C')
      || setweight(to_tsvector('app.swedish_unaccent', left(NEW.file_text, 1000000)), 'D');`
  }
    RETURN NEW;
  END
  $$`;

/**
 * The material register's search, as the initiative register's (1796180000000): under row-level
 * security PostgreSQL must apply the policy before `@@` and `LIKE` (not leakproof), so every
 * search read and detoasted every material's search vector, file text included (about 100 ms at
 * 10 000 materials, see docs/benchmarks-material.md).
 *
 * - `title_folded` (the folded title, kept by `app.material_derive()`) with a trigram index
 *   serves the title substring.
 * - `rank_vector` (title, summary and description, without the files' text) orders the
 *   full-text matches: ranking by `search_vector` read every match's file text out of TOAST
 *   (5 930 matches of "arbete": 33 000 buffers). What a material is about decides its place; a
 *   word only inside its files still finds it, after those whose description has it.
 * - `app.search_materials(query, ranked)` runs as SEARCH_ROLE (BYPASSRLS, NOLOGIN), so those
 *   indexes are used, and applies the material select policy's own rule,
 *   `app.can_read_record(organization_id, visibility, archived_at, id)`, itself: it returns only
 *   ids the caller may read. The register joins on them and still reads `material` through
 *   row-level security. Without SEARCH_ROLE (a server set up before it), the function runs with
 *   the caller's rights: the same answers, slower.
 */
export class MaterialSearch1796430000000 implements MigrationInterface {
  name = 'MaterialSearch1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ usable: boolean }> = await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolbypassrls) AND pg_has_role(current_user, $1, 'SET') AS usable`,
      [SEARCH_ROLE],
    );
    const definer = rows[0]?.usable === true;

    await queryRunner.query(`ALTER TABLE "material" ADD "title_folded" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "material" ADD "rank_vector" tsvector`);
    await queryRunner.query(DERIVE(true));
    // Every existing material, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "material" NO FORCE ROW LEVEL SECURITY`);
    // The trigger fills both new columns.
    await queryRunner.query(`UPDATE "material" SET "title_folded" = app.fold("title")`);
    await queryRunner.query(`ALTER TABLE "material" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE INDEX "IDX_material_title_folded" ON "material" USING gin ("title_folded" gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE FUNCTION app.search_materials(query text, ranked boolean DEFAULT true) RETURNS TABLE (id uuid, rank numeric)
      LANGUAGE plpgsql STABLE ${definer ? 'SECURITY DEFINER' : 'SECURITY INVOKER'} ROWS 500
      SET search_path = pg_catalog, public
      AS $$
      #variable_conflict use_column
      DECLARE
        ts tsquery := websearch_to_tsquery('app.swedish_unaccent', query);
        -- A search is a substring, never a pattern: escape LIKE's wildcards.
        pattern text := '%' || replace(replace(replace(app.fold(query), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%';
      BEGIN
        -- Full-text matches (titles, descriptions, the text in the current files) by ts_rank of
        -- what the material says of itself; only the page needs a rank, the facet count none.
        RETURN QUERY
          SELECT m.id, CASE WHEN ranked THEN round((1 + ts_rank(m.rank_vector, ts))::numeric, 6) END
            FROM public.material m
           WHERE m.search_vector @@ ts
             AND app.can_read_record(m.organization_id, m.visibility, m.archived_at, m.id);
        -- Then title substrings (a name half typed) that are no full-text match.
        RETURN QUERY
          SELECT m.id, CASE WHEN ranked THEN 0.5 END
            FROM public.material m
           WHERE m.title_folded LIKE pattern
             AND NOT (m.search_vector @@ ts)
             AND app.can_read_record(m.organization_id, m.visibility, m.archived_at, m.id);
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.search_materials(text, boolean) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.search_materials(text, boolean) TO ${APP_ROLE}`);
    if (definer) {
      // Only what the search and the rule read; the network shares the rule reads are granted already (1796400000000).
      await queryRunner.query(
        `GRANT SELECT (id, organization_id, visibility, archived_at, search_vector, rank_vector, title_folded) ON "material" TO ${SEARCH_ROLE}`,
      );
      await queryRunner.query(`GRANT USAGE, CREATE ON SCHEMA app TO ${SEARCH_ROLE}`);
      await queryRunner.query(`ALTER FUNCTION app.search_materials(text, boolean) OWNER TO ${SEARCH_ROLE}`);
      await queryRunner.query(`REVOKE CREATE ON SCHEMA app FROM ${SEARCH_ROLE}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION app.search_materials(text, boolean)`);
    await queryRunner.query(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${SEARCH_ROLE}') THEN REVOKE SELECT ON "material" FROM ${SEARCH_ROLE}; END IF; END $$`,
    );
    await queryRunner.query(`DROP INDEX "IDX_material_title_folded"`);
    await queryRunner.query(DERIVE(false));
    await queryRunner.query(`ALTER TABLE "material" DROP COLUMN "rank_vector"`);
    await queryRunner.query(`ALTER TABLE "material" DROP COLUMN "title_folded"`);
  }
}
