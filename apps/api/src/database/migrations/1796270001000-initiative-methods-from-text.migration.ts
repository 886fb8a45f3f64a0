import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An initiative's methods were free text (`initiative.methods`, text[]); they become links to
 * methods in the bank. For every initiative (archived ones too) and every distinct entry:
 * - the method is one whose name matches when folded (case, accents and inner spaces ignored)
 *   and which the initiative's organisation may read: its own (archived or not) first, then
 *   another organisation's region- or public-visible, unarchived one; the oldest wins a tie;
 * - when none matches, a private method of the initiative's organisation is created with the
 *   entry as its name (one per organisation and folded name), with a history entry by "Migrering";
 * - then the initiative is linked to it.
 * The text[] column is kept as it was, so nothing is lost and the register's search still finds
 * the words. Rows of every organisation are involved, so the migration lifts FORCE'd row-level
 * security for its own transaction (the owner then bypasses it) and restores it.
 */
const TABLES = ['initiative', 'method', 'method_change', 'initiative_method'] as const;
const MIGRATION_ACTOR = { id: 'migration', name: 'Migrering' } as const;

/** Folded for matching; the same rule in both statements. */
const FOLD = (expression: string) => `regexp_replace(app.fold(trim(${expression})), '\\s+', ' ', 'g')`;

/** Every (initiative, entry) with the best readable match, if any. */
const ENTRIES = `
  SELECT e.*,
         (SELECT m.id FROM method m
           WHERE ${FOLD('m.name')} = e.folded
             AND (m.organization_id = e.organization_id OR (m.visibility IN ('region', 'public') AND m.archived_at IS NULL))
           ORDER BY (m.organization_id = e.organization_id) DESC, m.created_at, m.id
           LIMIT 1) AS method_id
    FROM (SELECT i.id AS initiative_id, i.organization_id, min(trim(t.entry)) AS entry, ${FOLD('t.entry')} AS folded
            FROM initiative i CROSS JOIN LATERAL unnest(i.methods) AS t(entry)
           WHERE trim(t.entry) <> ''
           GROUP BY i.id, i.organization_id, ${FOLD('t.entry')}) e`;

export class InitiativeMethodsFromText1796270001000 implements MigrationInterface {
  name = 'InitiativeMethodsFromText1796270001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    // Missing methods first, one per organisation and folded name (the first spelling met).
    await queryRunner.query(
      `WITH missing AS (
         SELECT DISTINCT ON (organization_id, folded) organization_id, entry FROM (${ENTRIES}) e
          WHERE method_id IS NULL ORDER BY organization_id, folded, entry
       ), created AS (
         INSERT INTO method (organization_id, name, visibility) SELECT organization_id, entry, 'private' FROM missing RETURNING id, organization_id, name
       )
       INSERT INTO method_change (organization_id, method_id, version, actor_id, actor_name, action, changes)
       SELECT organization_id, id, 1, $1, $2, 'created',
              jsonb_build_array(jsonb_build_object('field', 'name', 'before', NULL, 'after', name), jsonb_build_object('field', 'visibility', 'before', NULL, 'after', 'private'))
         FROM created`,
      [MIGRATION_ACTOR.id, MIGRATION_ACTOR.name],
    );
    // Now every entry has a match; link each initiative once per method.
    await queryRunner.query(
      `INSERT INTO initiative_method (organization_id, initiative_id, method_id)
       SELECT DISTINCT organization_id, initiative_id, method_id FROM (${ENTRIES}) e WHERE method_id IS NOT NULL
       ON CONFLICT ON CONSTRAINT "UQ_initiative_method" DO NOTHING`,
    );
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  }

  /** The links go; the created methods stay (they may have been edited since), and the text was never touched. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_method" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`DELETE FROM initiative_method`);
    await queryRunner.query(`ALTER TABLE "initiative_method" FORCE ROW LEVEL SECURITY`);
  }
}
