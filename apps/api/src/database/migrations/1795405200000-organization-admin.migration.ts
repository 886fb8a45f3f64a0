import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/** Platform admins create organisations through the API (guarded by the organization:create permission). */
export class OrganizationAdmin1795405200000 implements MigrationInterface {
  name = 'OrganizationAdmin1795405200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT INSERT ON "organization" TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE INSERT ON "organization" FROM ${APP_ROLE}`);
  }
}
