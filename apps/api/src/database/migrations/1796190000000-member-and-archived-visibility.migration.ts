import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../database-roles.js';

/**
 * Two visibility rules move into row-level security:
 * - 'region' means members of at least one portal organisation (`app.member`, set by the API from
 *   the token's organisations that exist here), not any valid token.
 * - An archived initiative is seen only by its own organisation; related tables check EXISTS on
 *   the initiative and follow. The rule is one function, `app.can_read_initiative`, used by the
 *   select policy and by `app.search_initiatives` (which bypasses RLS and so applies it itself).
 */
export class MemberAndArchivedVisibility1796190000000 implements MigrationInterface {
  name = 'MemberAndArchivedVisibility1796190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app.is_member() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT coalesce(current_setting('app.member', true) = 'on', false) $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.is_member() TO ${APP_ROLE}`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app.can_read(owner uuid, visibility text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$
        SELECT visibility = 'public'
            OR (visibility = 'region' AND app.current_user_id() IS NOT NULL AND app.is_member())
            OR (app.current_user_id() IS NOT NULL AND owner = app.current_organization_id())
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.can_read_initiative(owner uuid, visibility text, archived_at timestamptz) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT app.can_read(owner, visibility) AND (archived_at IS NULL OR app.can_write(owner)) $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.can_read_initiative(uuid, text, timestamptz) TO ${APP_ROLE}`);
    await queryRunner.query(`DROP POLICY initiative_select ON "initiative"`);
    await queryRunner.query(
      `CREATE POLICY initiative_select ON "initiative" FOR SELECT USING (app.can_read_initiative(organization_id, visibility, archived_at))`,
    );
    await this.replaceSearch(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceSearch(queryRunner, false);
    await queryRunner.query(`DROP POLICY initiative_select ON "initiative"`);
    await queryRunner.query(`CREATE POLICY initiative_select ON "initiative" FOR SELECT USING (app.can_read(organization_id, visibility))`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app.can_read(owner uuid, visibility text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$
        SELECT visibility = 'public'
            OR (visibility = 'region' AND app.current_user_id() IS NOT NULL)
            OR (app.current_user_id() IS NOT NULL AND owner = app.current_organization_id())
      $$`);
    await queryRunner.query(`DROP FUNCTION app.can_read_initiative(uuid, text, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION app.is_member()`);
  }

  /**
   * Same signature, body and owner as 1796180000000 (a migration on main is never edited, so the
   * body is repeated here); `archived` swaps its visibility test for `app.can_read_initiative`.
   */
  private async replaceSearch(queryRunner: QueryRunner, archived: boolean): Promise<void> {
    const rows: Array<{ definer: boolean }> = await queryRunner.query(
      `SELECT p.prosecdef AS definer FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'app' AND p.proname = 'search_initiatives'`,
    );
    const definer = rows[0]?.definer === true;
    const visible = archived ? 'app.can_read_initiative(i.organization_id, i.visibility, i.archived_at)' : 'app.can_read(i.organization_id, i.visibility)';
    if (definer) {
      await queryRunner.query(`GRANT SELECT (archived_at) ON "initiative" TO ${SEARCH_ROLE}`);
      // Replacing needs the owner's rights and CREATE on the schema, as when it was created.
      await queryRunner.query(`GRANT USAGE, CREATE ON SCHEMA app TO ${SEARCH_ROLE}`);
      await queryRunner.query(`SET LOCAL ROLE ${SEARCH_ROLE}`);
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app.search_initiatives(query text, ranked boolean DEFAULT true) RETURNS TABLE (initiative_id uuid, rank numeric)
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
             AND ${visible};
        IF NOT FOUND THEN
          -- Nothing matched as written: fall back to near misses by trigram word similarity.
          RETURN QUERY
            SELECT i.id, CASE WHEN ranked THEN round((word_similarity(folded, i.search_text) / 2)::numeric, 6) END
              FROM public.initiative i
             WHERE folded <% i.search_text
               AND ${visible};
        END IF;
      END
      $$`);
    if (definer) {
      await queryRunner.query(`RESET ROLE`);
      await queryRunner.query(`REVOKE CREATE ON SCHEMA app FROM ${SEARCH_ROLE}`);
    }
  }
}
