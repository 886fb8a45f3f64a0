import pg from 'pg';
import type { ParsedMail } from 'mailparser';
import { quickAddJob } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { statementCount } from '@portal/api/dist/database/statement-counter.js';
import { sendFollowUpReminders } from '@portal/api/dist/mail/worker/follow-up-reminders.js';
import { composeMail } from '@portal/api/dist/mail/mail-layout.js';
import { MailLinks } from '@portal/api/dist/mail/mail-links.js';
import { MailOutbox } from '@portal/api/dist/mail/mail-outbox.js';
import { mailInsert } from '@portal/api/dist/mail/mail-rows.js';
import { readMailSecret } from '@portal/api/dist/mail/worker/mail-secret.js';
import type { OutgoingMail } from '@portal/api/dist/mail/outgoing-mail.js';
import { RequestDatabase } from '@portal/api/dist/request/request-database.js';
import { errorCodes, gql } from '../support/graphql-client.js';
import { inRequest, type RequestUser } from '../support/request-scope.js';
import { SmtpReceiver, waitUntil } from '../support/smtp-receiver.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

const PUBLIC_URL = 'https://portal.example.se';
const STOP_MAIL = 'mutation($t: String!) { stopMail(token: $t) { email topic } }';
const CREATE = 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id followUps { id milestone dueDate } } }';

interface OutboxRow {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_by: string | null;
  sent_at: Date | null;
}

