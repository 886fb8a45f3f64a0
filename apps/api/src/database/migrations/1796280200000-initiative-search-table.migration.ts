import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../database-roles.js';
import { RECORD_RULE_BEFORE_NETWORKS, secureTenantTable } from '../../tenancy/tenant-table.migration.js';

/** The narrow copy's columns, in order: what search, facets and the page's sort keys read. */
const COLUMNS = [
  'id',
  'organization_id',
  'visibility',
  'archived_at',
  'status',
  'kind',
  'themes',
  'target_groups',
  'funder_types',
  'start_date',
  'title',
  'updated_at',
  'search_text',
  'search_vector',
] as const;

/** The search function's body before this migration (1796190000000, visibility by `app.can_read_initiative`). */
const PREVIOUS_SEARCH = (definer: boolean) => `
  CREATE FUNCTION app.search_initiatives(query text, ranked boolean DEFAULT true) RETURNS TABLE (initiative_id uuid, rank numeric)
  LANGUAGE plpgsql STABLE ${definer ? 'SECURITY DEFINER' : 'SECURITY INVOKER'} ROWS 500
  SET search_path = pg_catalog, public
  AS $$
  #variable_conflict use_column
  DECLARE
    ts tsquery := websearch_to_tsquery('app.swedish_unaccent', query);
    folded text := app.fold(query);
    -- A search is a substring, never a pattern: escape LIKE's wildcards.
    pattern text := '%' || replace(replace(replace(app.fold(query), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%';
  BEGIN
    RETURN QUERY
      SELECT i.id,
             CASE WHEN NOT ranked THEN NULL::numeric
                  WHEN i.search_vector @@ ts THEN round((1 + ts_rank(i.search_vector, ts))::numeric, 6)
                  ELSE 0.5 END
        FROM public.initiative i
       WHERE (i.search_vector @@ ts OR i.search_text LIKE pattern)
         AND app.can_read_initiative(i.organization_id, i.visibility, i.archived_at);
    IF NOT FOUND THEN
      -- Nothing matched as written: fall back to near misses by trigram word similarity.
      RETURN QUERY
        SELECT i.id, CASE WHEN ranked THEN round((word_similarity(folded, i.search_text) / 2)::numeric, 6) END
          FROM public.initiative i
         WHERE folded <% i.search_text
           AND app.can_read_initiative(i.organization_id, i.visibility, i.archived_at);
    END IF;
  END
  $$`;

/**
 * The register's search reads a narrow copy of each initiative, `initiative_search`, instead of
 * the wide `initiative` rows. There the search vector was stored out of line (TOAST) in most rows
 * and every candidate was detoasted to recheck it and again to rank it; the facets joined back
 * to the wide table once per match. At 100 000 initiatives a common word took over a second.
 *
 * - `initiative_search` holds, per initiative, only what search, facets and sort keys need:
 *   visibility and owner, the archive state, the facet columns, title and dates, the folded
 *   substring text and the vector, kept in the row (STORAGE MAIN: no TOAST for rows this small).
 *   It is kept by a trigger on `initiative` (after `app.initiative_derive()` filled the search
 *   columns); API code never writes it. Its select policy is the standard archived-aware rule,
 *   the same rule as `initiative`'s (`app.can_read_record`, via `secureTenantTable`), so a
 *   plain read of it shows what a plain read of `initiative` shows.
 * - Writes come only from the trigger, which runs as the table owner (SECURITY DEFINER); FORCE'd
 *   row-level security applies to the owner too, so the owner alone gets a write policy.
 * - `app.search_initiatives(query, ranked)` now returns those narrow rows (`id`, `rank` and the
 *   columns above except the search columns), with visibility applied inside its scan, so a
 *   page and its facets need no join back per match. It still runs as SEARCH_ROLE where that
 *   role exists; its answers are the same ids and ranks as before.
 */
export class InitiativeSearchTable1796280200000 implements MigrationInterface {
  name = 'InitiativeSearchTable1796280200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const definer = await this.searchRunsAsDefiner(queryRunner);
    await queryRunner.query(`
      CREATE TABLE "initiative_search" (
        "id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "visibility" text NOT NULL,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        "status" text NOT NULL,
        "kind" text NOT NULL,
        "themes" text array NOT NULL,
        "target_groups" text array NOT NULL,
        "funder_types" text array NOT NULL,
        "start_date" date,
        "title" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "search_text" text NOT NULL,
        "search_vector" tsvector,
        CONSTRAINT "PK_initiative_search" PRIMARY KEY ("id"),
        CONSTRAINT "FK_initiative_search_initiative" FOREIGN KEY ("id") REFERENCES "initiative"("id") ON DELETE CASCADE
      )`);
    // In the row, compressed only if a row ever outgrows a page's share (never for real data).
    await queryRunner.query(`ALTER TABLE "initiative_search" ALTER COLUMN "search_vector" SET STORAGE MAIN, ALTER COLUMN "search_text" SET STORAGE MAIN`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_search_narrow_vector" ON "initiative_search" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_search_narrow_text" ON "initiative_search" USING gin ("search_text" gin_trgm_ops)`);

    // Every existing initiative, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "initiative" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`INSERT INTO "initiative_search" (${COLUMNS.join(', ')}) SELECT ${COLUMNS.join(', ')} FROM "initiative"`);
    await queryRunner.query(`ALTER TABLE "initiative" FORCE ROW LEVEL SECURITY`);

    await secureTenantTable(queryRunner, 'initiative_search', { read: 'record', commands: ['SELECT'], readExpression: RECORD_RULE_BEFORE_NETWORKS });
    await queryRunner.query(`CREATE POLICY initiative_search_sync ON "initiative_search" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    const assignments = COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', ');
    await queryRunner.query(`
      CREATE FUNCTION app.initiative_search_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        INSERT INTO public.initiative_search (${COLUMNS.join(', ')})
        VALUES (${COLUMNS.map((c) => `NEW.${c}`).join(', ')})
        ON CONFLICT (id) DO UPDATE SET ${assignments};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.initiative_search_sync() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER initiative_search_sync AFTER INSERT OR UPDATE ON "initiative" FOR EACH ROW EXECUTE FUNCTION app.initiative_search_sync()`,
    );

