import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium } from './browser.js';

describe('signing in through the Keycloak stand-in in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'browser-login', serveWeb: true, identity: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it.each([
    ['projektledare.linkoping', 'Anna Lind', 'Linköpings kommun'],
    ['projektledare.norrkoping', 'Erik Berg', 'Norrköpings kommun'],
  ])('logs %s in and shows their own organisation', async (username, name, organization) => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(`${portal.url}/min-organisation`);
      await page.getByRole('button', { name: 'Logga in' }).first().click();
      await page.waitForURL(/\/login-actions\//);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Användarnamn eller e-post').fill(username);
      await page.getByLabel('Lösenord').fill('fel-lösenord');
      await page.getByRole('button', { name: 'Logga in' }).click();
      expect(await page.getByRole('alert').textContent()).toBe('Fel användarnamn eller lösenord.');

      await page.getByLabel('Lösenord').fill('demo');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(`${portal.url}/min-organisation`);
      await page.getByText(`Inloggad som ${name}`).waitFor();
      await page.getByRole('heading', { name: 'Organisation', exact: true }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain(organization);
      expect(text).toContain('Användare');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.waitForURL(`${portal.url}/`);
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a member of two organisations choose one, and an org-admin invite and remove a colleague', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    try {
      await page.goto(`${portal.url}/`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByLabel('Användarnamn eller e-post').fill('flera.org');
      await page.getByLabel('Lösenord').fill('demo');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(`${portal.url}/`);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min organisation' }).click();
      await page.getByText('Du är medlem i flera organisationer.').waitFor();
      await page.getByLabel('Aktiv organisation').selectOption('vadstena');
      await page.locator('dd', { hasText: 'Vadstena kommun' }).waitFor();
      expect(await page.getByText('Administrativa', { exact: false }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }

    const adminContext = await browser.newContext({ locale: 'sv-SE' });
    const admin = await adminContext.newPage();
    try {
      await admin.goto(`${portal.url}/min-organisation`);
      await admin.getByRole('button', { name: 'Logga in' }).first().click();
      await admin.getByLabel('Användarnamn eller e-post').fill('admin.linkoping');
      await admin.getByLabel('Lösenord').fill('demo');
      await admin.getByRole('button', { name: 'Logga in' }).click();
      await admin.getByRole('heading', { name: 'Senaste administrativa händelser' }).waitFor();
      expect(await admin.locator('main').innerText()).toContain('Administratör för Linköpings kommun');
      await admin.getByText('Inga händelser ännu.').waitFor();
      await admin.getByRole('cell', { name: 'projektledare.linkoping@example.se' }).waitFor();
      expect(await axeViolations(admin)).toEqual([]);

      // A bad address is stopped with a Swedish error summary that takes focus.
      await admin.getByLabel('E-postadress').fill('inte-en-adress');
      await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
      expect(await admin.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await axeViolations(admin)).toEqual([]);

      // Invite by keyboard only.
      await admin.getByLabel('E-postadress').fill('ny.kollega@linkoping.se');
      await admin.getByLabel('Förnamn (frivilligt)').fill('Ny');
      await admin.getByLabel('Efternamn (frivilligt)').fill('Kollega');
      await admin.keyboard.press('Enter');
      await admin.getByText('ny.kollega@linkoping.se har fått ett konto och är medlem.', { exact: false }).waitFor();
      await admin.getByRole('rowheader', { name: 'Ny Kollega' }).waitFor();
      await admin.getByRole('cell', { name: 'Inbjuden' }).waitFor();

      await admin.getByRole('button', { name: 'Ta bort Ny Kollega ur organisationen' }).click();
      await admin.getByRole('button', { name: 'Ja, ta bort Ny Kollega' }).click();
      await admin.getByText('Ny Kollega är borttagen ur organisationen. Kontot finns kvar.').waitFor();
      await admin.getByRole('cell', { name: 'Borttagen' }).waitFor();
      // The list refreshes after the message; wait for the row to go rather than counting at once.
      await admin.getByRole('rowheader', { name: 'Ny Kollega' }).waitFor({ state: 'detached' });
      expect(await axeViolations(admin)).toEqual([]);
    } finally {
      await adminContext.close();
    }
  });

  it('shows an existing user a pending invitation, which they accept in the browser and then work for both organisations', async () => {
    const signIn = async (username: string) => {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      await page.goto(`${portal.url}/min-organisation`);
      await page.getByRole('button', { name: 'Logga in' }).first().click();
      await page.getByLabel('Användarnamn eller e-post').fill(username);
      await page.getByLabel('Lösenord').fill('demo');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(`${portal.url}/min-organisation`);
      return { context, page };
    };

    const { context: adminContext, page: admin } = await signIn('admin.linkoping');
    try {
      await admin.getByRole('heading', { name: 'Inbjudningar som väntar på svar' }).waitFor();
      await admin.getByText('Inga inbjudningar väntar på svar.').waitFor();
      await admin.getByLabel('E-postadress').fill('projektledare.norrkoping@example.se');
      await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await admin.getByText('projektledare.norrkoping@example.se har redan ett konto och har fått en inbjudan.', { exact: false }).waitFor();
      await admin.getByRole('rowheader', { name: 'projektledare.norrkoping@example.se' }).waitFor();
      await admin.getByRole('button', { name: 'Återkalla inbjudan till projektledare.norrkoping@example.se' }).waitFor();
      // Not a member until they accept.
      expect(await admin.getByRole('rowheader', { name: 'Erik Berg' }).count()).toBe(0);
      expect(await axeViolations(admin)).toEqual([]);
    } finally {
      await adminContext.close();
    }

    const { context, page } = await signIn('projektledare.norrkoping');
    try {
      await page.getByRole('heading', { name: 'Mina inbjudningar' }).waitFor();
      expect(await page.locator('main').innerText()).toContain('Inbjuden av admin.linkoping');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Tacka ja till Linköpings kommun' }).click();
      await page.getByRole('status').filter({ hasText: 'Du är nu medlem i Linköpings kommun.' }).waitFor();
      // The renewed token carries the new organisation: the header offers both.
      await page.getByLabel('Aktiv organisation').locator('option', { hasText: 'Linköpings kommun' }).waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Tacka ja till Linköpings kommun' }).waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
