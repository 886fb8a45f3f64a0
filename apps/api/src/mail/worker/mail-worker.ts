import { Logger as WorkerLogger, parseCronItems, run, runMigrations, type JobHelpers, type Runner, type Task, type TaskList } from 'graphile-worker';
import { createTransport, type Transporter } from 'nodemailer';
import pg from 'pg';
import { isMailKind } from '@portal/shared-domain';
import type { Logger } from 'pino';
import type { MailLinks } from '../mail-links.js';
import type { MailAttachment } from '../outgoing-mail.js';
import type { ClamdSettings } from '../../material/files/clamd-client.js';
import { MATERIAL_FILE_CLEANUP_CRONTAB, MATERIAL_FILE_CLEANUP_TASK, materialFileTasks } from '../../material/files/material-file-jobs.js';
import { MATERIAL_REVIEW_REMINDERS_TASK, sendMaterialReviewReminders } from '../../material/material-review-reminders.js';
import { extendMeetingSeries, MEETING_SERIES_HORIZON_CRONTAB, MEETING_SERIES_HORIZON_TASK } from '../../meetings/meeting-series-horizon.js';
import { sendFollowUpReminders } from './follow-up-reminders.js';

/** The queue's task names; the outbox trigger adds `send-mail` jobs (migration 1796410000000). */
export const SEND_MAIL_TASK = 'send-mail';
export const FOLLOW_UP_REMINDERS_TASK = 'follow-up-reminders';

/**
 * 07:00 in Sweden. graphile-worker's crontab is in UTC and Sweden is UTC+1 or UTC+2, so the job
 * is scheduled at both 05:00 and 06:00 UTC and acts only in the run that is 07:00 in Stockholm.
 */
const REMINDER_CRONTAB = '0 5,6 * * *';
const REMINDER_LOCAL_HOUR = 7;
const MAX_ERROR_LENGTH = 1000;

export interface MailWorkerOptions {
  /** The owner role's connection: the worker reads and updates the outbox, which the API role may not. */
  readonly ownerUrl: string;
  readonly smtpUrl: string | undefined;
  readonly from: string;
  readonly concurrency: number;
  readonly maxAttempts: number;
  readonly links: MailLinks;
  readonly logger: Logger;
  /** The virus scanner the file rescans use (none: files are not scanned, no rescan task). */
  readonly clamd?: ClamdSettings | undefined;
}

export interface MailWorker {
  stop(): Promise<void>;
}

/**
 * graphile-worker's log lines through pino; its info lines are routine (debug). While stopping,
 * its errors are too: on Ctrl-C PostgreSQL stops at the same moment and cuts its connections.
 */
function workerLogger(logger: Logger, stopping: () => boolean = () => false): WorkerLogger {
  const log = logger.child({ component: 'mail-queue' });
  return new WorkerLogger(() => (level, message, meta) => {
    // Its meta can hold a whole pg client (connection settings and all): keep the error's code only.
    const error = meta?.['error'] as { code?: unknown } | undefined;
    const fields = typeof error?.code === 'string' ? { errorCode: error.code } : {};
    if (stopping()) log.debug(fields, message);
    else if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else log.debug(fields, message);
  });
}

/** Installs or upgrades graphile-worker's own schema (`graphile_worker`), as the owner role; after TypeORM's migrations. */
export async function migrateMailQueue(ownerUrl: string, logger: Logger): Promise<void> {
  const pool = ownerPool(ownerUrl, 1, logger);
  try {
    await runMigrations({ pgPool: pool, logger: workerLogger(logger) });
  } finally {
    await pool.end();
  }
}

/**
 * The queue's own pool, owned here rather than by graphile-worker: graphile-worker ends a pool it
 * made without waiting and drops its error listener first, so PostgreSQL stopping at the same
 * moment (Ctrl-C reaches both) could kill an idle client with nobody listening, and the process.
 */
function ownerPool(ownerUrl: string, max: number, logger: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString: ownerUrl, max, application_name: 'portal-mail-queue' });
  pool.on('error', (error) => logger.debug({ component: 'mail-queue', err: error }, 'Anslutning till databasen bröts'));
  return pool;
}

