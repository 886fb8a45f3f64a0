import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { CHANGES, worded } from '../support/history.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, tabTo } from './browser.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

type DatePart = 'year' | 'month' | 'day';

/**
 * The order of the segments in Chromium's date field: it follows the browser's own locale
 * (en-US in headless Chromium, whatever the page's language), so find it out once on a scratch page.
 */
async function dateSegmentOrder(context: BrowserContext): Promise<DatePart[]> {
  const probe = await context.newPage();
  try {
    await probe.setContent('<button id="b">b</button><input id="d" type="date">');
    const orders: DatePart[][] = [
      ['year', 'month', 'day'],
      ['month', 'day', 'year'],
      ['day', 'month', 'year'],
    ];
    for (const order of orders) {
      await probe.evaluate(() => {
        (document.getElementById('d') as HTMLInputElement).value = '';
        // Focus must come from outside, so it lands on the first segment again.
        document.getElementById('b')?.focus();
      });
      await probe.focus('#d');
      await typeDateParts(probe, order, { year: '2024', month: '03', day: '15' });
      if ((await probe.inputValue('#d')) === '2024-03-15') return order;
    }
    throw new Error('Could not work out the order of the date field');
  } finally {
    await probe.close();
  }
}

async function typeDateParts(page: Page, order: readonly DatePart[], parts: Record<DatePart, string>): Promise<void> {
  for (const [index, part] of order.entries()) {
    await page.keyboard.type(parts[part]);
    // Two-digit month and day move on by themselves; the year field takes up to six digits.
    if (part === 'year' && index < order.length - 1) await page.keyboard.press('ArrowRight');
  }
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const monthsAgo = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return isoDate(date);
};

