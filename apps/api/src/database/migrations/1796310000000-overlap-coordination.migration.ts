import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

const KINDS_BEFORE = `'builds-on', 'successor-of', 'part-of'`;
const KINDS_AFTER = `'builds-on', 'successor-of', 'part-of', 'coordinated-with'`;

/**
 * A region coordinator who decides *samordna* on an overlap pair may link the two initiatives
 * ("Samordnas med", relation kind `coordinated-with`) and write that link into both initiatives'
 * history. The coordinator owns neither initiative, so the standard policies (the owner of the
 * `from` end writes) refuse it; two narrow INSERT policies allow exactly this and nothing more:
 *
 * - `initiative_relation_coordinate`: a `coordinated-with` relation, owned by the `from` end's
 *   organisation, between two initiatives that have a `coordinate` decision. The decision table's
 *   own policy makes that row visible only to someone who reads both ends, and only a region
 *   coordinator (or platform admin) can have written it.
 * - `initiative_change_coordinate`: one history entry "relation added: coordinated-with <other>"
 *   on either end, in the initiative's organisation, by the current user, for such a pair.
 *
 * Removing the relation stays with the owners (the existing DELETE policies). Policies of one
 * command are OR'ed, so the owners' own paths are unchanged.
 */
export class OverlapCoordination1796310000000 implements MigrationInterface {
  name = 'OverlapCoordination1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_relation" DROP CONSTRAINT "CHK_initiative_relation_kind"`);
    await queryRunner.query(`ALTER TABLE "initiative_relation" ADD CONSTRAINT "CHK_initiative_relation_kind" CHECK ("kind" IN (${KINDS_AFTER}))`);

    const decider = `(app.has_role('region-overseer') OR app.has_role('platform-admin'))`;
    const coordinated = (x: string, y: string) =>
      `EXISTS (SELECT 1 FROM "initiative_overlap_decision" d
                WHERE d.a_id = least(${x}, ${y}) AND d.b_id = greatest(${x}, ${y}) AND d.decision = 'coordinate')`;
    await queryRunner.query(`
      CREATE POLICY initiative_relation_coordinate ON "initiative_relation" FOR INSERT
        WITH CHECK (kind = 'coordinated-with' AND ${decider}
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = from_id AND i.organization_id = initiative_relation.organization_id)
                    AND ${coordinated('from_id', 'to_id')})`);

    // The entry's other end, as relationChange() stores it: [{ field: 'relations', before: null, after: { kind, initiativeId } }].
    const other = `app.uuid_or_null(changes -> 0 -> 'after' ->> 'initiativeId')`;
    await queryRunner.query(`
      CREATE FUNCTION app.uuid_or_null(value text) RETURNS uuid LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN value::uuid;
      EXCEPTION WHEN invalid_text_representation THEN
        RETURN NULL;
      END $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.uuid_or_null(text) TO ${APP_ROLE}`);
    await queryRunner.query(`
      CREATE POLICY initiative_change_coordinate ON "initiative_change" FOR INSERT
        WITH CHECK (action = 'relation-added' AND ${decider} AND actor_id = app.current_user_id()
                    AND jsonb_typeof(changes) = 'array' AND jsonb_array_length(changes) = 1
                    AND changes -> 0 ->> 'field' = 'relations' AND changes -> 0 -> 'before' = 'null'::jsonb
                    AND changes -> 0 -> 'after' ->> 'kind' = 'coordinated-with'
                    AND EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = initiative_id AND i.organization_id = initiative_change.organization_id)
                    AND ${coordinated('initiative_id', other)})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY initiative_change_coordinate ON "initiative_change"`);
    await queryRunner.query(`DROP FUNCTION app.uuid_or_null(text)`);
    await queryRunner.query(`DROP POLICY initiative_relation_coordinate ON "initiative_relation"`);
    await queryRunner.query(`DELETE FROM "initiative_relation" WHERE kind = 'coordinated-with'`);
    await queryRunner.query(`ALTER TABLE "initiative_relation" DROP CONSTRAINT "CHK_initiative_relation_kind"`);
    await queryRunner.query(`ALTER TABLE "initiative_relation" ADD CONSTRAINT "CHK_initiative_relation_kind" CHECK ("kind" IN (${KINDS_BEFORE}))`);
  }
}