interface QueuedMail {
  id: string;
  kind: string;
  recipient_email: string;
  recipient_name: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  status: string;
  opted_out: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mailIdOf(payload: unknown): string | undefined {
  const id = (payload as { id?: unknown } | null)?.id;
  return typeof id === 'string' && UUID.test(id) ? id : undefined;
}

/** The domain of the From address, for Message-IDs (`<mail id@domain>`): the same on every attempt, so receivers can drop a duplicate. */
function messageIdDomain(from: string): string {
  return (/@([^>\s]+)>?$/.exec(from)?.[1] ?? 'projektkontor.example').toLowerCase();
}

/** SMTP's 5xx replies are permanent (RFC 5321): trying again only repeats the refusal. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * A calendar invitation (`text/calendar; method=REQUEST|CANCEL`) goes as nodemailer's icalEvent:
 * a text/calendar alternative beside text and html plus the .ics attached, which is what Outlook
 * and Google Calendar need to offer accept and decline. Other files are plain attachments.
 */
function splitCalendar(attachments: readonly MailAttachment[]): {
  icalEvent?: { method: string; filename: string; content: string };
  attachments: Array<{ filename: string; contentType: string; content: string }>;
} {
  const calendar = attachments.find((a) => /^text\/calendar\s*;/i.test(a.contentType) && /;\s*method=/i.test(a.contentType));
  const method = calendar && /;\s*method=([A-Za-z-]+)/i.exec(calendar.contentType)?.[1];
  const rest = attachments.filter((a) => a !== calendar || !method).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }));
  return calendar && method
    ? { icalEvent: { method: method.toUpperCase(), filename: calendar.filename, content: calendar.content }, attachments: rest }
    : { attachments: rest };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

/**
 * One attempt at one mail. The row decides: anything but `queued` is done (a retry after a crash
 * between sending and the job's completion finds it `sent`). A failure is recorded and thrown, so
 * graphile-worker tries again after e^attempts seconds; the last attempt (or a permanent refusal)
 * leaves the row `failed`.
 */
