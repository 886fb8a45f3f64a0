import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * Foreign keys ignore row-level security: without a check, a tenant could link its record to
 * another organisation's private record (and probe for its existence). This trigger function,
 * attached to each tenant-to-tenant foreign key as
 *   CREATE CONSTRAINT TRIGGER … AFTER INSERT OR UPDATE OF <column> ON <table>
 *     FOR EACH ROW EXECUTE FUNCTION app.assert_reference_visible('<column>', '<target table>');
 * looks the target up as the current user, through RLS, and refuses what the user cannot see.
 */
export class ReferenceVisibility1795406000000 implements MigrationInterface {
  name = 'ReferenceVisibility1795406000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app.assert_reference_visible() RETURNS trigger
      LANGUAGE plpgsql SECURITY INVOKER AS $$
      DECLARE
        target_id uuid;
        found boolean;
      BEGIN
        EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) INTO target_id USING NEW;
        IF target_id IS NULL THEN
          RETURN NULL;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[1]) INTO found USING target_id;
        IF NOT found THEN
          RAISE EXCEPTION 'reference to a record that is not visible'
            USING ERRCODE = 'foreign_key_violation', DETAIL = format('%I.%I', TG_TABLE_NAME, TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.assert_reference_visible() TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION app.assert_reference_visible()`);
  }
}
