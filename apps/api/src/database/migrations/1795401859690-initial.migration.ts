import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * Organisations (the tenants) and vocabularies. Both are reference data every user may read;
 * the API role gets SELECT only, writes go through the owner (seed) until admin features exist.
 */
export class Initial1795401859690 implements MigrationInterface {
  name = 'Initial1795401859690';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted extensions: the database owner may create them without superuser rights.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Nothing may be created in public by other roles (PostgreSQL 15+ default, stated for 14-).
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);

    await queryRunner.query(`
      CREATE TABLE "organization" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "municipality_code" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"),
        CONSTRAINT "UQ_62fb7f1dd7419a4f24bbbcb2e9d" UNIQUE ("municipality_code"),
        CONSTRAINT "CHK_organization_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT "CHK_organization_kind" CHECK ("kind" IN ('municipality', 'region')),
        CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
      )`);
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

    await queryRunner.query(`GRANT SELECT ON "organization", "vocabulary_term" TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "vocabulary_term"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
