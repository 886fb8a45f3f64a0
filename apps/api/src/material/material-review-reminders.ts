import type { Locale } from '@portal/shared-domain';
import { composeMail } from '../mail/mail-layout.js';
import type { MailLinks } from '../mail/mail-links.js';
import { MAIL_ADDRESS_PATTERN, mailInsert } from '../mail/mail-rows.js';
import type { OutgoingMail } from '../mail/outgoing-mail.js';
import { REMINDER_ACTOR, type ReminderSettings } from '../mail/worker/follow-up-reminders.js';
import { SWEDISH_TODAY_SQL } from './material-review.js';

/** The queue's task name (scheduled daily in mail/worker/mail-worker.ts). */
export const MATERIAL_REVIEW_REMINDERS_TASK = 'material-review-reminders';

/**
 * The worker's owner connection (a pg client). Declared here rather than imported: pool access
 * belongs to the worker, this file only runs statements on the client it is handed.
 */
export interface ReminderDatabase {
  query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[] }>;
}

// The web app's addresses (apps/web/src/app/site-map.ts: material, materialReviews).
const materialPath = (id: string) => `/material/${encodeURIComponent(id)}`;
const REVIEWS_PATH = '/material/att-granska';

export interface DueMaterial {
  readonly id: string;
  readonly title: string;
  readonly next_review_on: string;
  readonly organization_name: string;
  readonly responsible_name: string;
  readonly responsible_email: string;
}

/**
 * Mails the responsible person of each material whose next review date has passed (before today
 * in Sweden, when it shows as "Granskning försenad") and has not been reminded for that date: one
 * mail per address listing all their materials, whichever organisations own them. Marking and
 * queueing are one transaction, so a failure sends and marks nothing, and the
 * `review_reminded_for IS DISTINCT FROM next_review_on` condition lets two instances running at
 * once never remind twice (the second waits for the first's row locks, then finds them marked).
 * A new date (a review done, or the date moved) is reminded again when it passes.
 *
 * As the follow-up reminders: the owner role acting in each organisation in turn as
 * REMINDER_ACTOR, so the tenant policies apply. Returns the number of mails queued.
 */
export async function sendMaterialReviewReminders(client: ReminderDatabase, settings: ReminderSettings): Promise<number> {
  await client.query('BEGIN');
  try {
    const organizations = (await client.query('SELECT id FROM organization ORDER BY id')).rows as Array<{ id: string }>;
    const byPerson = new Map<string, DueMaterial[]>();
    for (const organization of organizations) {
      await client.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', '', true)`, [
        REMINDER_ACTOR,
        organization.id,
      ]);
      // Not a form change: neither the record's version nor its history moves.
      const due = (
        await client.query(
          `UPDATE material ma SET review_reminded_for = ma.next_review_on
             FROM organization o
            WHERE o.id = ma.organization_id AND ma.organization_id = $1
              AND ma.archived_at IS NULL AND ma.next_review_on < ${SWEDISH_TODAY_SQL}
              AND ma.review_reminded_for IS DISTINCT FROM ma.next_review_on
              AND btrim(ma.responsible_email) ~ $2
          RETURNING ma.id, ma.title, ma.next_review_on::text AS next_review_on, o.name AS organization_name,
                    ma.responsible_name, btrim(ma.responsible_email) AS responsible_email`,
          // An address the outbox would refuse waits, unreminded, until someone corrects it.
          [organization.id, MAIL_ADDRESS_PATTERN],
        )
      ).rows as DueMaterial[];
      for (const row of due) {
        const key = row.responsible_email.toLowerCase();
        byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
      }
    }
    for (const rows of byPerson.values()) {
      const insert = mailInsert(reviewReminderMail(rows, 'sv', settings.links), { maxAttempts: settings.maxAttempts, createdBy: null });
      await client.query(insert.sql, insert.params);
    }
    await client.query('COMMIT');
    return byPerson.size;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

const TEXTS = {
  sv: {
    subjectOne: (title: string) => `Dags att granska ${title}`,
    subjectMany: (count: number) => `Dags att granska ${count} material`,
    greeting: (name: string) => `Hej ${name}!`,
    intro: (count: number) =>
      count === 1
        ? 'Granskningen av ett material du är ansvarig för i Projektkontor Östergötland är försenad:'
        : `Granskningen av ${count} material du är ansvarig för i Projektkontor Östergötland är försenad:`,
    item: (row: DueMaterial, url: string) => `${row.title} (${row.organization_name}), skulle granskas senast ${row.next_review_on}: ${url}`,
    ask: 'Se över innehållet, publicera en ny version om något ändrats och markera materialet som granskat. Allt du ska granska finns under Att granska i materialregistret:',
    action: 'Öppna materialet',
    actionMany: 'Öppna materialregistret',
    reason: 'Du får det här brevet för att du står som ansvarig för materialet i Projektkontor Östergötland. Varje granskningsdatum påminns det om en gång.',
    stop: 'Avsluta påminnelser om material att granska',
  },
  en: {
    subjectOne: (title: string) => `Time to review ${title}`,
    subjectMany: (count: number) => `Time to review ${count} materials`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (count: number) =>
      count === 1
        ? 'The review of a material you are responsible for in Projektkontor Östergötland is overdue:'
        : `The review of ${count} materials you are responsible for in Projektkontor Östergötland is overdue:`,
    item: (row: DueMaterial, url: string) => `${row.title} (${row.organization_name}), to be reviewed by ${row.next_review_on}: ${url}`,
    ask: 'Check the content, publish a new version if anything has changed and mark the material as reviewed. Everything you are to review is under To review in the material register:',
    action: 'Open the material',
    actionMany: 'Open the material register',
    reason: 'You get this message because you are responsible for the material in Projektkontor Östergötland. Each review date is reminded of once.',
    stop: 'Stop reminders of material to review',
  },
} as const satisfies Record<Locale, unknown>;

const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/** The reminder for one person's overdue materials (all rows have the same address), oldest date first. */
export function reviewReminderMail(rows: readonly DueMaterial[], locale: Locale, links: MailLinks): OutgoingMail {
  const sorted = [...rows].sort((a, b) => a.next_review_on.localeCompare(b.next_review_on) || a.title.localeCompare(b.title, 'sv'));
  const first = sorted[0];
  if (!first) throw new Error('A review reminder needs at least one material');
  const texts = TEXTS[locale];
  const name = sorted.map((r) => oneLine(r.responsible_name)).find(Boolean) ?? '';
  const subject = sorted.length === 1 ? texts.subjectOne(oneLine(first.title)) : texts.subjectMany(sorted.length);
  const { text, html } = composeMail({
    locale,
    heading: subject,
    paragraphs: [
      ...(name ? [texts.greeting(name)] : []),
      texts.intro(sorted.length),
      // One line per material, each with its own address.
      sorted.map((row) => `• ${texts.item({ ...row, title: oneLine(row.title) }, links.portal(materialPath(row.id)))}`).join('\n'),
      `${texts.ask} ${links.portal(REVIEWS_PATH)}`,
    ],
    action:
      sorted.length === 1 ? { label: texts.action, url: links.portal(materialPath(first.id)) } : { label: texts.actionMany, url: links.portal(REVIEWS_PATH) },
    reason: texts.reason,
    stop: { label: texts.stop, url: links.stop(first.responsible_email, 'material-review-reminder', locale) },
    portalUrl: links.portalUrl,
  });
  return { kind: 'material-review-reminder', to: { email: first.responsible_email, name }, locale, subject, text, html };
}
