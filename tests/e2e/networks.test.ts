import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, signIn, tabTo } from './browser.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const NETWORK = 'HR-chefer i västra Östergötland';
const MEMBER_EMAIL = 'projektledare.norrkoping@example.se';
const INITIATIVE = { title: 'Språkstöd för vårdbiträden i Motala', visibility: 'NETWORK', kind: 'pilot', status: 'ongoing', startDate: '2026-01-01' };
const CREATE_INITIATIVE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }`;

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('networks in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let initiativeId = '';
  let networkId = '';
  const problems: string[] = [];

  async function signedInPage(username: string, path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${portal.url}${path}`);
    await signIn(page, username);
    await page.waitForURL(`${portal.url}${path}`);
    return page;
  }

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'networks-browser', serveWeb: true, identity: true });
    const token = (await loginWithPkce({ issuer: portal.issuer!, username: 'ordforande.hr', password: 'demo' })).access_token;
    const created = await gql<{ createInitiative: { id: string } }>(portal.url, CREATE_INITIATIVE, { input: INITIATIVE }, { authorization: `Bearer ${token}` });
    if (created.body.errors?.length) throw new Error(JSON.stringify(created.body.errors));
    initiativeId = created.body.data!.createInitiative.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lets a chair create a network, invite a member of another municipality and share an initiative, by keyboard', async () => {
    const chair = await signedInPage('ordforande.hr', '/natverk');
    try {
      await chair.getByRole('heading', { level: 1, name: 'Nätverk' }).waitFor();
      await chair.getByText('Du är inte med i något nätverk ännu.', { exact: false }).waitFor();
      expect(await axeViolations(chair)).toEqual([]);

      await tabTo(chair, `a[href="/natverk/nytt"]`);
      await chair.keyboard.press('Enter');
      await chair.getByRole('heading', { level: 1, name: 'Skapa nätverk' }).waitFor();
      await chair.locator('#natverk-name').waitFor();
      expect(await axeViolations(chair)).toEqual([]);

      // Nothing chosen: the client's checks, in a focused summary.
      await tabTo(chair, 'button[type="submit"]');
      await chair.keyboard.press('Enter');
      const summary = chair.getByRole('alert').filter({ hasText: 'Formuläret innehåller fel' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual([
        'Nätverkets namn måste fyllas i.',
        'Välj nätverkets nivå.',
        'Välj vilket slags nätverk det är.',
      ]);
      expect(await axeViolations(chair)).toEqual([]);

      await tabTo(chair, '#natverk-name');
      await chair.keyboard.type(NETWORK);
      await tabTo(chair, '#natverk-purpose');
      await chair.keyboard.type('HR-chefernas samverkan om kompetensförsörjning i Motala, Mjölby och Vadstena.');
      await tabTo(chair, '#natverk-level');
      await chair.selectOption('#natverk-level', 'subregional');
      await tabTo(chair, '#natverk-kind');
      await chair.selectOption('#natverk-kind', 'hr');
      await tabTo(chair, 'button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair.waitForURL(new RegExp(`/natverk/${UUID}$`));
      networkId = new URL(chair.url()).pathname.split('/')[2]!;
      await chair.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
      const members = chair.getByRole('table', { name: 'Nätverkets medlemmar med organisation och roll' });
      await members.waitFor();
      expect(await members.innerText()).toMatch(/Lena Åström[\s\S]*Motala kommun[\s\S]*Ordförande/);
      expect(await axeViolations(chair)).toEqual([]);

      // The invitation, by e-mail, to someone in Norrköping.
      await tabTo(chair, '#natverksinbjudan-email');
      await chair.keyboard.type(MEMBER_EMAIL);
      await tabTo(chair, 'form:has(#natverksinbjudan-email) button[type="submit"]');
      await chair.keyboard.press('Enter');
      const sent = chair.getByRole('status').filter({ hasText: `Inbjudan till ${MEMBER_EMAIL} är skickad.` });
      await sent.waitFor();
      await expect.poll(() => chair.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
      const pending = chair.getByRole('table', { name: 'Inbjudningar och ansökningar som väntar på svar' });
      await pending.getByRole('cell', { name: MEMBER_EMAIL }).waitFor();
      expect(await pending.innerText()).toContain('Inbjuden');
      await pending.getByRole('button', { name: 'Återkalla inbjudan till Erik Berg' }).waitFor();
      expect(await chair.inputValue('#natverksinbjudan-email')).toBe('');
      expect(await axeViolations(chair)).toEqual([]);

      // Inviting the same address again is told at the field.
      await tabTo(chair, '#natverksinbjudan-email');
      await chair.keyboard.type(MEMBER_EMAIL);
      await tabTo(chair, 'form:has(#natverksinbjudan-email) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair.locator('#natverksinbjudan-email-error').filter({ hasText: 'har redan en inbjudan' }).waitFor();
      await chair.locator('#natverksinbjudan-email').fill('');

      // Share Motala's initiative with the network from its page.
      await chair.goto(`${portal.url}/initiativ/${initiativeId}`);
      const panel = chair.locator('section', { has: chair.getByRole('heading', { level: 2, name: 'Dela med nätverk' }) });
      await panel.getByText('Inte delat med något nätverk.').waitFor();
      expect(await panel.innerText()).not.toContain('förrän synligheten');
      await tabTo(chair, '#delning-networkId');
      await chair.selectOption('#delning-networkId', { label: NETWORK });
      await chair.keyboard.press('Tab');
      expect(await focusedText(chair)).toBe('Dela');
      await chair.keyboard.press('Enter');
      await panel
        .getByRole('status')
        .filter({ hasText: `Delat med ${NETWORK}.` })
        .waitFor();
      await panel.getByRole('button', { name: `Sluta dela med ${NETWORK}` }).waitFor();
      expect(await axeViolations(chair)).toEqual([]);

      // The network's page lists it, and the event log says who did what.
      await chair.goto(`${portal.url}/natverk/${networkId}`);
      const shared = chair.locator('section', { has: chair.getByRole('heading', { level: 2, name: 'Delat med nätverket' }) });
      await shared.getByRole('link', { name: INITIATIVE.title }).waitFor();
      const events = chair.getByRole('table', { name: 'Vad som hänt i nätverket, senaste först' });
      await events.getByText(`Delade ”${INITIATIVE.title}” med nätverket`).waitFor();
      const log = await events.innerText();
      expect(log).toContain(`Skapade nätverket ”${NETWORK}”`);
      expect(log).toContain('Bjöd in Erik Berg');
      expect(log).toContain('Lena Åström');
      expect(await axeViolations(chair)).toEqual([]);
    } finally {
      await chair.context().close();
    }
  });

  it('lets the member accept the invitation, open the network and the shared initiative, and leave, by keyboard', async () => {
    expect(networkId).not.toBe('');
    const member = await signedInPage('projektledare.norrkoping', '/');
    try {
      // Not a member yet: Motala's network-only initiative is not there for Norrköping.
      await member.goto(`${portal.url}/initiativ/${initiativeId}`);
      await member.getByText('finns inte', { exact: false }).first().waitFor();

      await member.goto(`${portal.url}/`);
      await tabTo(member, 'nav a[href="/mina-natverk"]');
      await member.keyboard.press('Enter');
      await member.waitForURL(`${portal.url}/mina-natverk`);
      await member.getByRole('heading', { level: 1, name: 'Mina nätverk' }).waitFor();
      const accept = member.getByRole('button', { name: `Tacka ja till ${NETWORK}` });
      await accept.waitFor();
      expect(await axeViolations(member)).toEqual([]);
      await tabTo(member, `button[aria-label="Tacka ja till ${NETWORK}"]`);
      await member.keyboard.press('Enter');
      const joined = member.getByRole('status').filter({ hasText: `Du är nu medlem i ${NETWORK}.` });
      await joined.waitFor();
      await expect.poll(() => member.evaluate(() => document.activeElement?.textContent)).toBe(`Du är nu medlem i ${NETWORK}.`);
      const mine = member.locator('section', { has: member.getByRole('heading', { level: 2, name: 'Nätverk du är med i' }) });
      await mine.getByRole('link', { name: NETWORK }).waitFor();
      expect(await mine.innerText()).toContain('Din roll: Medlem');
      expect(await axeViolations(member)).toEqual([]);

      await tabTo(member, `main a[href="/natverk/${networkId}"]`);
      await member.keyboard.press('Enter');
      await member.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
      const members = member.getByRole('table', { name: 'Nätverkets medlemmar med organisation och roll' });
      await members.getByText('Erik Berg').waitFor();
      expect(await members.innerText()).toContain('Norrköpings kommun');
      // Members do not manage: no invite form, no role changes.
      expect(await member.locator('#natverksinbjudan-email').count()).toBe(0);
      expect(await axeViolations(member)).toEqual([]);

      await tabTo(member, `main a[href="/initiativ/${initiativeId}"]`);
      await member.keyboard.press('Enter');
      await member.getByRole('heading', { level: 1, name: INITIATIVE.title }).waitFor();
      expect(await member.locator('main').innerText()).toContain('Motala kommun');
      expect(await member.getByRole('heading', { name: 'Dela med nätverk' }).count()).toBe(0);
      expect(await axeViolations(member)).toEqual([]);

      await member.goBack();
      await member.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
      await tabTo(member, 'section[aria-labelledby="medlemskap-rubrik"] button');
      expect(await focusedText(member)).toBe('Lämna nätverket');
      await member.keyboard.press('Enter');
      const dialog = member.getByRole('dialog', { name: `Lämna ${NETWORK}?` });
      await dialog.waitFor();
      // The safe choice comes first; the next Tab reaches the confirmation.
      expect(await focusedText(member)).toBe('Avbryt');
      expect(await axeViolations(member)).toEqual([]);
      await member.keyboard.press('Tab');
      expect(await focusedText(member)).toBe('Ja, lämna nätverket');
      await member.keyboard.press('Enter');
      await member
        .getByRole('status')
        .filter({ hasText: `Du har lämnat ${NETWORK}.` })
        .waitFor();
      await member.getByText('Medlemmarna, mötena och det som delats med nätverket syns bara för dess medlemmar.').waitFor();
      expect(await axeViolations(member)).toEqual([]);

      // Gone with the membership, on the next request.
      await member.goto(`${portal.url}/initiativ/${initiativeId}`);
      await member.getByText('finns inte', { exact: false }).first().waitFor();
    } finally {
      await member.context().close();
    }
  });

  it('had no console errors (CSP violations included)', () => {
    // NOT_FOUND answers are expected failed requests, logged by nothing but the browser.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });
});