    await queryRunner.query(`DROP FUNCTION app.search_initiatives(text, boolean)`);
    await queryRunner.query(`
      CREATE FUNCTION app.search_initiatives(query text, ranked boolean DEFAULT true)
      RETURNS TABLE (id uuid, rank numeric, organization_id uuid, visibility text, archived_at timestamptz, status text, kind text,
                     themes text[], target_groups text[], funder_types text[], start_date date, title text, updated_at timestamptz)
      LANGUAGE plpgsql STABLE ${definer ? 'SECURITY DEFINER' : 'SECURITY INVOKER'} ROWS 5000
      SET search_path = pg_catalog, public
      AS $$
      #variable_conflict use_column
      DECLARE
        ts tsquery := websearch_to_tsquery('app.swedish_unaccent', query);
        folded text := app.fold(query);
        -- A search is a substring, never a pattern: escape LIKE's wildcards.
        pattern text := '%' || replace(replace(replace(app.fold(query), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%';
      BEGIN
        -- Full-text matches first (by ts_rank), then substrings (names, registry numbers). The
        -- vector is in the narrow row, so the recheck and the rank read no TOAST.
        RETURN QUERY
          SELECT s.id,
                 CASE WHEN NOT ranked THEN NULL::numeric
                      WHEN s.search_vector @@ ts THEN round((1 + ts_rank(s.search_vector, ts))::numeric, 6)
                      ELSE 0.5 END,
                 s.organization_id, s.visibility, s.archived_at, s.status, s.kind, s.themes, s.target_groups, s.funder_types, s.start_date, s.title, s.updated_at
            FROM public.initiative_search s
           WHERE (s.search_vector @@ ts OR s.search_text LIKE pattern)
             AND app.can_read_record(s.organization_id, s.visibility, s.archived_at);
        IF NOT FOUND THEN
          -- Nothing matched as written: fall back to near misses by trigram word similarity.
          RETURN QUERY
            SELECT s.id, CASE WHEN ranked THEN round((word_similarity(folded, s.search_text) / 2)::numeric, 6) END,
                   s.organization_id, s.visibility, s.archived_at, s.status, s.kind, s.themes, s.target_groups, s.funder_types, s.start_date, s.title, s.updated_at
              FROM public.initiative_search s
             WHERE folded <% s.search_text
               AND app.can_read_record(s.organization_id, s.visibility, s.archived_at);
        END IF;
      END
      $$`);
    await this.ownSearch(queryRunner, definer, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const definer = await this.searchRunsAsDefiner(queryRunner);
    await queryRunner.query(`DROP FUNCTION app.search_initiatives(text, boolean)`);
    await queryRunner.query(PREVIOUS_SEARCH(definer));
    await this.ownSearch(queryRunner, definer, false);
    await queryRunner.query(`DROP TRIGGER initiative_search_sync ON "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.initiative_search_sync()`);
    await queryRunner.query(`REVOKE SELECT ON "initiative_search" FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP TABLE "initiative_search"`);
  }

  private async searchRunsAsDefiner(queryRunner: QueryRunner): Promise<boolean> {
    const rows: Array<{ definer: boolean }> = await queryRunner.query(
      `SELECT p.prosecdef AS definer FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'app' AND p.proname = 'search_initiatives'`,
    );
    return rows[0]?.definer === true;
  }

  /** Grants and owner as 1796180000000 gave them; the search role reads the narrow table (up) or the wide one (down). */
  private async ownSearch(queryRunner: QueryRunner, definer: boolean, narrow: boolean): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.search_initiatives(text, boolean) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.search_initiatives(text, boolean) TO ${APP_ROLE}`);
    if (!definer) return;
    if (narrow) await queryRunner.query(`GRANT SELECT ON "initiative_search" TO ${SEARCH_ROLE}`);
    await queryRunner.query(`GRANT USAGE, CREATE ON SCHEMA app TO ${SEARCH_ROLE}`);
    await queryRunner.query(`ALTER FUNCTION app.search_initiatives(text, boolean) OWNER TO ${SEARCH_ROLE}`);
    await queryRunner.query(`REVOKE CREATE ON SCHEMA app FROM ${SEARCH_ROLE}`);
  }
}
