import { readFile } from 'node:fs/promises';
import { describeRecurrence, recurrenceChoicesFor } from '@portal/shared-domain';
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
const MEETING = 'Nätverksträff';
const MINUTES = '## Beslutade frågor\n\nNätverket tar fram en introduktion.';
const DECISION = 'Nätverket tar fram en gemensam introduktion för vårdbiträden.';
const ACTION = 'Skicka ut underlaget till kommunerna';

/** The second Tuesday two months ahead: a date in the future with a "second Tuesday" recurrence. */
function secondTuesdayAhead(): string {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  const offset = (2 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1 + offset + 7)).toISOString().slice(0, 10);
}
const FIRST_DATE = secondTuesdayAhead();
const YEAR = FIRST_DATE.slice(0, 4);
const DUE_DATE = `${YEAR}-12-31`;
const MONTHLY = describeRecurrence({ frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2 }, 'sv');
const FIRST_DATE_WORDS = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${FIRST_DATE}T12:00:00Z`),
);

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Presses Tab until the focused element's text is `text` (for controls with nothing else to tell them by). */
async function tabToText(page: Page, text: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if ((await focusedText(page)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${text}”`);
}

describe('networks in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let initiativeId = '';
  let networkId = '';
  let meetingPath = '';
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

  it('lets the member accept the invitation, open the network and the shared initiative, by keyboard', async () => {
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
    } finally {
      await member.context().close();
    }
  });

  it('lets the chair plan a series, set the agenda, hold the meeting, publish minutes with a decision and an action item, by keyboard', async () => {
    expect(networkId).not.toBe('');
    const chair = await signedInPage('ordforande.hr', `/natverk/${networkId}`);
    await chair.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url });
    try {
      await chair.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
      await chair.getByText('Inga möten är planerade.').waitFor();
      await tabTo(chair, 'button[aria-controls="ny-serie"]');
      await chair.keyboard.press('Enter');
      await chair.locator('#serie-title').waitFor();
      expect(await chair.getByText('Välj datum för första mötet, så visas de upprepningar som passar.').count()).toBe(1);
      await tabTo(chair, '#serie-title');
      await chair.keyboard.type(MEETING);
      await tabTo(chair, '#serie-firstDate');
      await chair.locator('#serie-firstDate').fill(FIRST_DATE);
      await tabTo(chair, '#serie-startTime');
      await chair.keyboard.type('13:00');
      await tabTo(chair, '#serie-endTime');
      await chair.keyboard.type('15:00');
      // The recurrences offered follow from the first date, in words.
      const recurrence = chair.getByRole('group', { name: /^Hur ofta\?/ });
      await recurrence.getByRole('radio', { name: MONTHLY }).waitFor();
      expect(await recurrence.getByRole('radio').count()).toBe(recurrenceChoicesFor(FIRST_DATE).length);
      expect(await axeViolations(chair)).toEqual([]);
      await tabTo(chair, '#serie-recurrence-0');
      // Arrow keys move within a radio group; the monthly choice is the third.
      await chair.keyboard.press('ArrowDown');
      await chair.keyboard.press('ArrowDown');
      expect(await recurrence.getByRole('radio', { name: MONTHLY }).isChecked()).toBe(true);
      await tabTo(chair, '#serie-location');
      await chair.keyboard.type('Stadshuset i Motala');
      await tabTo(chair, 'form:has(#serie-title) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair
        .getByRole('status')
        .filter({ hasText: `Mötesserien är planerad: ${MONTHLY.toLowerCase()}.` })
        .waitFor();
      const upcoming = chair.getByRole('region', { name: 'Möten', exact: true });
      await upcoming.getByRole('link', { name: MEETING }).first().waitFor();
      expect(await upcoming.innerText()).toContain(`${FIRST_DATE_WORDS}, 13:00–15:00`);
      expect(await axeViolations(chair)).toEqual([]);

      // The first meeting of the series.
      await tabTo(chair, 'main section a[href*="/moten/"]');
      await chair.keyboard.press('Enter');
      await chair.waitForURL(new RegExp(`/natverk/${networkId}/moten/${UUID}$`));
      meetingPath = new URL(chair.url()).pathname;
      await chair.getByRole('heading', { level: 1, name: MEETING }).waitFor();
      expect(await chair.locator('main').innerText()).toContain(`${FIRST_DATE_WORDS}, 13:00–15:00`);
      expect(await axeViolations(chair)).toEqual([]);

      // "Lägg till i kalendern" downloads the meeting's .ics.
      const download = chair.waitForEvent('download');
      await tabTo(chair, 'button[aria-describedby="kalenderfil-hint"]');
      await chair.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toBe(`mote-${FIRST_DATE}.ics`);
      const ics = await readFile((await file.path())!, 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('TZID=Europe/Stockholm');
      expect(ics).toContain(MEETING);

      // The agenda, with the RepeatableRows editor.
      await tabTo(chair, 'button[aria-controls="dagordning-redigera"]');
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#dagordning-items-add');
      await chair.keyboard.press('Enter');
      await expect.poll(() => chair.evaluate(() => document.activeElement?.id)).toBe('dagordning-items-0-title');
      await chair.keyboard.type('Välkomna');
      await tabTo(chair, '#dagordning-items-add');
      await chair.keyboard.press('Enter');
      await expect.poll(() => chair.evaluate(() => document.activeElement?.id)).toBe('dagordning-items-1-title');
      await chair.keyboard.type('Introduktion för vårdbiträden');
      await chair.keyboard.press('Tab');
      await chair.keyboard.type('Lena Åström');
      expect(await axeViolations(chair)).toEqual([]);
      await tabTo(chair, 'form:has(#dagordning-items-0-title) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair.getByRole('status').filter({ hasText: 'Dagordningen är sparad.' }).waitFor();
      const agenda = chair.locator('ol.network-agenda');
      await agenda.getByText('Introduktion för vårdbiträden').waitFor();
      expect(await agenda.innerText()).toContain('Föredragande: Lena Åström');

      // Attendance: the members who came; saving marks the meeting held.
      await tabTo(chair, 'button[aria-controls="narvaro-redigera"]');
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#narvaro-present-0');
      await chair.keyboard.press('Space');
      await tabTo(chair, 'form:has(#narvaro-present-0) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair.getByRole('status').filter({ hasText: 'Närvaron är sparad och mötet är genomfört.' }).waitFor();
      const attendance = chair.getByRole('table', { name: 'Vilka som var med på mötet' });
      expect(await attendance.innerText()).toMatch(/Lena Åström\s+Motala kommun/);

      // Minutes: a draft with a preview, saved, then published.
      await tabTo(chair, 'button[aria-controls="protokoll-redigera"]');
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#protokoll-body');
      await chair.keyboard.type(MINUTES);
      await tabTo(chair, 'form:has(#protokoll-body) button[aria-expanded]');
      await chair.keyboard.press('Enter');
      const preview = chair.getByRole('region', { name: 'Förhandsgranskning' });
      await preview.getByRole('heading', { name: 'Beslutade frågor' }).waitFor();
      expect(await axeViolations(chair)).toEqual([]);
      await tabTo(chair, 'form:has(#protokoll-body) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair.getByRole('status').filter({ hasText: 'Protokollet är sparat.' }).waitFor();
      await chair.getByText('Utkast: bara ordförande och sekreterare ser det.', { exact: false }).waitFor();
      await tabTo(chair, 'section[aria-labelledby="protokoll-rubrik"] .network-actions > button.button:not(.button--secondary)');
      await chair.keyboard.press('Enter');
      const publish = chair.getByRole('dialog', { name: 'Publicera protokollet?' });
      await publish.waitFor();
      await chair.keyboard.press('Tab');
      await chair.keyboard.press('Enter');
      await chair.getByRole('status').filter({ hasText: 'Protokollet är publicerat.' }).waitFor();
      await chair.getByText(/^Publicerat /).waitFor();

      // A decision, numbered per network and year.
      await tabTo(chair, 'button[aria-controls="beslut-ny"]');
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#beslut-text');
      await chair.keyboard.type(DECISION);
      await tabTo(chair, '#beslut-responsible');
      await chair.keyboard.type('Lena Åström');
      await tabTo(chair, 'form:has(#beslut-text) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair
        .getByRole('status')
        .filter({ hasText: `Beslut ${YEAR}:1 är infört.` })
        .waitFor();
      await chair.getByRole('heading', { level: 3, name: `Beslut ${YEAR}:1` }).waitFor();

      // Changing it: the form opens filled in, the number stays, focus returns to its "Ändra".
      await tabTo(chair, `button[aria-label="Ändra beslut ${YEAR}:1"]`);
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#beslut-andra-text');
      expect(await chair.locator('#beslut-andra-text').inputValue()).toBe(DECISION);
      await tabTo(chair, 'form:has(#beslut-andra-text) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair
        .getByRole('status')
        .filter({ hasText: `Beslut ${YEAR}:1 är ändrat.` })
        .waitFor();
      expect(await chair.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Ändra beslut ${YEAR}:1`);

      // An action item with its owner and due date.
      await tabTo(chair, 'button[aria-controls="atgard-ny"]');
      await chair.keyboard.press('Enter');
      await tabTo(chair, '#atgard-title');
      await chair.keyboard.type(ACTION);
      await tabTo(chair, '#atgard-ownerUserId');
      await chair.selectOption('#atgard-ownerUserId', { label: 'Lena Åström' });
      await tabTo(chair, '#atgard-dueDate');
      await chair.locator('#atgard-dueDate').fill(DUE_DATE);
      await tabTo(chair, 'form:has(#atgard-title) button[type="submit"]');
      await chair.keyboard.press('Enter');
      await chair
        .getByRole('status')
        .filter({ hasText: `Åtgärden ”${ACTION}” är tillagd.` })
        .waitFor();
      const actions = chair.getByRole('table', { name: 'Åtgärder från mötet' });
      await actions.getByRole('rowheader', { name: ACTION }).waitFor();
      expect(await actions.innerText()).toMatch(/Lena Åström[\s\S]*Pågår/);
      expect(await axeViolations(chair)).toEqual([]);

      // The network's page: the decision log, the open action item and the events.
      await chair.goto(`${portal.url}/natverk/${networkId}`);
      const log = chair.getByRole('table', { name: 'Nätverkets beslut, senaste först' });
      await log.getByRole('rowheader', { name: `Beslut ${YEAR}:1` }).waitFor();
      expect(await log.innerText()).toContain(DECISION);
      const open = chair.locator('section', { has: chair.getByRole('heading', { level: 2, name: 'Öppna åtgärder' }) });
      await open.getByRole('rowheader', { name: ACTION }).waitFor();
      const events = chair.getByRole('table', { name: 'Vad som hänt i nätverket, senaste först' });
      await events.getByText(`Publicerade protokollet från ”${MEETING}”`).waitFor();
      await events.getByText(`Förde in Beslut ${YEAR}:1`).waitFor();

      // The network's calendar feed: created, copied, working, then removed.
      await tabToText(chair, 'Skapa en prenumerationsadress');
      await chair.keyboard.press('Enter');
      await chair.getByRole('status').filter({ hasText: 'Adressen är skapad.' }).waitFor();
      const address = await chair.getByLabel('Prenumerationsadress').inputValue();
      expect(address).toMatch(new RegExp(`^${portal.url}/kalender/[^/]+\\.ics$`));
      expect(await axeViolations(chair)).toEqual([]);
      await chair.getByRole('button', { name: 'Kopiera adressen' }).click();
      await chair.getByRole('status').filter({ hasText: 'Adressen är kopierad.' }).waitFor();
      expect(await chair.evaluate(() => navigator.clipboard.readText())).toBe(address);
      const feed = await fetch(address);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain(MEETING);
      await chair.getByRole('button', { name: /^Ta bort prenumerationen som skapades/ }).click();
      await chair.getByRole('dialog', { name: 'Ta bort prenumerationen?' }).getByRole('button', { name: 'Ja, ta bort' }).click();
      await chair.getByRole('status').filter({ hasText: 'Prenumerationen är borttagen' }).waitFor();
      expect((await fetch(address)).status).toBe(404);
    } finally {
      await chair.context().close();
    }
  });

  it('lets the member read the minutes, subscribe to all their networks’ meetings, and leave, after which the shared initiative is gone', async () => {
    expect(meetingPath).not.toBe('');
    const member = await signedInPage('projektledare.norrkoping', meetingPath);
    try {
      await member.getByRole('heading', { level: 1, name: MEETING }).waitFor();
      const minutes = member.locator('section', { has: member.getByRole('heading', { level: 2, name: 'Protokoll' }) });
      await minutes.getByRole('heading', { name: 'Beslutade frågor' }).waitFor();
      await member.getByRole('heading', { level: 3, name: `Beslut ${YEAR}:1` }).waitFor();
      // Members read; they do not plan.
      expect(await member.locator('button[aria-controls="dagordning-redigera"]').count()).toBe(0);
      expect(await axeViolations(member)).toEqual([]);

      await member.goto(`${portal.url}/mina-natverk`);
      const calendar = member.locator('section', { has: member.getByRole('heading', { level: 2, name: 'Alla mina nätverks möten i kalendern' }) });
      await calendar.getByText('Du har ingen prenumeration här ännu.').waitFor();
      await tabToText(member, 'Skapa en prenumerationsadress');
      await member.keyboard.press('Enter');
      await member.getByRole('status').filter({ hasText: 'Adressen är skapad.' }).waitFor();
      const address = await member.getByLabel('Prenumerationsadress').inputValue();
      expect(await axeViolations(member)).toEqual([]);
      const before = await (await fetch(address)).text();
      expect(before).toContain(MEETING);
      expect(before).toContain('BEGIN:VTIMEZONE');

      await member.goto(`${portal.url}/natverk/${networkId}`);
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

      // The feed of all my networks no longer holds the network's meetings.
      expect(await (await fetch(address)).text()).not.toContain(MEETING);
    } finally {
      await member.context().close();
    }
  });

  it('had no console errors (CSP violations included)', () => {
    // NOT_FOUND answers are expected failed requests, logged by nothing but the browser.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });
});