const CREATE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: InitiativeInput!) { updateInitiative(id: $id, version: $version, input: $input) { id version } }`;

describe('the initiative form and Mina uppföljningar in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let auth: Record<string, string>;
  let createdId = '';
  let conflictId = '';
  let dateOrder: DatePart[] = ['year', 'month', 'day'];

  /** Types a date into the focused date field, segment by segment, as a keyboard user does. */
  async function typeDate(value: string): Promise<void> {
    const [year, month, day] = value.split('-') as [string, string, string];
    await typeDateParts(page, dateOrder, { year, month, day });
  }

  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await gql<T>(portal.url, query, variables, auth);
    if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as T;
  }

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'initiative-form-browser', serveWeb: true, identity: true });
    browser = await launchChromium();
    auth = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping', password: 'demo' })).access_token}` };
    context = await browser.newContext({ locale: 'sv-SE' });
    dateOrder = await dateSegmentOrder(context);
    page = await context.newPage();
    // A dirty form warns on beforeunload; between tests we do want to leave.
    page.on('dialog', (dialog) => void dialog.accept());

    await page.goto(`${portal.url}/initiativ/ny`);
    await page.getByText('Du behöver logga in för att registrera och ändra initiativ.').waitFor();
    await page.getByRole('button', { name: 'Logga in' }).first().click();
    await page.getByLabel('Användarnamn eller e-post').fill('projektledare.linkoping');
    await page.getByLabel('Lösenord').fill('demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${portal.url}/initiativ/ny`);
    await page.getByText('Inloggad som Anna Lind').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await portal?.stop();
  });

  it('registers an initiative with the keyboard only, after showing a date error in the summary and at the field', async () => {
    await page.getByRole('heading', { level: 1, name: 'Registrera initiativ' }).waitFor();
    await page.getByLabel('Titel').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, '#initiativ-title');
    await page.keyboard.type('Språkombud i äldreomsorgen');
    await tabTo(page, '#initiativ-kind');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#initiativ-startDate');
    await typeDate('2024-03-01');
    await tabTo(page, '#initiativ-endDate');
    await typeDate('2024-02-01');
    expect(await page.inputValue('#initiativ-startDate')).toBe('2024-03-01');
    expect(await page.inputValue('#initiativ-endDate')).toBe('2024-02-01');

    // "Det är jag" fills in the signed-in user.
    await page.getByRole('button', { name: 'Det är jag: fyll i mig som kontaktperson' }).waitFor();
    await tabTo(page, '#initiativ-contactPerson-me');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#initiativ-contactPerson-name')).toBe('Anna Lind');

    // A partner row: the add button moves focus into the new row.
    await tabTo(page, '#initiativ-partners-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('initiativ-partners-0-role');
    await tabTo(page, '#initiativ-partners-0-name');
    await page.keyboard.type('Arbetsförmedlingen');
    await page.getByRole('button', { name: 'Ta bort part 1' }).waitFor();

    await tabTo(page, '#initiativ-themes-3');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#initiativ-themes-3')).toBe(true);
    // Bara min organisation → Min organisation och valda nätverk → Alla inloggade i regionen.
    await tabTo(page, '#initiativ-visibility-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#initiativ-visibility-2')).toBe(true);

    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller fel' });
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Slutdatum kan inte vara före startdatum.']);
    expect(await page.getAttribute('#initiativ-endDate', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#initiativ-endDate', 'aria-describedby')).toContain('initiativ-endDate-error');
    expect(await page.locator('#initiativ-endDate-error').textContent()).toBe('Slutdatum kan inte vara före startdatum.');
    expect(await axeViolations(page)).toEqual([]);

    // The summary's link takes focus to the field; fix it and save.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('initiativ-endDate');
    await typeDate('2024-12-31');
    expect(await page.inputValue('#initiativ-endDate')).toBe('2024-12-31');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/initiativ/${UUID}$`));
    createdId = new URL(page.url()).pathname.split('/')[2]!;

    const stored = await graphql<{
      initiative: {
        title: string;
        kind: string;
        endDate: string;
        visibility: string;
        contactPerson: { name: string };
        partners: Array<{ name: string }>;
        themes: string[];
      };
    }>(
      `
        query ($id: ID!) {
          initiative(id: $id) {
            title
            kind
            endDate
            visibility
            contactPerson {
              name
            }
            partners {
              name
            }
            themes
          }
        }
      `,
      { id: createdId },
    );
    expect(stored.initiative).toEqual({
      title: 'Språkombud i äldreomsorgen',
      kind: 'pre-study',
      endDate: '2024-12-31',
      visibility: 'REGION',
      contactPerson: { name: 'Anna Lind' },
      partners: [{ name: 'Arbetsförmedlingen' }],
      themes: ['competence-supply'],
    });
  });

  it('edits an initiative, showing the server’s field errors first, and the change is in the history', async () => {
    expect(createdId).not.toBe('');
    await page.goto(`${portal.url}/initiativ/${createdId}/redigera`);
    await page.getByRole('heading', { level: 1, name: 'Redigera initiativ' }).waitFor();
    await expect.poll(() => page.inputValue('#initiativ-title')).toBe('Språkombud i äldreomsorgen');
    expect(await axeViolations(page)).toEqual([]);

    // Only the server knows that outcomes cannot outnumber the participants.
    await page.getByRole('button', { name: 'Lägg till period' }).click();
    await page.locator('#initiativ-participants-0-period').fill('2024');
    await page.locator('#initiativ-participants-0-women').fill('2');
    await page.locator('#initiativ-participants-0-toWork').fill('5');
    await page.getByRole('button', { name: 'Spara initiativet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller fel' });
    await summary.getByRole('link', { name: 'Utfallen (arbete, studier, annat) kan inte vara fler än deltagarna.' }).waitFor();
    expect(await page.getAttribute('#initiativ-participants-0-toWork', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#initiativ-participants-0-toWork').fill('1');
    await page.locator('#initiativ-title').fill('Språkombud i hela äldreomsorgen');
    await page.getByRole('button', { name: 'Spara initiativet' }).click();
    await page.waitForURL(`${portal.url}/initiativ/${createdId}`);

    const history = worded(
      await graphql<{
        initiativeHistory: Array<{ action: string; actorName: string; changes: Array<{ field: string; before: string | null; after: string | null }> }>;
      }>(`query ($id: ID!) { initiativeHistory(id: $id) { action actorName ${CHANGES} } }`, { id: createdId }),
    );
    expect(history.initiativeHistory[0]).toMatchObject({ action: 'updated', actorName: 'Anna Lind' });
    expect(history.initiativeHistory[0]!.changes).toContainEqual({
      field: 'title',
      before: 'Språkombud i äldreomsorgen',
      after: 'Språkombud i hela äldreomsorgen',
    });
  });

  it('tells about a conflicting change, keeps what was typed, and loads the latest version on request', async () => {
    const input = { title: 'Handledarutbildning 2025', kind: 'implementation', status: 'ongoing', startDate: '2025-01-01', summary: 'Från början' };
    const { createInitiative } = await graphql<{ createInitiative: { id: string; version: number } }>(CREATE, { input });
    conflictId = createInitiative.id;
    await page.goto(`${portal.url}/initiativ/${createInitiative.id}/redigera`);
    await expect.poll(() => page.inputValue('#initiativ-title')).toBe('Handledarutbildning 2025');

    // Someone else (here the same user in another tab) saves in the meantime.
    await graphql(UPDATE, { id: createInitiative.id, version: createInitiative.version, input: { ...input, summary: 'Ändrad i bakgrunden' } });

    await page.locator('#initiativ-title').fill('Min egen titel');
    await page.getByRole('button', { name: 'Spara initiativet' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat initiativet' });
    await conflict.waitFor();
    const text = await conflict.innerText();
    expect(text).toContain('Kort sammanfattning: ”Från början” → ”Ändrad i bakgrunden”');
    expect(text).toContain('Ändrat av Anna Lind');
    expect(await page.inputValue('#initiativ-title')).toBe('Min egen titel');
    expect(await axeViolations(page)).toEqual([]);

    await conflict.getByRole('button', { name: 'Ladda den senaste versionen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ladda den senaste versionen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, ladda den senaste versionen' }).click();
    await page.getByText('Den senaste versionen är laddad.').waitFor();
    expect(await page.inputValue('#initiativ-summary')).toBe('Ändrad i bakgrunden');
    expect(await page.inputValue('#initiativ-title')).toBe('Handledarutbildning 2025');

    await page.locator('#initiativ-title').fill('Min egen titel');
    await page.getByRole('button', { name: 'Spara initiativet' }).click();
    await page.waitForURL(`${portal.url}/initiativ/${createInitiative.id}`);
  });

  it('adds and removes relations, refuses a cycle, archives and restores, and warns before unsaved changes are lost', async () => {
    expect(conflictId).not.toBe('');
    await page.goto(`${portal.url}/initiativ/${conflictId}/redigera`);
    await page.getByRole('heading', { level: 2, name: 'Relationer' }).waitFor();
    await page.getByText('Initiativet har inga relationer.').waitFor();

    const relations = page.locator('section', { has: page.getByRole('heading', { name: 'Relationer' }) });
    await relations.getByLabel('Typ av relation').selectOption('builds-on');
    await relations.getByLabel('Sök det andra initiativet').fill('Språkombud');
    await relations.getByRole('button', { name: 'Sök', exact: true }).click();
    await relations.getByLabel(/Språkombud i hela äldreomsorgen/).check();
    await relations.getByLabel('Anteckning (frivilligt)').fill('Språkombudsmodellen');
    await relations.getByRole('button', { name: 'Lägg till relationen' }).click();
    await relations.getByText('Relationen till Språkombud i hela äldreomsorgen är tillagd.').waitFor();
    await relations.getByRole('button', { name: 'Ta bort relationen till Språkombud i hela äldreomsorgen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The relation moved the version on; saving the form afterwards is not a conflict.
    await page.locator('#initiativ-summary').fill('Sammanfattning efter relationen');
    // In-app navigation with unsaved changes asks first.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    const unsaved = page.getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
    await unsaved.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await unsaved.getByRole('button', { name: 'Stanna kvar' }).click();
    await unsaved.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/initiativ/${conflictId}/redigera`);
    expect(await page.inputValue('#initiativ-summary')).toBe('Sammanfattning efter relationen');
    await page.getByRole('button', { name: 'Spara initiativet' }).click();
    await page.waitForURL(`${portal.url}/initiativ/${conflictId}`);

    // From the other end the same chain would become a cycle, which the server refuses.
    await page.goto(`${portal.url}/initiativ/${createdId}/redigera`);
    const otherRelations = page.locator('section', { has: page.getByRole('heading', { name: 'Relationer' }) });
    await otherRelations.getByText(/Byggs vidare av/).waitFor();
    await otherRelations.getByLabel('Typ av relation').selectOption('builds-on');
    await otherRelations.getByLabel('Sök det andra initiativet').fill('Min egen titel');
    await otherRelations.getByLabel('Sök det andra initiativet').press('Enter');
    await otherRelations.getByLabel(/Min egen titel/).check();
    await otherRelations.getByRole('button', { name: 'Lägg till relationen' }).click();
    await otherRelations.getByText('Det skulle bli en cirkel: det andra initiativet bygger redan på eller efterföljer det här.').waitFor();
    expect(await page.getAttribute('#relation-sok', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Back on the first one: remove the relation, archive and restore.
    await page.goto(`${portal.url}/initiativ/${conflictId}/redigera`);
    await page.getByRole('button', { name: 'Ta bort relationen till Språkombud i hela äldreomsorgen' }).click();
    await page.getByText('Relationen till Språkombud i hela äldreomsorgen är borttagen.').waitFor();
    await page.getByText('Initiativet har inga relationer.').waitFor();
    await page.getByRole('button', { name: 'Arkivera initiativet' }).click();
    const archive = page.getByRole('dialog', { name: 'Arkivera initiativet?' });
    await archive.getByRole('button', { name: 'Ja, arkivera' }).click();
    await page.getByRole('status').filter({ hasText: 'Initiativet är arkiverat.' }).waitFor();
    await page.locator('#initiativ-title').waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Återställ initiativet' }).click();
    await page.getByText('Initiativet är återställt.').waitFor();
    expect(await page.inputValue('#initiativ-title')).toBe('Min egen titel');
  });

  it('lists an overdue follow-up on Mina uppföljningar and records it', async () => {
    const title = 'Avslutad pilot med uppföljning';
    await graphql(CREATE, { input: { title, kind: 'pilot', status: 'completed', startDate: monthsAgo(19), endDate: monthsAgo(7) } });
    await page.goto(`${portal.url}/mina-uppfoljningar`);
    await page.getByRole('heading', { level: 1, name: 'Mina uppföljningar' }).waitFor();
    const item = page.locator('li.follow-up', { has: page.getByRole('link', { name: title }) });
    await item.waitFor();
    const itemText = await item.innerText();
    expect(itemText).toContain('Efter 6 månader');
    expect(itemText).toContain('Försenad');
    expect(await axeViolations(page)).toEqual([]);

    await item.getByLabel('Implementerad i ordinarie verksamhet').check();
    await item.getByLabel('Vad lever kvar?').fill('Språkombuden finns kvar på alla boenden.');
    await item.getByLabel('Vem äger det nu?').fill('Vård- och omsorgsförvaltningen');
    await item.getByLabel('Länk till underlag').fill('https://example.se/rapport');
    await item.getByRole('button', { name: /Registrera uppföljningen/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Uppföljningen av ”${title}” (efter 6 månader) är registrerad.` })
      .waitFor();
    await expect.poll(() => page.locator('li.follow-up', { has: page.getByRole('link', { name: title }) }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows on the initiative page who added a relation, and lets the target’s owner remove it after confirming', async () => {
    const own = await graphql<{ createInitiative: { id: string } }>(CREATE, {
      input: { title: 'Linköpings mål för en länk', kind: 'pilot', status: 'idea', visibility: 'REGION' },
    });
    const norrkoping = {
      authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.norrkoping', password: 'demo' })).access_token}`,
    };
    const foreign = await gql<{ createInitiative: { id: string } }>(
      portal.url,
      CREATE,
      { input: { title: 'Norrköpings påbyggnad', kind: 'pilot', status: 'idea', visibility: 'REGION' } },
      norrkoping,
    );
    const linked = await gql(
      portal.url,
      `mutation ($input: InitiativeRelationInput!) { addInitiativeRelation(input: $input) { id } }`,
      { input: { fromId: foreign.body.data!.createInitiative.id, toId: own.createInitiative.id, kind: 'builds-on', note: 'Norrköpings anteckning' } },
      norrkoping,
    );
    expect(linked.body.errors).toBeUndefined();

    await page.goto(`${portal.url}/initiativ/${own.createInitiative.id}`);
    const relations = page.locator('section', { has: page.getByRole('heading', { name: 'Relationer till andra initiativ' }) });
    await relations.getByText('Tillagd av Norrköpings kommun').waitFor();
    expect(await relations.innerText()).toContain('Byggs vidare av: Norrköpings påbyggnad');
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const remove = relations.getByRole('button', { name: 'Ta bort relationen ”Byggs vidare av: Norrköpings påbyggnad”' });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort relationen?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').filter({ hasText: 'Relationen ”Byggs vidare av: Norrköpings påbyggnad” är borttagen.' }).waitFor();
    await relations.getByText('Inga relationer registrerade.').waitFor();
    // The history on the page follows without a reload: the removal is there, under the other end's title.
    await page.locator('.history-list').getByText('Byggs vidare av: Norrköpings påbyggnad').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks someone who is not signed in to sign in', async () => {
    const guest = await browser.newContext({ locale: 'sv-SE' });
    try {
      const guestPage = await guest.newPage();
      await guestPage.goto(`${portal.url}/mina-uppfoljningar`);
      await guestPage.getByText('Logga in för att se din organisations uppföljningar.').waitFor();
      expect(await axeViolations(guestPage)).toEqual([]);
    } finally {
      await guest.close();
    }
  });
});
