import pg from 'pg';
import { quickAddJob } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { MailLinks } from '@portal/api/dist/mail/mail-links.js';
import { readMailSecret } from '@portal/api/dist/mail/worker/mail-secret.js';
import { sendMaterialReviewReminders } from '@portal/api/dist/material/material-review-reminders.js';
import { gql } from '../support/graphql-client.js';
import { SmtpReceiver, waitUntil } from '../support/smtp-receiver.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

const PUBLIC_URL = 'https://portal.example.se';
const CREATE = 'mutation($i: MaterialInput!) { createMaterial(input: $i) { id version title } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: MaterialInput!) { updateMaterial(id: $id, version: $v, input: $i) { id version } }';
const KIM = 'kim.granskare@example.se';
const LO = 'lo.granskare@example.se';

interface Created {
  id: string;
  version: number;
  title: string;
}

describe('review reminders for material', () => {
  let receiver: SmtpReceiver;
  let portal: TestPortal;
  /** Reads past row-level security, to check what the job did. */
  let superuser: pg.Client;
  let links: MailLinks;
  const headers = new Map<string, Record<string, string>>();
  const as = async (username: string) => {
    if (!headers.has(username)) headers.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return headers.get(username)!;
  };
  const input = (title: string, email: string, nextReviewOn: string) => ({
    title,
    kind: 'strategy',
    visibility: 'PRIVATE',
    responsibleName: email === KIM ? 'Kim Granskare' : 'Lo Granskare',
    responsibleEmail: email,
    reviewCycleMonths: 12,
    nextReviewOn,
  });
  const create = async (user: string, title: string, email: string, nextReviewOn: string): Promise<Created> => {
    const response = await gql<{ createMaterial: Created }>(portal.url, CREATE, { i: input(title, email, nextReviewOn) }, await as(user));
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createMaterial;
  };
  const run = async (): Promise<number> => {
    const client = new pg.Client({ connectionString: portal.database.ownerUrl });
    await client.connect();
    try {
      return await sendMaterialReviewReminders(client, { links, maxAttempts: 25 });
    } finally {
      await client.end();
    }
  };
  const outbox = async (email: string) =>
    (
      await superuser.query<{ subject: string; text: string }>(
        `SELECT subject, text FROM mail_message WHERE kind = 'material-review-reminder' AND recipient_email = $1 ORDER BY created_at`,
        [email],
      )
    ).rows;
  const remindedFor = async (id: string) =>
    (await superuser.query<{ reminded: string | null }>(`SELECT review_reminded_for::text AS reminded FROM material WHERE id = $1`, [id])).rows[0]!.reminded;

  let linkoping: Created;
  let norrkoping: Created;
  let notDue: Created;
  let lo: Created;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    portal = await startTestPortal({ name: 'material-reminders', identity: true, env: { SMTP_URL: receiver.url, PORTAL_PUBLIC_URL: PUBLIC_URL } });
    superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await superuser.connect();
    links = new MailLinks(PUBLIC_URL, await readMailSecret(portal.database.ownerUrl));

    // Kim is responsible for overdue material in two organisations and for one not yet due; Lo for one overdue.
    linkoping = await create('projektledare.linkoping', 'Ram för samverkan (test)', KIM, '2022-12-01');
    norrkoping = await create('projektledare.norrkoping', 'Riktlinje för extratjänster (test)', KIM, '2023-03-15');
    notDue = await create('projektledare.linkoping', 'Processkarta som granskas senare (test)', KIM, '2999-01-01');
    lo = await create('projektledare.linkoping', 'Mall för handlingsplan (test)', LO, '2024-05-31');
  });
  afterAll(async () => {
    await superuser?.end();
    await portal?.stop();
    await receiver?.stop();
  });

  it('mails each responsible person once, listing their overdue material with links, also when two runs race', async () => {
    const clients = [new pg.Client({ connectionString: portal.database.ownerUrl }), new pg.Client({ connectionString: portal.database.ownerUrl })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const queued = await Promise.all(clients.map((c) => sendMaterialReviewReminders(c, { links, maxAttempts: 25 })));
      expect(queued.sort()).toEqual([0, 2]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(await outbox(KIM)).toHaveLength(1);
    expect(await outbox(LO)).toHaveLength(1);
    expect(await remindedFor(linkoping.id)).toBe('2022-12-01');
    expect(await remindedFor(norrkoping.id)).toBe('2023-03-15');
    expect(await remindedFor(notDue.id)).toBeNull();

    const kim = await receiver.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(KIM) && m.subject === 'Dags att granska 2 material');
    expect(kim.text).toContain('Hej Kim Granskare!');
    expect(kim.text).toContain(`Ram för samverkan (test) (Linköpings kommun), skulle granskas senast 2022-12-01: ${PUBLIC_URL}/material/${linkoping.id}`);
    expect(kim.text).toContain(
      `Riktlinje för extratjänster (test) (Norrköpings kommun), skulle granskas senast 2023-03-15: ${PUBLIC_URL}/material/${norrkoping.id}`,
    );
    // Oldest date first.
    expect(kim.text!.indexOf(linkoping.id)).toBeLessThan(kim.text!.indexOf(norrkoping.id));
    expect(kim.text).not.toContain(notDue.id);
    expect(kim.text).toContain('Avsluta påminnelser om material att granska: ');
    expect(kim.html).toContain(`href="${PUBLIC_URL}/material/${linkoping.id}"`);

    const loMail = await receiver.waitFor((m) => m.subject === 'Dags att granska Mall för handlingsplan (test)');
    expect(loMail.text).toContain(`Öppna materialet: ${PUBLIC_URL}/material/${lo.id}`);
  });

  it('sends nothing on the next run, nor from the queue’s own task, until a new review date has passed', async () => {
    expect(await run()).toBe(0);
    await quickAddJob({ connectionString: portal.database.ownerUrl }, 'material-review-reminders', {});
    await waitUntil(
      async () =>
        Number((await superuser.query(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'material-review-reminders'`)).rows[0].n) === 0,
      'the reminder job to finish',
    );
    expect(await outbox(KIM)).toHaveLength(1);
    expect(await outbox(LO)).toHaveLength(1);

    // The date moved (still in the past): that date is reminded once too, and only that material.
    const updated = await gql<{ updateMaterial: { version: number } }>(
      portal.url,
      UPDATE,
      { id: linkoping.id, v: linkoping.version, i: input(linkoping.title, KIM, '2023-01-10') },
      await as('projektledare.linkoping'),
    );
    expect(updated.body.errors, JSON.stringify(updated.body.errors)).toBeUndefined();
    expect(await run()).toBe(1);
    const mails = await outbox(KIM);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('Dags att granska Ram för samverkan (test)');
    expect(mails[1]!.text).not.toContain(norrkoping.id);
    expect(await run()).toBe(0);
  });

  it('honours a stop of review reminders through the mail’s link', async () => {
    const mail = await receiver.waitFor((m) => m.subject === 'Dags att granska Mall för handlingsplan (test)');
    const token = new URL(/Avsluta påminnelser om material att granska: (\S+)/.exec(mail.text ?? '')![1]!).searchParams.get('t')!;
    const stopped = await gql<{ stopMail: { email: string; topic: string } }>(portal.url, 'mutation($t: String!) { stopMail(token: $t) { email topic } }', {
      t: token,
    });
    expect(stopped.body.data?.stopMail).toEqual({ email: LO, topic: 'material-reviews' });

    await create('projektledare.linkoping', 'Ännu en mall (test)', LO, '2024-06-30');
    expect(await run()).toBe(1);
    const skipped = await superuser.query(`SELECT status FROM mail_message WHERE kind = 'material-review-reminder' AND subject = $1`, [
      'Dags att granska Ännu en mall (test)',
    ]);
    expect(skipped.rows).toEqual([{ status: 'skipped' }]);
  });
});
