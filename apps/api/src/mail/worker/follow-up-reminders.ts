import type pg from 'pg';
import { FOLLOW_UP_MILESTONES, type Locale } from '@portal/shared-domain';
import { composeMail } from '../mail-layout.js';
import type { MailLinks } from '../mail-links.js';
import { MAIL_ADDRESS_PATTERN, mailInsert } from '../mail-rows.js';
import type { OutgoingMail } from '../outgoing-mail.js';

/** Who the reminder job acts as in each organisation: the tenant rules then apply to it as to a user of that organisation. */
export const REMINDER_ACTOR = 'portal-reminders';

// The web app's addresses (apps/web/src/app/site-map.ts: initiativePath, PATHS.myFollowUps).
const initiativePath = (id: string) => `/initiativ/${encodeURIComponent(id)}`;
const MY_FOLLOW_UPS_PATH = '/mina-uppfoljningar';

export interface ReminderSettings {
  readonly links: MailLinks;
  readonly maxAttempts: number;
}

interface DueFollowUp {
  follow_up_id: string;
  milestone: string;
  due_date: string;
  initiative_id: string;
  title: string;
  end_date: string | null;
  contact_name: string;
  contact_email: string;
  organization_name: string;
}

/**
 * Mails the contact of each initiative with follow-ups that are due (on or before today in
 * Sweden), not recorded and not yet reminded, one mail per initiative naming its due follow-ups,
 * and marks them reminded, in one transaction: a failure sends and marks nothing, and the
 * `reminded_at IS NULL` condition of the UPDATE lets two instances running at once never remind
 * a follow-up twice (the second waits for the first's row locks, then finds them reminded).
 *
 * Runs as the owner role, which forced row-level security holds to the tenant rules too: it acts
 * in each organisation in turn as REMINDER_ACTOR, as the demo seeds do, so no policy of its own is
 * needed on the tenant tables. Returns the number of mails queued.
 */
export async function sendFollowUpReminders(client: pg.ClientBase, settings: ReminderSettings): Promise<number> {
  await client.query('BEGIN');
  try {
    const organizations = (await client.query<{ id: string }>('SELECT id FROM organization ORDER BY id')).rows;
    let queued = 0;
    for (const organization of organizations) {
      await client.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', '', true)`, [
        REMINDER_ACTOR,
        organization.id,
      ]);
      const due = (
        await client.query<DueFollowUp>(
          `UPDATE initiative_follow_up f SET reminded_at = now()
             FROM initiative i JOIN organization o ON o.id = i.organization_id
            WHERE i.id = f.initiative_id AND f.organization_id = $1
              AND f.reminded_at IS NULL AND f.status IS NULL
              AND f.due_date <= (now() AT TIME ZONE 'Europe/Stockholm')::date
              AND i.status = 'completed' AND i.archived_at IS NULL AND btrim(i.contact_email) ~ $2
          RETURNING f.id AS follow_up_id, f.milestone, f.due_date::text AS due_date, i.id AS initiative_id, i.title,
                    i.end_date::text AS end_date, i.contact_name, btrim(i.contact_email) AS contact_email, o.name AS organization_name`,
          // An address the outbox would refuse waits, unreminded, until someone corrects it.
          [organization.id, MAIL_ADDRESS_PATTERN],
        )
      ).rows;
      const byInitiative = new Map<string, DueFollowUp[]>();
      for (const row of due) byInitiative.set(row.initiative_id, [...(byInitiative.get(row.initiative_id) ?? []), row]);
      for (const rows of byInitiative.values()) {
        const insert = mailInsert(reminderMail(rows, 'sv', settings.links), { maxAttempts: settings.maxAttempts, createdBy: null });
        await client.query(insert.sql, insert.params);
        queued++;
      }
    }
    await client.query('COMMIT');
    return queued;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

