import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';

/**
 * The portal's outgoing mail (issue 12):
 * - `mail_message`, the outbox and the record of what was sent. Forced row-level security: the
 *   API role only inserts, as the request's user, a mail not yet sent; it cannot read, change or
 *   delete any row. The worker runs as the owner role (this migration's role) under its own
 *   policy. A BEFORE trigger marks mail to an address that stopped its kind `skipped`; an AFTER
 *   trigger adds the graphile-worker job in the same transaction. Both are SECURITY DEFINER, owned
 *   by the owner role, so the API role needs no right in `graphile_worker` or `mail_opt_out`.
 *   `graphile_worker` itself is installed by graphile-worker at start-up (bootstrap.ts), after
 *   these migrations and before any mail is written; plpgsql resolves `add_job` when it runs.
 * - `mail_opt_out`: addresses that stopped a kind (through a signed link); the API role may add
 *   rows, never read them.
 * - `mail_secret`: the key that signs stop links, made here once; the API role has no privilege.
 * - `initiative_follow_up.reminded_at`: each due follow-up is reminded of once.
 */
export class MailOutbox1796410000000 implements MigrationInterface {
  name = 'MailOutbox1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "mail_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "recipient_email" text NOT NULL,
        "recipient_name" text NOT NULL DEFAULT '',
        "locale" text NOT NULL,
        "subject" text NOT NULL,
        "text" text NOT NULL,
        "html" text NOT NULL,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "status" text NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT '0',
        "max_attempts" smallint NOT NULL DEFAULT '25',
        "last_error" text,
        "created_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_mail_message_attempts" CHECK ("attempts" >= 0 AND "max_attempts" BETWEEN 1 AND 100),
        CONSTRAINT "CHK_mail_message_locale" CHECK ("locale" IN ('sv', 'en')),
        CONSTRAINT "CHK_mail_message_status" CHECK ("status" IN ('queued', 'sent', 'failed', 'skipped')),
        CONSTRAINT "PK_mail_message" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_message_created" ON "mail_message" ("created_at")`);
    await queryRunner.query(`
      CREATE TABLE "mail_opt_out" (
        "email" text NOT NULL,
        "kind" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_mail_opt_out" PRIMARY KEY ("email", "kind")
      )`);
    await queryRunner.query(`
      CREATE TABLE "mail_secret" (
        "id" smallint NOT NULL,
        "secret" bytea NOT NULL,
        CONSTRAINT "CHK_mail_secret_single" CHECK ("id" = 1),
        CONSTRAINT "PK_mail_secret" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`ALTER TABLE "initiative_follow_up" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`);

    // 32 bytes from two random UUIDs (gen_random_uuid uses the server's strong random source; 244 random bits).
    await queryRunner.query(
      `INSERT INTO "mail_secret" ("id", "secret") VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'))`,
    );

    await queryRunner.query(`ALTER TABLE "mail_message" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "mail_message" FORCE ROW LEVEL SECURITY`);
    // status may be 'skipped': WITH CHECK sees the row after the BEFORE trigger.
    await queryRunner.query(`
      CREATE POLICY mail_message_sender_insert ON "mail_message" FOR INSERT TO ${APP_ROLE}
        WITH CHECK (app.current_user_id() IS NOT NULL AND created_by = app.current_user_id()
                    AND status IN ('queued', 'skipped') AND attempts = 0 AND sent_at IS NULL AND last_error IS NULL)`);
    await queryRunner.query(`CREATE POLICY mail_message_worker ON "mail_message" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    await queryRunner.query(`GRANT INSERT ON "mail_message" TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT INSERT ON "mail_opt_out" TO ${APP_ROLE}`);

    await queryRunner.query(`
      CREATE FUNCTION app.mail_message_skip_stopped() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        IF NEW.status = 'queued' AND EXISTS (
          SELECT 1 FROM public.mail_opt_out o WHERE o.email = lower(NEW.recipient_email) AND o.kind = NEW.kind
        ) THEN
          NEW.status := 'skipped';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.mail_message_queue_job() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        IF NEW.status = 'queued' THEN
          PERFORM graphile_worker.add_job('send-mail', json_build_object('id', NEW.id), max_attempts := NEW.max_attempts);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.mail_message_skip_stopped() FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.mail_message_queue_job() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER mail_message_skip_stopped BEFORE INSERT ON "mail_message" FOR EACH ROW EXECUTE FUNCTION app.mail_message_skip_stopped()`,
    );
    await queryRunner.query(`CREATE TRIGGER mail_message_queue_job AFTER INSERT ON "mail_message" FOR EACH ROW EXECUTE FUNCTION app.mail_message_queue_job()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP FUNCTION app.mail_message_queue_job()`);
    await queryRunner.query(`DROP FUNCTION app.mail_message_skip_stopped()`);
    await queryRunner.query(`DROP TABLE "mail_opt_out"`);
    await queryRunner.query(`DROP TABLE "mail_secret"`);
    await queryRunner.query(`ALTER TABLE "initiative_follow_up" DROP COLUMN "reminded_at"`);
  }
}
