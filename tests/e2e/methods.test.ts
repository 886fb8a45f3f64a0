import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, tabTo } from './browser.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const CREATE_METHOD = `mutation ($input: MethodInput!) { createMethod(input: $input) { id version } }`;
const UPDATE_METHOD = `mutation ($id: ID!, $version: Int!, $input: MethodInput!) { updateMethod(id: $id, version: $version, input: $input) { id version } }`;
const CREATE_INITIATIVE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }`;
const LINK = `mutation ($initiativeId: ID!, $methodId: ID!) { linkInitiativeMethod(initiativeId: $initiativeId, methodId: $methodId) { id } }`;

const SUPPORTED_EMPLOYMENT = {
  name: 'Supported Employment',
  summary: 'Arbetslivsinriktad rehabilitering med stöd på en riktig arbetsplats.',
  description: '## Så fungerar det\n\nStöd **på arbetsplatsen** från start.',
  problem: 'Personer långt från arbetsmarknaden kommer inte vidare till anställning.',
  visibility: 'PUBLIC',
  themes: ['vocational-rehabilitation'],
  targetGroups: ['social-assistance'],
  steps: [{ title: 'Kartlägg intressen', description: 'Tillsammans med deltagaren.' }],
  requirements: { training: 'Utbildning i metoden.', certification: '', staffing: 'En jobbcoach per 15 deltagare.', indicativeCost: '' },
  evidenceLevel: 'research-supported',
  evidenceSources: [{ title: 'Bejerholm et al. (2014)', url: 'https://example.se/bejerholm', kind: 'research' }],
  contactPerson: { name: 'Anna Lind', email: 'anna.lind@linkoping.se' },
};

const LANGUAGE_AGENTS = {
  name: 'Språkombud på arbetsplatsen',
  summary: 'Utbildade kollegor stöttar språkutvecklingen.',
  visibility: 'PUBLIC',
  themes: ['language-development'],
  evidenceLevel: 'promising',
  evidenceSources: [{ title: 'Egen uppföljning 2023', kind: 'local-follow-up' }],
};

const INITIATIVE = { title: 'Vägen till jobb i Linköping', visibility: 'PUBLIC', kind: 'pilot', status: 'ongoing', startDate: '2024-01-01' };

describe('the method bank in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let auth: Record<string, string>;
  const ids: Record<string, string> = {};
  const problems: string[] = [];

  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await gql<T>(portal.url, query, variables, auth);
    if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as T;
  }

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'methods-browser', serveWeb: true, identity: true });
    auth = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping', password: 'demo' })).access_token}` };
    ids['se'] = (await graphql<{ createMethod: { id: string } }>(CREATE_METHOD, { input: SUPPORTED_EMPLOYMENT })).createMethod.id;
    ids['sprak'] = (await graphql<{ createMethod: { id: string } }>(CREATE_METHOD, { input: LANGUAGE_AGENTS })).createMethod.id;
    ids['initiative'] = (await graphql<{ createInitiative: { id: string } }>(CREATE_INITIATIVE, { input: INITIATIVE })).createInitiative.id;
    await graphql(LINK, { initiativeId: ids['initiative'], methodId: ids['se'] });

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lets anyone browse the bank, filter by evidence level, open a method and see the initiatives using it', async () => {
    await page.goto(`${portal.url}/`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Metoder' }).click();
    await page.waitForURL(`${portal.url}/metoder`);
    await page.getByRole('heading', { level: 1, name: 'Metoder' }).waitFor();
    await page.getByRole('status').filter({ hasText: '2 metoder' }).waitFor();
    expect(await page.getByRole('link', { name: 'Beskriv en metod' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const evidence = page.getByRole('group', { name: 'Evidensnivå' });
    await evidence.getByRole('checkbox', { name: 'Forskningsstöd (1)' }).check();
    await page.waitForURL(/evidens=research-supported/);
    await page.getByRole('status').filter({ hasText: '1 metod' }).waitFor();
    const results = page.getByRole('list', { name: 'Resultat' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    const item = await results.innerText();
    expect(item).toContain(SUPPORTED_EMPLOYMENT.name);
    expect(item).toContain(SUPPORTED_EMPLOYMENT.summary);
    expect(item).toContain('Forskningsstöd');
    expect(item).toContain('Linköpings kommun');
    // The organisation using it is a facet too.
    await page.getByRole('group', { name: 'Används av' }).getByRole('checkbox', { name: 'Linköpings kommun (1)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await results.getByRole('link', { name: SUPPORTED_EMPLOYMENT.name }).click();
    await page.waitForURL(`${portal.url}/metoder/${ids['se']}`);
    await page.getByRole('heading', { level: 1, name: SUPPORTED_EMPLOYMENT.name }).waitFor();
    expect(await page.title()).toBe(`${SUPPORTED_EMPLOYMENT.name} – Projektkontor Östergötland`);
    const main = await page.locator('main').innerText();
    for (const text of [
      SUPPORTED_EMPLOYMENT.problem,
      'Kartlägg intressen',
      'En jobbcoach per 15 deltagare.',
      'Portalen graderar inte metoder.',
      'Typ av källa: Forskning',
      'Fråga dem',
    ]) {
      expect(main).toContain(text);
    }
    expect(await page.locator('.method-markdown h4').innerText()).toBe('Så fungerar det');
    expect(await page.getByRole('link', { name: 'Bejerholm et al. (2014)' }).getAttribute('href')).toBe('https://example.se/bejerholm');
    const uses = page.getByRole('table', { name: 'Initiativ som använder metoden, med status och vad som lever kvar' });
    expect(await uses.innerText()).toContain(INITIATIVE.title);
    expect(await uses.innerText()).toContain('Pågående');
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Historik' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // From the initiative back to the method.
    await uses.getByRole('link', { name: INITIATIVE.title }).click();
    await page.getByRole('heading', { level: 1, name: INITIATIVE.title }).waitFor();
    expect(await page.getByRole('link', { name: SUPPORTED_EMPLOYMENT.name }).getAttribute('href')).toBe(`/metoder/${ids['se']}`);
  });

  it('says clearly when a method does not exist', async () => {
    await page.goto(`${portal.url}/metoder/00000000-0000-4000-8000-000000000000`);
    await page.getByText('Metoden finns inte, eller så har du inte tillgång till den.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a project leader describe a method with the keyboard, edit it, meet a conflict and see the history', async () => {
    const signedIn = await browser.newContext({ locale: 'sv-SE' });
    const leader = await signedIn.newPage();
    leader.on('dialog', (dialog) => void dialog.accept());
    try {
      await leader.goto(`${portal.url}/metoder/ny`);
      await leader.getByText('Du behöver logga in för att beskriva och ändra metoder.').waitFor();
      await leader.getByRole('button', { name: 'Logga in' }).first().click();
      await leader.getByLabel('Användarnamn eller e-post').fill('projektledare.linkoping');
      await leader.getByLabel('Lösenord').fill('demo');
      await leader.getByRole('button', { name: 'Logga in' }).click();
      await leader.waitForURL(`${portal.url}/metoder/ny`);
      await leader.getByRole('heading', { level: 1, name: 'Beskriv en metod' }).waitFor();
      await leader.locator('#metod-name').waitFor();
      expect(await axeViolations(leader)).toEqual([]);

      // A level without a source is refused before anything is sent.
      await tabTo(leader, '#metod-name');
      await leader.keyboard.type('Jobbspår inom äldreomsorgen');
      await tabTo(leader, '#metod-summary');
      await leader.keyboard.type('Utbildning och praktik mot undersköterskeyrket.');
      await tabTo(leader, '#metod-evidenceLevel');
      await leader.selectOption('#metod-evidenceLevel', 'proven-experience');
      await tabTo(leader, 'button[type="submit"]');
      await leader.keyboard.press('Enter');
      const summary = leader.getByRole('alert').filter({ hasText: 'Formuläret innehåller fel' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual(['Ange minst en källa för evidensnivån.']);
      expect(await axeViolations(leader)).toEqual([]);

      // The summary's link leads to the add button; a new row takes focus.
      await leader.keyboard.press('Tab');
      await leader.keyboard.press('Enter');
      await expect.poll(() => leader.evaluate(() => document.activeElement?.id)).toBe('metod-evidenceSources-add');
      await leader.keyboard.press('Enter');
      await expect.poll(() => leader.evaluate(() => document.activeElement?.id)).toBe('metod-evidenceSources-0-title');
      await leader.keyboard.type('Utvärdering av jobbspår 2022');
      await leader.selectOption('#metod-evidenceSources-0-kind', 'evaluation');
      await leader.locator('#metod-visibility-3').check(); // Alla, även utan inloggning
      await tabTo(leader, 'button[type="submit"]');
      await leader.keyboard.press('Enter');
      await leader.waitForURL(new RegExp(`/metoder/${UUID}$`));
      const id = new URL(leader.url()).pathname.split('/')[2]!;
      await leader.getByRole('heading', { level: 1, name: 'Jobbspår inom äldreomsorgen' }).waitFor();
      expect(await leader.locator('main').innerText()).toContain('Beprövad erfarenhet');
      expect(await leader.locator('main').innerText()).toContain('Typ av källa: Utvärdering');

      // Edit it.
      await leader.getByRole('link', { name: 'Redigera' }).click();
      await leader.getByRole('heading', { level: 1, name: 'Redigera metod' }).waitFor();
      await expect.poll(() => leader.inputValue('#metod-name')).toBe('Jobbspår inom äldreomsorgen');
      expect(await axeViolations(leader)).toEqual([]);
      await leader.locator('#metod-summary').fill('Utbildning och praktik mot undersköterska och vårdbiträde.');
      await leader.getByRole('button', { name: 'Spara ändringarna' }).click();
      await leader.waitForURL(`${portal.url}/metoder/${id}`);
      await leader.getByText('Utbildning och praktik mot undersköterska och vårdbiträde.').first().waitFor();

      // Someone else saves while the form is open: the save is a conflict, the typed text stays.
      await leader.getByRole('link', { name: 'Redigera' }).click();
      await expect.poll(() => leader.inputValue('#metod-name')).toBe('Jobbspår inom äldreomsorgen');
      const { method } = await graphql<{ method: { version: number } }>(
        `
          query ($id: ID!) {
            method(id: $id) {
              version
            }
          }
        `,
        { id },
      );
      await graphql(UPDATE_METHOD, {
        id,
        version: method.version,
        input: {
          name: 'Jobbspår inom äldreomsorgen',
          summary: 'Ändrad i bakgrunden',
          visibility: 'PUBLIC',
          evidenceLevel: 'proven-experience',
          evidenceSources: [{ title: 'Utvärdering av jobbspår 2022', kind: 'evaluation' }],
        },
      });
      await leader.locator('#metod-problem').fill('Brist på undersköterskor.');
      await leader.getByRole('button', { name: 'Spara ändringarna' }).click();
      const conflict = leader.getByRole('alert').filter({ hasText: 'Någon annan har ändrat metoden' });
      await conflict.waitFor();
      expect(await conflict.innerText()).toContain('Ändrad i bakgrunden');
      expect(await leader.inputValue('#metod-problem')).toBe('Brist på undersköterskor.');
      expect(await axeViolations(leader)).toEqual([]);
      await conflict.getByRole('button', { name: 'Ladda den senaste versionen' }).click();
      await leader.getByRole('dialog', { name: 'Ladda den senaste versionen?' }).getByRole('button', { name: 'Ja, ladda den senaste versionen' }).click();
      await expect.poll(() => leader.inputValue('#metod-summary')).toBe('Ändrad i bakgrunden');

      // The history on the method's page tells who did what.
      await leader.goto(`${portal.url}/metoder/${id}`);
      const history = leader.locator('.history-list');
      await history.locator('li').first().waitFor();
      const historyText = await history.innerText();
      expect(historyText).toMatch(/Skapad av Anna Lind/);
      expect(historyText).toMatch(/Ändrad av Anna Lind/);
      expect(historyText).toContain('Ändrad i bakgrunden');
      expect(await axeViolations(leader)).toEqual([]);

      // The owner of an initiative links a method from the bank to it, and unlinks it again.
      await leader.goto(`${portal.url}/initiativ/${ids['initiative']}`);
      const section = leader.locator('section', { has: leader.getByRole('heading', { level: 2, name: 'Metoder från metodbanken' }) });
      await section.getByRole('link', { name: SUPPORTED_EMPLOYMENT.name }).waitFor();
      await expect.poll(() => section.locator('option', { hasText: LANGUAGE_AGENTS.name }).count()).toBe(1);
      await section.getByLabel(/^Koppla en metod/).selectOption({ label: LANGUAGE_AGENTS.name });
      await section.getByRole('button', { name: 'Koppla metoden' }).click();
      await section.getByText(`Metoden ”${LANGUAGE_AGENTS.name}” är kopplad till initiativet.`).waitFor();
      await section.getByRole('link', { name: LANGUAGE_AGENTS.name }).waitFor();
      expect(await axeViolations(leader)).toEqual([]);
      await section.getByRole('button', { name: `Ta bort kopplingen till ”${LANGUAGE_AGENTS.name}”` }).click();
      await section.getByText(`Kopplingen till ”${LANGUAGE_AGENTS.name}” är borttagen.`).waitFor();
      await expect.poll(() => section.getByRole('link', { name: LANGUAGE_AGENTS.name }).count()).toBe(0);
    } finally {
      await signedIn.close();
    }
  });

  it('lets a project leader pick a method from the bank in the initiative form by keyboard and see it on the initiative page', async () => {
    const signedIn = await browser.newContext({ locale: 'sv-SE' });
    const leader = await signedIn.newPage();
    try {
      await leader.goto(`${portal.url}/initiativ/${ids['initiative']}/redigera`);
      await leader.getByRole('button', { name: 'Logga in' }).first().click();
      await leader.getByLabel('Användarnamn eller e-post').fill('projektledare.linkoping');
      await leader.getByLabel('Lösenord').fill('demo');
      await leader.getByRole('button', { name: 'Logga in' }).click();
      await leader.waitForURL(`${portal.url}/initiativ/${ids['initiative']}/redigera`);
      await expect.poll(() => leader.inputValue('#initiativ-title')).toBe(INITIATIVE.title);
      const picker = leader.getByRole('group', { name: 'Metoder ur metodbanken' });
      // The edit form starts with the initiative's links.
      await picker.getByRole('button', { name: `Ta bort ${SUPPORTED_EMPLOYMENT.name}` }).waitFor();
      expect(await axeViolations(leader)).toEqual([]);

      await tabTo(leader, '#initiativ-methodIds-search');
      await leader.keyboard.type('språkombud');
      const add = picker.getByRole('button', { name: `Lägg till ${LANGUAGE_AGENTS.name}` });
      await add.waitFor();
      await picker.getByRole('status').filter({ hasText: '1 metod hittades.' }).waitFor();
      expect(await axeViolations(leader)).toEqual([]);
      await tabTo(leader, '.method-picker__results button');
      expect(await leader.evaluate(() => document.activeElement?.textContent)).toBe(`Lägg till ${LANGUAGE_AGENTS.name}`);
      await leader.keyboard.press('Enter');
      await picker
        .getByRole('status')
        .filter({ hasText: `${LANGUAGE_AGENTS.name} är tillagd.` })
        .waitFor();
      await expect.poll(() => leader.evaluate(() => document.activeElement?.id)).toBe('initiativ-methodIds-search');
      await picker
        .getByRole('list', { name: 'Valda metoder' })
        .getByRole('button', { name: `Ta bort ${LANGUAGE_AGENTS.name}` })
        .waitFor();
      expect(await axeViolations(leader)).toEqual([]);

      await tabTo(leader, 'button[type="submit"]');
      await leader.keyboard.press('Enter');
      await leader.waitForURL(`${portal.url}/initiativ/${ids['initiative']}`);
      const section = leader.locator('section', { has: leader.getByRole('heading', { level: 2, name: 'Metoder från metodbanken' }) });
      await section.getByRole('link', { name: LANGUAGE_AGENTS.name }).waitFor();
      await section.getByRole('link', { name: SUPPORTED_EMPLOYMENT.name }).waitFor();
      expect(await axeViolations(leader)).toEqual([]);
    } finally {
      await signedIn.close();
    }
  });

  it('had no console errors (CSP violations included)', () => {
    // The NOT_FOUND answer is an expected failed request, logged by nothing but the browser.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });
});