const TEXTS = {
  sv: {
    subject: (title: string) => `Dags att följa upp ${title}`,
    greeting: (name: string) => `Hej ${name}!`,
    ended: (title: string, organization: string, endDate: string | null) =>
      `Initiativet ${title} (${organization}) ${endDate ? `avslutades ${endDate}` : 'är avslutat'}.`,
    due: (list: string) => `Nu är det dags för uppföljningen ${list}.`,
    dueMany: (list: string) => `Nu är det dags för uppföljningarna ${list}.`,
    and: 'och',
    ask: 'Berätta vad som lever vidare efter initiativet, vem som äger det nu och var det finns beskrivet. Den som är inloggad i organisationen registrerar uppföljningen under Mina uppföljningar:',
    action: 'Öppna initiativet',
    reason: 'Du får det här brevet för att du står som kontaktperson för initiativet i Projektkontor Östergötland. Varje uppföljning påminns det om en gång.',
    stop: 'Avsluta påminnelser om uppföljningar',
  },
  en: {
    subject: (title: string) => `Time to follow up ${title}`,
    greeting: (name: string) => `Hello ${name},`,
    ended: (title: string, organization: string, endDate: string | null) =>
      `The initiative ${title} (${organization}) ${endDate ? `ended on ${endDate}` : 'has ended'}.`,
    due: (list: string) => `It is now time for the follow-up ${list}.`,
    dueMany: (list: string) => `It is now time for the follow-ups ${list}.`,
    and: 'and',
    ask: 'Tell what lives on after the initiative, who owns it now and where it is described. Anyone signed in to the organisation records the follow-up under My follow-ups:',
    action: 'Open the initiative',
    reason: 'You get this message because you are the contact person of the initiative in Projektkontor Östergötland. Each follow-up is reminded of once.',
    stop: 'Stop follow-up reminders',
  },
} as const satisfies Record<Locale, unknown>;

/** "efter 6 månader (2025-06-30) och efter 1 år (2025-12-31)". */
function milestoneList(rows: readonly DueFollowUp[], locale: Locale): string {
  const items = rows
    .map((row) => ({ row, order: FOLLOW_UP_MILESTONES.findIndex((m) => m.code === row.milestone) }))
    .sort((a, b) => a.order - b.order)
    .map(({ row }) => {
      const label = FOLLOW_UP_MILESTONES.find((m) => m.code === row.milestone)?.label[locale] ?? row.milestone;
      return `${label.charAt(0).toLowerCase()}${label.slice(1)} (${row.due_date})`;
    });
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${TEXTS[locale].and} ${items.at(-1)}`;
}

/** The reminder for one initiative's due follow-ups (all rows are of the same initiative). */
export function reminderMail(rows: readonly DueFollowUp[], locale: Locale, links: MailLinks): OutgoingMail {
  const first = rows[0];
  if (!first) throw new Error('A reminder needs at least one follow-up');
  const texts = TEXTS[locale];
  const list = milestoneList(rows, locale);
  const { text, html } = composeMail({
    locale,
    heading: texts.subject(first.title),
    paragraphs: [
      ...(first.contact_name.trim() ? [texts.greeting(first.contact_name.trim())] : []),
      `${texts.ended(first.title, first.organization_name, first.end_date)} ${rows.length > 1 ? texts.dueMany(list) : texts.due(list)}`,
      `${texts.ask} ${links.portal(MY_FOLLOW_UPS_PATH)}`,
    ],
    action: { label: texts.action, url: links.portal(initiativePath(first.initiative_id)) },
    reason: texts.reason,
    stop: { label: texts.stop, url: links.stop(first.contact_email, 'follow-up-reminder', locale) },
    portalUrl: links.portalUrl,
  });
  return {
    kind: 'follow-up-reminder',
    to: { email: first.contact_email, name: first.contact_name.replace(/[\r\n]+/g, ' ').trim() },
    locale,
    subject: texts.subject(first.title.replace(/[\r\n]+/g, ' ')),
    text,
    html,
  };
}
