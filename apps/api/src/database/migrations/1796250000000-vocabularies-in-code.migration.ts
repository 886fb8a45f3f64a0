import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * Vocabularies have one source: the lists in libs/shared/domain, which the API validates with and
 * the web labels with. The table was seeded from them and never read by either, so it goes.
 */
export class VocabulariesInCode1796250000000 implements MigrationInterface {
  name = 'VocabulariesInCode1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "vocabulary_term"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "vocabulary_term" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "vocabulary" text NOT NULL,
        "code" text NOT NULL,
        "label_sv" text NOT NULL,
        "label_en" text NOT NULL,
        "sort_order" integer NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        CONSTRAINT "UQ_vocabulary_term_code" UNIQUE ("vocabulary", "code"),
        CONSTRAINT "PK_f87dfc0d732277f3b6579b55383" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`GRANT SELECT ON "vocabulary_term" TO ${APP_ROLE}`);
  }
}
