import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../database-roles.js';

/**
 * Register search that can use its indexes. Under row-level security PostgreSQL must apply the
 * policy before any qual that is not leakproof, and `@@`, `LIKE` and `<%` are not: every search
 * became a sequential scan computing all three per row (4–5 s at 100 000 initiatives).
 *
 * `app.search_initiatives(query)` runs as SEARCH_ROLE (BYPASSRLS, NOLOGIN) so the planner may use
 * the GIN indexes, and applies the same rule as the select policy (`app.can_read`) itself, so it
 * returns only ids the caller may read. Near misses (trigram word similarity) are tried only when
 * nothing matches as written, since they are the costliest to find. The caller's query joins on them and still goes through
 * row-level security. Where SEARCH_ROLE does not exist (a server set up before it), the function
 * is created with the caller's rights instead: the same answers, only slower.
 */
export class InitiativeSearchFunction1796180000000 implements MigrationInterface {
  name = 'InitiativeSearchFunction1796180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ usable: boolean }> = await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolbypassrls) AND pg_has_role(current_user, $1, 'SET') AS usable`,
      [SEARCH_ROLE],
    );
    const definer = rows[0]?.usable === true;
    await queryRunner.query(`
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
          -- Full-text matches first (by ts_rank), then substrings (names, registry numbers). Only
          -- the page needs a rank; the facet count asks for none and skips the per-row work.
          SELECT i.id,
                 CASE WHEN NOT ranked THEN NULL::numeric
                      WHEN i.search_vector @@ ts THEN round((1 + ts_rank(i.search_vector, ts))::numeric, 6)
                      ELSE 0.5 END
            FROM public.initiative i
           WHERE (i.search_vector @@ ts OR i.search_text LIKE pattern)
             AND app.can_read(i.organization_id, i.visibility);
        IF NOT FOUND THEN
          -- Nothing matched as written: fall back to near misses by trigram word similarity.
          RETURN QUERY
            SELECT i.id, CASE WHEN ranked THEN round((word_similarity(folded, i.search_text) / 2)::numeric, 6) END
              FROM public.initiative i
             WHERE folded <% i.search_text
               AND app.can_read(i.organization_id, i.visibility);
        END IF;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.search_initiatives(text, boolean) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.search_initiatives(text, boolean) TO ${APP_ROLE}`);
    if (definer) {
      await queryRunner.query(`GRANT USAGE, CREATE ON SCHEMA app TO ${SEARCH_ROLE}`);
      await queryRunner.query(`GRANT SELECT (id, organization_id, visibility, search_vector, search_text) ON "initiative" TO ${SEARCH_ROLE}`);
      await queryRunner.query(`ALTER FUNCTION app.search_initiatives(text, boolean) OWNER TO ${SEARCH_ROLE}`);
      // The owner may create objects in `app` only to own this function; nothing else needs it.
      await queryRunner.query(`REVOKE CREATE ON SCHEMA app FROM ${SEARCH_ROLE}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION app.search_initiatives(text, boolean)`);
  }
}
