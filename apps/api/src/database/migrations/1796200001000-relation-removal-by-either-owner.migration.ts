import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anyone may attach a relation (with a free-text note) to another organisation's visible
 * initiative; its owner must be able to take it off again. A second DELETE policy lets the owner
 * of the relation's `to` end remove it; `initiative_relation_delete` (the owner of the `from`
 * end, who added it) stays, and so does the insert policy. Policies of one command are OR'ed.
 * The subquery runs through the initiative policies, so the `to` end must also be readable.
 */
export class RelationRemovalByEitherOwner1796200001000 implements MigrationInterface {
  name = 'RelationRemovalByEitherOwner1796200001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE POLICY initiative_relation_delete_by_target ON "initiative_relation" FOR DELETE
        USING (EXISTS (SELECT 1 FROM "initiative" i WHERE i.id = to_id AND app.can_write(i.organization_id)))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY initiative_relation_delete_by_target ON "initiative_relation"`);
  }
}
