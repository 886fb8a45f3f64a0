import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's filter "deltagande organisation" (owner or partner; the Regionöversikt's matrix and
 * map link to it) finds the initiatives where an organisation is a partner by containment,
 * `partners @> '[{"organizationId": "…"}]'`: a GIN index (jsonb_path_ops) answers it without
 * reading every initiative's partners.
 */
export class InitiativePartnerIndex1796330000000 implements MigrationInterface {
  name = 'InitiativePartnerIndex1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_initiative_partners" ON "initiative" USING gin ("partners" jsonb_path_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_initiative_partners"`);
  }
}