async function sendOne(transport: Transporter, options: MailWorkerOptions, payload: unknown, helpers: JobHelpers): Promise<void> {
  const id = mailIdOf(payload);
  if (!id) {
    helpers.logger.error(`Jobb ${helpers.job.id}: ogiltig nyttolast, inget skickas.`);
    return;
  }
  const mail = await helpers.withPgClient(async (client) => {
    const rows = await client.query<QueuedMail>(
      `SELECT m.id, m.kind, m.recipient_email, m.recipient_name, m.locale, m.subject, m.text, m.html, m.attachments, m.status,
              EXISTS (SELECT 1 FROM mail_opt_out o WHERE o.email = lower(m.recipient_email) AND o.kind = m.kind) AS opted_out
         FROM mail_message m WHERE m.id = $1`,
      [id],
    );
    return rows.rows[0];
  });
  if (!mail || mail.status !== 'queued') return;
  // Stopped after it was queued: the stop wins.
  if (mail.opted_out) {
    await helpers.withPgClient((client) => client.query(`UPDATE mail_message SET status = 'skipped' WHERE id = $1 AND status = 'queued'`, [id]));
    return;
  }
  const attempt = helpers.job.attempts;
  try {
    await transport.sendMail({
      from: options.from,
      to: mail.recipient_name ? { name: mail.recipient_name, address: mail.recipient_email } : mail.recipient_email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${messageIdDomain(options.from)}>`,
      ...splitCalendar(mail.attachments),
      ...(isMailKind(mail.kind) && (mail.locale === 'sv' || mail.locale === 'en')
        ? { list: { unsubscribe: options.links.stop(mail.recipient_email, mail.kind, mail.locale) } }
        : {}),
    });
  } catch (error) {
    const final = attempt >= helpers.job.max_attempts || isPermanent(error);
    await helpers.withPgClient((client) =>
      client.query(
        `UPDATE mail_message SET attempts = greatest(attempts, $2), last_error = $3, status = CASE WHEN $4 THEN 'failed' ELSE status END
          WHERE id = $1 AND status = 'queued'`,
        [id, attempt, errorText(error), final],
      ),
    );
    if (final) {
      helpers.logger.error(`E-post ${id} kunde inte skickas efter ${attempt} försök och är markerad som misslyckad: ${errorText(error)}`);
      return;
    }
    helpers.logger.warn(`E-post ${id}: försök ${attempt} av ${helpers.job.max_attempts} misslyckades, nytt försök senare: ${errorText(error)}`);
    throw error;
  }
  await helpers.withPgClient((client) =>
    client.query(`UPDATE mail_message SET status = 'sent', sent_at = now(), attempts = greatest(attempts, $2), last_error = NULL WHERE id = $1`, [id, attempt]),
  );
}

/** The hour in Stockholm of an instant. */
function stockholmHour(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(at));
}

/**
 * Starts the queue in this API instance: sending (when SMTP_URL is set) and the daily
 * follow-up reminders. Several instances may run it: graphile-worker locks each job to one worker,
 * and its cron schedules each run once.
 */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const log = options.logger.child({ component: 'mail-queue' });
  const transport = options.smtpUrl
    ? createTransport({ url: options.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 })
    : undefined;
  const reminders = { links: options.links, maxAttempts: options.maxAttempts };
  // A reminder task acts only in the cron run that is 07:00 in Stockholm (see REMINDER_CRONTAB); run by hand, at once.
  const dailyReminder =
    (send: (client: pg.PoolClient) => Promise<number>, message: string): Task =>
    async (payload, helpers) => {
      const scheduled = (payload as { _cron?: { ts?: unknown } } | null)?._cron?.ts;
      if (typeof scheduled === 'string' && stockholmHour(new Date(scheduled)) !== REMINDER_LOCAL_HOUR) return;
      const queued = await helpers.withPgClient(send);
      if (queued > 0) log.info({ queued }, message);
    };
  const taskList: TaskList = {
    // Shared material's files: text for search, rescans, hourly clean-up (material/files/material-file-jobs.ts).
    ...materialFileTasks(options.clamd, options.logger),
    [FOLLOW_UP_REMINDERS_TASK]: dailyReminder((client) => sendFollowUpReminders(client, reminders), 'Påminnelser om uppföljningar köade'),
    [MATERIAL_REVIEW_REMINDERS_TASK]: dailyReminder((client) => sendMaterialReviewReminders(client, reminders), 'Påminnelser om material att granska köade'),
    [MEETING_SERIES_HORIZON_TASK]: async (_payload, helpers) => {
      const added = await helpers.withPgClient((client) => extendMeetingSeries(client));
      if (added > 0) log.info({ added }, 'Mötesserier förlängda med nya möten');
    },
  };
  // Without SMTP this instance takes no send-mail jobs: they wait in the queue, none is lost.
  if (transport) taskList[SEND_MAIL_TASK] = (payload, helpers) => sendOne(transport, options, payload, helpers);
  else log.warn('SMTP_URL är inte satt: e-post köas och sparas men skickas inte förrän en instans med SMTP_URL kör.');

  let stopping = false;
  const pool = ownerPool(options.ownerUrl, options.concurrency + 2, options.logger);
  const runner: Runner = await run({
    pgPool: pool,
    concurrency: options.concurrency,
    // The API's own SIGINT/SIGTERM handler stops the runner (RunningPortal.close).
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger(options.logger, () => stopping),
    taskList,
    parsedCronItems: parseCronItems([
      { task: FOLLOW_UP_REMINDERS_TASK, match: REMINDER_CRONTAB, identifier: FOLLOW_UP_REMINDERS_TASK },
      { task: MATERIAL_FILE_CLEANUP_TASK, match: MATERIAL_FILE_CLEANUP_CRONTAB, identifier: MATERIAL_FILE_CLEANUP_TASK },
      { task: MATERIAL_REVIEW_REMINDERS_TASK, match: REMINDER_CRONTAB, identifier: MATERIAL_REVIEW_REMINDERS_TASK },
      { task: MEETING_SERIES_HORIZON_TASK, match: MEETING_SERIES_HORIZON_CRONTAB, identifier: MEETING_SERIES_HORIZON_TASK },
    ]),
  }).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  return {
    async stop() {
      stopping = true;
      await runner.stop();
      transport?.close();
      await pool.end();
    },
  };
}
