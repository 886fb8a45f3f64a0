import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium } from './browser.js';

const CREATE = `mutation Create($input: InitiativeInput!) { createInitiative(input: $input) { id title } }`;
const RELATE = `mutation Relate($input: InitiativeRelationInput!) { addInitiativeRelation(input: $input) { id } }`;

const CONNECT_1 = {
  title: 'Connect 1 – samverkan på riktigt',
  summary: 'Förstudie om befintlig personal i skola, vård och omsorg.',
  // Markup that must never reach the page as markup.
  description:
    '## Bakgrund\n\nHR och **AME** arbetar var för sig.\n\n<img src="x" onerror="window.__xss = 1"><script>window.__xss = 2</script><p style="color:red" onclick="window.__xss = 3">Stilad</p>\n\n[Klicka](javascript:window.__xss=4)',
  visibility: 'PUBLIC',
  kind: 'pre-study',
  status: 'completed',
  startDate: '2021-02-01',
  endDate: '2021-12-31',
  themes: ['competence-supply', 'task-sharing'],
  targetGroups: ['permanent-staff'],
  occupations: ['undersköterska'],
  methods: ['Arbetsdelning'],
  contactPerson: { name: 'Anna Lind', email: 'anna.lind@linkoping.se' },
  projectLeader: { name: 'Per Holm', email: 'per.holm@linkoping.se' },
  partners: [
    { organization: 'tranas', role: 'partner' },
    { name: 'Arbetsförmedlingen', role: 'other' },
  ],
  fundingLines: [
    { funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', amountSek: 400000, status: 'granted', registryNumber: '2020/00694', programmeArea: 'PO1' },
    { funderType: 'own-budget', amountSek: 50000, status: 'applied' },
  ],
  participants: [{ period: '2021', women: 12, men: 3, otherOrUnknown: 0 }],
  results: 'En modell för Connect-tjänster.',
  lessonsLearned: 'Samverkan kräver tid.',
  implementationOwner: 'HR-avdelningen',
  implementationPlan: 'Införs i ordinarie verksamhet 2022.',
};

const CONNECT_2 = {
  title: 'Connect 2 – samverkan på riktigt',
  visibility: 'PUBLIC',
  kind: 'pre-study',
  status: 'completed',
  startDate: '2021-03-01',
  endDate: '2021-12-31',
  themes: ['labour-market-establishment'],
  targetGroups: ['outside-labour-market'],
  fundingLines: [{ funderType: 'esf-plus', amountSek: 400000, status: 'granted', registryNumber: '2020/00695' }],
};

const CONNECT_3 = {
  title: 'Connect 3 – genomförande i Norrköping',
  visibility: 'PUBLIC',
  kind: 'implementation',
  status: 'ongoing',
  startDate: '2022-08-15',
  themes: ['competence-supply'],
  targetGroups: ['outside-labour-market'],
};

describe('the initiative register and initiative page in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const ids: Record<string, string> = {};

  const create = async (token: string, input: object) => {
    const response = await gql<{ createInitiative: { id: string } }>(portal.url, CREATE, { input }, { authorization: `Bearer ${token}` });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createInitiative.id;
  };
  const relate = async (token: string, input: object) => {
    const response = await gql(portal.url, RELATE, { input }, { authorization: `Bearer ${token}` });
    expect(response.body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'register-browser', serveWeb: true, identity: true });
    const linkoping = (await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping' })).access_token;
    const norrkoping = (await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.norrkoping' })).access_token;
    ids['c1'] = await create(linkoping, CONNECT_1);
    ids['c2'] = await create(linkoping, CONNECT_2);
    ids['c3'] = await create(norrkoping, CONNECT_3);
    await relate(linkoping, { fromId: ids['c2'], toId: ids['c1'], kind: 'successor-of', note: 'Modellen för samverkan' });
    await relate(norrkoping, { fromId: ids['c3'], toId: ids['c2'], kind: 'builds-on' });

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
    page = await context.newPage();
    // Console errors include CSP violations (inline script or style) and failed requests.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('searches, filters through the address, and passes axe', async () => {
    await page.goto(`${portal.url}/initiativ`);
    await page.getByRole('status').filter({ hasText: '3 initiativ' }).waitFor();
    expect(await page.getByRole('link', { name: 'Registrera initiativ' }).count()).toBe(0);

    await page.getByLabel('Sök bland initiativ').fill('Connect');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL(/sok=Connect/);
    await page.getByRole('status').filter({ hasText: '3 initiativ matchar ”Connect”' }).waitFor();
    expect(await page.getByLabel('Sortera efter').inputValue()).toBe('relevans');

    const group = page.getByRole('group', { name: 'Målgrupp' });
    await group.getByRole('checkbox', { name: 'Befintliga tillsvidareanställda (1)' }).check();
    await page.waitForURL(/malgrupp=permanent-staff/);
    await page.getByRole('status').filter({ hasText: '1 initiativ matchar' }).waitFor();
    const results = page.getByRole('list', { name: 'Resultat' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    const item = await results.innerText();
    expect(item).toContain('Linköpings kommun');
    expect(item).toContain('Avslutad');
    expect(item).toContain('Förstudie');
    expect(item).toContain('Kompetensförsörjning');
    expect(item).toContain('Tranås kommun');
    expect(item).toMatch(/450\s000\skr/);
    expect(await axeViolations(page)).toEqual([]);

    // Reloading restores the same result from the address.
    await page.reload();
    await page.getByRole('status').filter({ hasText: '1 initiativ matchar' }).waitFor();
    expect(await page.getByLabel('Sök bland initiativ').inputValue()).toBe('Connect');
    expect(await page.getByRole('checkbox', { name: /Befintliga tillsvidareanställda/ }).isChecked()).toBe(true);

    // Sorting by title is kept in the address too.
    await page.getByRole('checkbox', { name: /Befintliga tillsvidareanställda/ }).uncheck();
    await page.getByLabel('Sortera efter').selectOption('titel');
    await page.waitForURL(/sortera=titel/);
    await page.getByRole('status').filter({ hasText: '3 initiativ matchar' }).waitFor();
    await expect.poll(() => results.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([CONNECT_1.title, CONNECT_2.title, CONNECT_3.title]);
  });

  it('shows an empty state with a way back', async () => {
    await page.goto(`${portal.url}/initiativ?sok=finnsintealls`);
    await page.getByText('Inga initiativ matchar ”finnsintealls” med de filter du valt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await page.getByRole('status').filter({ hasText: '3 initiativ' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('downloads the current result as CSV for Swedish Excel, and as xlsx', async () => {
    await page.goto(`${portal.url}/initiativ?sok=Connect&typ=pre-study`);
    await page.getByRole('status').filter({ hasText: '2 initiativ matchar' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^initiativ-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Titel;Ägarorganisation;Status;/);
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(csv).toContain(CONNECT_1.title);
    expect(csv).toContain(CONNECT_2.title);
    expect(csv).not.toContain(CONNECT_3.title);
    await page.getByText('Filen med 2 initiativ är nedladdad.').waitFor();

    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som Excel' }).click()]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile((await workbook.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('opens a result and shows every part of the initiative, sanitised', async () => {
    await page.goto(`${portal.url}/initiativ?sok=Connect`);
    await page.getByRole('link', { name: CONNECT_1.title }).click();
    await page.waitForURL(`${portal.url}/initiativ/${ids['c1']}`);
    await page.getByRole('heading', { level: 1, name: CONNECT_1.title }).waitFor();
    expect(await page.title()).toBe(`${CONNECT_1.title} – Projektkontor Östergötland`);
    const main = await page.locator('main').innerText();
    for (const text of [
      CONNECT_1.summary,
      'Linköpings kommun',
      'Alla, även utan inloggning',
      'Förstudie',
      'Avslutad',
      'Tranås kommun – Samverkanspart',
      'Arbetsförmedlingen – Annan roll',
      '2020/00694',
      'PO1',
      'Beviljad',
      'Sökt',
      'undersköterska',
      'En modell för Connect-tjänster.',
      'Samverkan kräver tid.',
      'HR-avdelningen',
      'Införs i ordinarie verksamhet 2022.',
    ]) {
      expect(main).toContain(text);
    }
    expect(main).toMatch(/450\s000\skr/);
    // Connect 2 holds the relation (successor of Connect 1); from this end it reads the other way.
    expect(main).toContain(`Föregångare till: ${CONNECT_2.title}`);
    expect(await page.getByRole('link', { name: 'anna.lind@linkoping.se' }).getAttribute('href')).toBe('mailto:anna.lind@linkoping.se');

    // The description is Markdown, with everything dangerous gone.
    const description = page.locator('.initiative-markdown');
    expect(await description.locator('h4').innerText()).toBe('Bakgrund');
    expect(await description.locator('strong').innerText()).toBe('AME');
    expect(await description.locator('img, script, [style], [onclick], a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Participants with their display values, and the pearl string in order with this one current.
    const participants = page.getByRole('table', { name: 'Deltagare per period, som summor' });
    // Fewer than 5 is hidden from those outside the owning organisation.
    // The total would give the hidden count away by subtraction, so it is hidden too.
    expect(await participants.getByRole('row').nth(1).innerText()).toMatch(/^2021\s+12\s+<5\s+0\s+dolt\b/);
    const pearls = page.getByRole('list', { name: 'Pärlbandet' }).getByRole('listitem');
    await expect.poll(() => pearls.count()).toBe(3);
    expect(await pearls.nth(0).getAttribute('aria-current')).toBe('page');
    expect(await pearls.nth(0).innerText()).toContain(CONNECT_1.title);
    expect(await pearls.nth(1).innerText()).toContain(CONNECT_2.title);
    expect(await pearls.nth(2).innerText()).toContain(`${CONNECT_3.title} (2022–)`);
    // Follow-ups exist because the initiative has an end date; their due dates are past.
    expect(await page.getByRole('table', { name: 'Uppföljningar efter projektslut' }).innerText()).toContain('Försenad');
    // Not signed in: no history and no edit link.
    expect(await page.getByRole('heading', { name: 'Historik' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The pearl string links on to the next initiative.
    await page.getByRole('list', { name: 'Pärlbandet' }).getByRole('link', { name: CONNECT_3.title }).click();
    await page.getByRole('heading', { level: 1, name: CONNECT_3.title }).waitFor();
    expect(await page.getByRole('list', { name: 'Pärlbandet' }).getByRole('listitem').last().getAttribute('aria-current')).toBe('page');
  });

  it('says clearly when an initiative does not exist', async () => {
    await page.goto(`${portal.url}/initiativ/00000000-0000-4000-8000-000000000000`);
    await page.getByText('Initiativet finns inte, eller så har du inte tillgång till det.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives a signed-in owner the register link, the edit link and the history', async () => {
    const signedIn = await browser.newContext({ locale: 'sv-SE' });
    const owner = await signedIn.newPage();
    try {
      await owner.goto(`${portal.url}/initiativ/${ids['c1']}`);
      await owner.getByRole('button', { name: 'Logga in' }).first().click();
      await owner.getByLabel('Användarnamn eller e-post').fill('projektledare.linkoping');
      await owner.getByLabel('Lösenord').fill('demo');
      await owner.getByRole('button', { name: 'Logga in' }).click();
      await owner.waitForURL(/\/initiativ/);
      await owner.goto(`${portal.url}/initiativ/${ids['c1']}`);
      await owner.getByRole('heading', { name: 'Historik' }).waitFor();
      await owner.getByRole('link', { name: 'Redigera' }).waitFor();
      expect(await owner.getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/initiativ/${ids['c1']}/redigera`);
      const history = owner.locator('.history-list');
      await history.locator('li').first().waitFor();
      expect(await history.innerText()).toMatch(/Skapad av/);
      expect(await axeViolations(owner)).toEqual([]);

      await owner.goto(`${portal.url}/initiativ`);
      await owner.getByRole('link', { name: 'Registrera initiativ' }).waitFor();
      expect(await owner.getByRole('link', { name: 'Registrera initiativ' }).getAttribute('href')).toBe('/initiativ/ny');
    } finally {
      await signedIn.close();
    }
  });

  it('had no console errors (CSP violations included)', () => {
    // The NOT_FOUND answer is an expected failed request, logged by nothing but the browser.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });
});
