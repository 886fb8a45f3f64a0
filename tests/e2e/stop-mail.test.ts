import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMail } from '@portal/api/dist/mail/mail-layout.js';
import { MailOutbox } from '@portal/api/dist/mail/mail-outbox.js';
import { inRequest } from '../support/request-scope.js';
import { SmtpReceiver } from '../support/smtp-receiver.js';
import { startTestPortal, WEB_DIST, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, tabTo } from './browser.js';

/** A mail's stop link, from the mail as it arrives, to the confirmation, by keyboard. */
describe('stopping mail from the link in a mail', () => {
  let receiver: SmtpReceiver;
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  /** Sends a meeting mail to `to` through the outbox and returns its stop link as the mail has it. */
  const stopLinkOfNewMail = async (to: string, locale: 'sv' | 'en'): Promise<string> => {
    const outbox = portal.api.app.get(MailOutbox, { strict: false });
    const subject = `Kallelse till ${to} (${locale})`;
    const { text, html } = composeMail({
      locale,
      heading: subject,
      paragraphs: ['Välkommen till mötet.'],
      reason: 'Du är medlem i nätverket.',
      stop: { label: 'Avsluta', url: outbox.links.stop(to, 'meeting-invitation', locale) },
      portalUrl: outbox.links.portalUrl,
    });
    await inRequest({ userId: 'ordforande' }, () => outbox.enqueue({ kind: 'meeting-invitation', to: { email: to }, locale, subject, text, html }));
    const mail = await receiver.waitFor((m) => m.subject === subject);
    return /Avsluta: (\S+)/.exec(mail.text ?? '')![1]!;
  };

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error('Webbappen är inte byggd: kör npm test (som bygger först).');
    receiver = await SmtpReceiver.start();
    portal = await startTestPortal({ name: 'browser-stop-mail', serveWeb: true, env: { SMTP_URL: receiver.url } });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await receiver?.stop();
  });

  it('asks, stops meeting mail on Enter, moves focus to the answer, with no WCAG 2.1 A/AA violations', async () => {
    // The link names the portal as the API knows it (http://localhost:<port>); the browser uses the same port.
    const link = new URL(await stopLinkOfNewMail('medlem@example.se', 'sv'));
    await page.goto(`${portal.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Avsluta e-post' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(
      'Vill du sluta få kallelser till möten, ändringar och inställda möten från Projektkontor Östergötland till medlem@example.se?',
    );
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'main button');
    await page.keyboard.press('Enter');
    const done = page.getByText('Klart. Du får inte längre kallelser till möten, ändringar och inställda möten till medlem@example.se.');
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(await page.getByRole('button', { name: 'Ja, avsluta' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens in English from an English mail, and says plainly when a link is broken', async () => {
    const link = new URL(await stopLinkOfNewMail('member@example.se', 'en'));
    await page.goto(`${portal.url}${link.pathname}${link.search}`);
    await page.getByRole('button', { name: 'Yes, stop' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${portal.url}/e-post/avsluta?t=v1.trasig`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: /avsluta|stop/i }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('produced no console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