/** The portal's outgoing mail, read through a real SMTP receiver (smtp-server + mailparser). */
describe('outgoing mail', () => {
  let receiver: SmtpReceiver;
  let portal: TestPortal;
  /** The worker's role, for what the worker itself does. */
  let owner: pg.Client;
  /** Reads past row-level security, to check what the tests did. */
  let superuser: pg.Client;
  let outbox: MailOutbox;
  let links: MailLinks;
  let userA: RequestUser;
  let counter = 0;

  /** A mail with a subject no other test uses, so each test waits for its own. */
  const mail = (to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => {
    counter += 1;
    const subject = `Testbrev ${counter} – Åtgärd & "citat"`;
    return {
      kind: 'minutes-published',
      to: { email: to, name: 'Mottagare Testsson' },
      locale: 'sv',
      subject,
      ...composeMail({
        locale: 'sv',
        heading: subject,
        paragraphs: ['Protokollet från mötet är publicerat.'],
        action: { label: 'Läs protokollet', url: links.portal('/natverk') },
        reason: 'Du får det här brevet för att du är medlem i nätverket.',
        stop: { label: 'Avsluta meddelanden om protokoll', url: links.stop(to, 'minutes-published', 'sv') },
        portalUrl: links.portalUrl,
      }),
      ...overrides,
    };
  };
  const enqueue = (message: OutgoingMail, outcome: 'commit' | 'rollback' = 'commit', user: RequestUser = userA) =>
    inRequest(user, () => outbox.enqueue(message), outcome);
  const row = async (id: string): Promise<OutboxRow | undefined> =>
    (await owner.query<OutboxRow>('SELECT id, kind, status, attempts, last_error, created_by, sent_at FROM mail_message WHERE id = $1', [id])).rows[0];
  const jobsFor = async (id: string): Promise<number> =>
    Number((await owner.query(`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE payload->>'id' = $1`, [id])).rows[0].n);
  const subjectIs = (subject: string) => (m: ParsedMail) => m.subject === subject;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    portal = await startTestPortal({ name: 'mail', identity: true, env: { SMTP_URL: receiver.url, PORTAL_PUBLIC_URL: PUBLIC_URL } });
    owner = new pg.Client({ connectionString: portal.database.ownerUrl });
    await owner.connect();
    superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await superuser.connect();
    outbox = portal.api.app.get(MailOutbox, { strict: false });
    links = new MailLinks(PUBLIC_URL, await readMailSecret(portal.database.ownerUrl));
    const linkoping = (await owner.query<{ id: string }>(`SELECT id FROM organization WHERE slug = 'linkoping'`)).rows[0]!;
    userA = { userId: 'user-a', organization: { id: linkoping.id, slug: 'linkoping' } };
  });
  afterAll(async () => {
    await owner?.end();
    await superuser?.end();
    await portal?.stop();
    await receiver?.stop();
  });

  it('delivers a queued mail with its subject, text, html and attachment, once, and records it as sent', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    const message = mail('mottagare@example.se', {
      attachments: [
        { filename: 'mote.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics },
        { filename: 'dagordning.txt', contentType: 'text/plain; charset=utf-8', content: 'Punkt 1: Välkomna' },
      ],
    });
    const id = await enqueue(message);
    const received = await receiver.waitFor(subjectIs(message.subject));
    expect(received.to && 'value' in received.to ? received.to.value : []).toEqual([{ address: 'mottagare@example.se', name: 'Mottagare Testsson' }]);
    expect(received.from?.value).toEqual([{ address: 'noreply@projektkontor.example', name: 'Projektkontor Östergötland' }]);
    expect(received.text).toContain('Protokollet från mötet är publicerat.');
    expect(received.text).toContain(`Läs protokollet: ${PUBLIC_URL}/natverk`);
    expect(received.html).toContain('<html lang="sv">');
    expect(received.html).toContain('Testbrev');
    expect(received.html).toContain('&amp; &quot;citat&quot;');
    expect(received.messageId).toBe(`<${id}@projektkontor.example>`);
    expect(JSON.stringify(received.headers.get('list'))).toContain(`${PUBLIC_URL}/e-post/avsluta?t=`);
    // The invitation both as the text/calendar alternative calendars act on (METHOD in the part's type) and as the file.
    const parts = received.attachments.map((a) => ({
      filename: a.filename,
      type: a.contentType,
      method: (a.headers.get('content-type') as { params?: Record<string, string> } | undefined)?.params?.['method'],
      content: a.content.toString('utf8'),
    }));
    expect(parts).toEqual([
      { filename: undefined, type: 'text/calendar', method: 'REQUEST', content: ics },
      { filename: 'dagordning.txt', type: 'text/plain', method: undefined, content: 'Punkt 1: Välkomna' },
      { filename: 'mote.ics', type: 'application/ics', method: undefined, content: ics },
    ]);
    const sent = await waitUntil(async () => ((await row(id))?.status === 'sent' ? row(id) : undefined), 'the row to be sent');
    expect(sent).toMatchObject({ kind: 'minutes-published', attempts: 1, last_error: null, created_by: 'user-a' });
    expect(sent?.sent_at).toBeInstanceOf(Date);
    expect(receiver.to('mottagare@example.se').filter(subjectIs(message.subject))).toHaveLength(1);
  });

  it('writes one statement per mail, in the request’s own transaction', async () => {
    const first = mail('antal@example.se');
    const second = mail('antal@example.se');
    const database = portal.api.app.get(RequestDatabase, { strict: false });
    const used = await inRequest(userA, async () => {
      await database.manager();
      const before = statementCount();
      await outbox.enqueue(first);
      await outbox.enqueue(second);
      return statementCount() - before;
    });
    expect(used).toBe(2);
    await receiver.waitFor(subjectIs(first.subject));
    await receiver.waitFor(subjectIs(second.subject));
  });

  it('sends nothing for a rolled-back request', async () => {
    const rolledBack = mail('tillbaka@example.se');
    const id = await enqueue(rolledBack, 'rollback');
    // A mail committed after it arrives; had the rolled-back one been queued, it would have been sent by now too.
    const marker = mail('tillbaka@example.se');
    await enqueue(marker);
    await receiver.waitFor(subjectIs(marker.subject));
    expect(await row(id)).toBeUndefined();
    expect(await jobsFor(id)).toBe(0);
    expect(receiver.received.filter((m) => m.parsed.subject === rolledBack.subject)).toEqual([]);
  });

  it('refuses mail without a signed-in user or with a malformed address, before anything is written', async () => {
    await expect(inRequest(undefined, () => outbox.enqueue(mail('anonym@example.se')))).rejects.toThrow();
    await expect(enqueue(mail('inte en adress'))).rejects.toThrow(/recipient address/);
    await expect(enqueue(mail('rad@example.se', { subject: 'Två\r\nBcc: alla@example.se' }))).rejects.toThrow(/one line/);
  });

  it('loses nothing in an SMTP outage: attempts are recorded, and the mail arrives exactly once when the server is back', async () => {
    await receiver.stop();
    try {
      const message = mail('avbrott@example.se');
      const id = await enqueue(message);
      // A mail allowed one attempt (the worker's own mail sets its attempts the same way) fails for good at once.
      const doomed = mailInsert(mail('avbrott@example.se'), { maxAttempts: 1, createdBy: null });
      await owner.query(doomed.sql, doomed.params);
      const failing = await waitUntil(async () => {
        const current = await row(id);
        return current && current.attempts >= 1 ? current : undefined;
      }, 'a failed attempt to be recorded');
      expect(failing).toMatchObject({ status: 'queued', sent_at: null });
      expect(failing.last_error).toMatch(/ECONNREFUSED/);
      expect(await jobsFor(id)).toBe(1);
      const failed = await waitUntil(async () => ((await row(doomed.id))?.status === 'failed' ? row(doomed.id) : undefined), 'the doomed mail to fail');
      expect(failed).toMatchObject({ attempts: 1, sent_at: null });
      expect(failed?.last_error).toMatch(/ECONNREFUSED/);
      expect(await jobsFor(doomed.id)).toBe(0);

      // Back up before the queue's second attempt, e^1 s after the first.
      await receiver.start();
      await receiver.waitFor(subjectIs(message.subject), 60_000);
      const sent = await waitUntil(async () => ((await row(id))?.status === 'sent' ? row(id) : undefined), 'the row to be sent');
      expect(sent?.attempts).toBeGreaterThanOrEqual(2);
      expect(sent?.last_error).toBeNull();
      expect(await jobsFor(id)).toBe(0);
      // Later mail still goes, and the outage mail did not come twice.
      const after = mail('avbrott@example.se');
      await enqueue(after);
      await receiver.waitFor(subjectIs(after.subject));
      expect(receiver.received.filter((m) => m.parsed.subject === message.subject)).toHaveLength(1);
    } finally {
      await receiver.start();
    }
  });

  it('marks a mail the server refuses for good (5xx) as failed without trying again', async () => {
    receiver.refused.add('avvisad@example.se');
    const id = await enqueue(mail('avvisad@example.se'));
    const failed = await waitUntil(async () => ((await row(id))?.status === 'failed' ? row(id) : undefined), 'the refused mail to fail');
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed?.last_error).toMatch(/550/);
    expect(await jobsFor(id)).toBe(0);
  });

  it('stops a kind of mail through the link in a mail; a forged token is refused with BAD_USER_INPUT', async () => {
    const first = mail('sluta@example.se');
    await enqueue(first);
    const received = await receiver.waitFor(subjectIs(first.subject));
    const stopUrl = new URL(/Avsluta meddelanden om protokoll: (\S+)/.exec(received.text ?? '')![1]!);
    expect(stopUrl.origin + stopUrl.pathname).toBe(`${PUBLIC_URL}/e-post/avsluta`);
    const token = stopUrl.searchParams.get('t')!;

    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const other = token.replace(/^v1\.[^.]+/, `v1.${Buffer.from('annan@example.se\nminutes').toString('base64url')}`);
    for (const bad of [forged, other, 'v1.abc', '', 'x'.repeat(5000)]) {
      const refused = await gql(portal.url, STOP_MAIL, { t: bad });
      expect(errorCodes(refused), bad.slice(0, 40)).toEqual(['BAD_USER_INPUT']);
      expect(refused.body.errors?.[0]?.extensions?.['fieldErrors']).toEqual({ token: 'Länken är ogiltig eller ofullständig.' });
    }

    const stopped = await gql<{ stopMail: { email: string; topic: string } }>(portal.url, STOP_MAIL, { t: token });
    expect(stopped.body.data?.stopMail).toEqual({ email: 'sluta@example.se', topic: 'minutes' });
    // Again: the same answer, nothing new.
    expect((await gql(portal.url, STOP_MAIL, { t: token })).body.data).toEqual(stopped.body.data);

    // The address in other case gets no more of that kind: recorded as skipped, never queued.
    const skippedId = await enqueue(mail('Sluta@Example.se'));
    expect(await row(skippedId)).toMatchObject({ status: 'skipped', attempts: 0 });
    expect(await jobsFor(skippedId)).toBe(0);
    // Other kinds still go to it.
    const invitation = mail('sluta@example.se', { kind: 'network-invitation' });
    await enqueue(invitation);
    await receiver.waitFor(subjectIs(invitation.subject));
    expect(receiver.to('sluta@example.se').filter((m) => m.subject?.startsWith('Testbrev'))).toHaveLength(2);
  });

  it('keeps the outbox from the API role: it inserts only as the request’s user and reads, changes or deletes nothing', async () => {
    const app = new pg.Client({ connectionString: portal.database.appUrl });
    await app.connect();
    try {
      const attempt = async (sql: string, params: unknown[] = []): Promise<string> => {
        await app.query('BEGIN');
        try {
          await app.query(`SELECT set_config('app.user_id', 'user-a', true), set_config('app.organization_id', $1, true)`, [userA.organization!.id]);
          const result = await app.query(sql, params);
          return `ok:${result.rowCount}`;
        } catch (error) {
          return `refused:${(error as { code?: string }).code}`;
        } finally {
          await app.query('ROLLBACK');
        }
      };
      const insert = (createdBy: string, status = 'queued') =>
        attempt(
          `INSERT INTO mail_message (kind, recipient_email, locale, subject, text, html, created_by, status) VALUES ('minutes-published', 'x@example.se', 'sv', 's', 't', 'h', $1, $2)`,
          [createdBy, status],
        );
      expect(await insert('user-a')).toBe('ok:1');
      expect(await insert('user-b')).toBe('refused:42501');
      expect(await insert('user-a', 'sent')).toBe('refused:42501');
      expect(await attempt('SELECT * FROM mail_message')).toBe('refused:42501');
      expect(await attempt(`UPDATE mail_message SET status = 'sent'`)).toBe('refused:42501');
      expect(await attempt('DELETE FROM mail_message')).toBe('refused:42501');
      expect(await attempt('SELECT * FROM mail_opt_out')).toBe('refused:42501');
      expect(await attempt('DELETE FROM mail_opt_out')).toBe('refused:42501');
      expect(await attempt('SELECT * FROM mail_secret')).toBe('refused:42501');
      expect(await attempt('SELECT * FROM graphile_worker.jobs')).toBe('refused:42501');
    } finally {
      await app.end();
    }
  });

  describe('follow-up reminders', () => {
    let headers: Record<string, string>;
    const contact = 'kontakt.uppfoljning@example.se';
    const createCompleted = async (title: string, endDate: string, email = contact) => {
      const response = await gql<{ createInitiative: { id: string; followUps: Array<{ id: string; milestone: string; dueDate: string }> } }>(
        portal.url,
        CREATE,
        {
          i: {
            title,
            kind: 'implementation',
            status: 'completed',
            startDate: '2019-01-01',
            endDate,
            visibility: 'PRIVATE',
            contactPerson: { name: 'Kim Kontakt', email },
          },
        },
        headers,
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data!.createInitiative;
    };
    const remindedIds = async (): Promise<string[]> =>
      (await superuser.query<{ id: string }>('SELECT id FROM initiative_follow_up WHERE reminded_at IS NOT NULL ORDER BY id')).rows.map((r) => r.id);
    const reminders = () => receiver.to(contact).filter((m) => m.subject?.startsWith('Dags att följa upp'));

    beforeAll(async () => {
      headers = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping' })).access_token}` };
    });

    it('mails the contact once about the due follow-ups of a private initiative, also when two runs race, and never again', async () => {
      // Ended 13 months ago: the 6-month and 1-year follow-ups are due, the 2-year one is not.
      const end = new Date();
      end.setUTCMonth(end.getUTCMonth() - 13);
      const initiative = await createCompleted('Uppföljningsinsatsen', end.toISOString().slice(0, 10));
      const due = initiative.followUps.filter((f) => f.milestone !== '2-years').map((f) => f.id);

      const clients = [new pg.Client({ connectionString: portal.database.ownerUrl }), new pg.Client({ connectionString: portal.database.ownerUrl })];
      await Promise.all(clients.map((c) => c.connect()));
      try {
        const queued = await Promise.all(clients.map((c) => sendFollowUpReminders(c, { links, maxAttempts: 25 })));
        expect(queued.sort()).toEqual([0, 1]);
        expect(await sendFollowUpReminders(clients[0]!, { links, maxAttempts: 25 })).toBe(0);
      } finally {
        await Promise.all(clients.map((c) => c.end()));
      }
      expect(await remindedIds()).toEqual([...due].sort());

      const reminder = await receiver.waitFor((m) => m.subject === 'Dags att följa upp Uppföljningsinsatsen');
      expect(reminder.text).toContain('Hej Kim Kontakt!');
      expect(reminder.text).toMatch(/uppföljningarna efter 6 månader \(\d{4}-\d\d-\d\d\) och efter 1 år \(\d{4}-\d\d-\d\d\)/);
      expect(reminder.text).toContain(`Öppna initiativet: ${PUBLIC_URL}/initiativ/${initiative.id}`);
      expect(reminder.text).toContain(`${PUBLIC_URL}/mina-uppfoljningar`);
      expect(reminder.text).toContain('Avsluta påminnelser om uppföljningar: ');
      expect(reminder.html).toContain(`href="${PUBLIC_URL}/initiativ/${initiative.id}"`);

      // The queue's own task (as the daily cron runs it) finds nothing new to remind.
      const marker = mail(contact);
      await quickAddJob({ connectionString: portal.database.ownerUrl }, 'follow-up-reminders', {});
      await waitUntil(
        async () => Number((await owner.query(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'follow-up-reminders'`)).rows[0].n) === 0,
        'the reminder job to finish',
      );
      await enqueue(marker);
      await receiver.waitFor(subjectIs(marker.subject));
      expect(reminders()).toHaveLength(1);
    });

    it('runs as the queue’s task, and honours a stop of reminders', async () => {
      const end = new Date();
      end.setUTCMonth(end.getUTCMonth() - 7);
      const initiative = await createCompleted('Andra uppföljningsinsatsen', end.toISOString().slice(0, 10));
      await quickAddJob({ connectionString: portal.database.ownerUrl }, 'follow-up-reminders', {});
      const reminder = await receiver.waitFor((m) => m.subject === 'Dags att följa upp Andra uppföljningsinsatsen');
      expect(reminder.text).toContain(`${PUBLIC_URL}/initiativ/${initiative.id}`);
      expect(reminder.text).toMatch(/uppföljningen efter 6 månader \(/);

      const token = new URL(/Avsluta påminnelser om uppföljningar: (\S+)/.exec(reminder.text ?? '')![1]!).searchParams.get('t')!;
      const stopped = await gql<{ stopMail: { email: string; topic: string } }>(portal.url, STOP_MAIL, { t: token });
      expect(stopped.body.data?.stopMail).toEqual({ email: contact, topic: 'follow-up-reminders' });

      await createCompleted('Tredje uppföljningsinsatsen', end.toISOString().slice(0, 10));
      const client = new pg.Client({ connectionString: portal.database.ownerUrl });
      await client.connect();
      try {
        expect(await sendFollowUpReminders(client, { links, maxAttempts: 25 })).toBe(1);
      } finally {
        await client.end();
      }
      const skipped = await owner.query(
        `SELECT status FROM mail_message WHERE kind = 'follow-up-reminder' AND subject = 'Dags att följa upp Tredje uppföljningsinsatsen'`,
      );
      expect(skipped.rows).toEqual([{ status: 'skipped' }]);
    });

    it('leaves a follow-up whose contact has no usable address unreminded', async () => {
      const end = new Date();
      end.setUTCMonth(end.getUTCMonth() - 7);
      const initiative = await createCompleted('Insats utan adress', end.toISOString().slice(0, 10), 'kontakt@example.se');
      const client = new pg.Client({ connectionString: portal.database.ownerUrl });
      await client.connect();
      try {
        // An address the outbox would refuse (written past the register's checks).
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.user_id', 'test', true), set_config('app.organization_id', $1, true)`, [userA.organization!.id]);
        await client.query(`UPDATE initiative SET contact_email = 'inte en adress' WHERE id = $1`, [initiative.id]);
        await client.query('COMMIT');
        expect(await sendFollowUpReminders(client, { links, maxAttempts: 25 })).toBe(0);
        const pending = await superuser.query(`SELECT count(*) AS n FROM initiative_follow_up WHERE initiative_id = $1 AND reminded_at IS NULL`, [
          initiative.id,
        ]);
        expect(Number(pending.rows[0].n)).toBe(3);
      } finally {
        await client.end();
      }
    });
  });
});
