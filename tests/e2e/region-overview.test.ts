import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, tabTo } from './browser.js';

const CREATE_INITIATIVE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }`;

const INITIATIVES: Record<string, Record<string, unknown>[]> = {
  'projektledare.linkoping': [
    {
      title: 'Validering i äldreomsorgen',
      visibility: 'PUBLIC',
      kind: 'pilot',
      status: 'ongoing',
      startDate: '2023-02-01',
      themes: ['validation'],
      targetGroups: ['long-term-unemployed'],
      partners: [{ role: 'partner', organization: 'motala' }],
      fundingLines: [{ funderType: 'esf-plus', amountSek: 300000, status: 'granted' }],
      participants: [{ period: '2023', women: 12, men: 3, otherOrUnknown: 0 }],
    },
    {
      title: 'Språkombud i Linköping',
      visibility: 'REGION',
      kind: 'implementation',
      status: 'ongoing',
      startDate: '2024-01-01',
      themes: ['language-development'],
      targetGroups: ['newly-arrived'],
      fundingLines: [{ funderType: 'own-budget', amountSek: 120000, status: 'granted' }],
    },
  ],
  'projektledare.norrkoping': [
    {
      title: 'Handledare i Norrköping',
      visibility: 'REGION',
      kind: 'method-development',
      status: 'ongoing',
      startDate: '2022-08-01',
      themes: ['supervision'],
      targetGroups: ['managers-supervisors'],
      fundingLines: [{ funderType: 'state-grant', amountSek: 80000, status: 'granted' }],
    },
  ],
};

describe('the region overview in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'region-overview-browser', serveWeb: true, identity: true });
    for (const [username, inputs] of Object.entries(INITIATIVES)) {
      const auth = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username, password: 'demo' })).access_token}` };
      for (const input of inputs) {
        const response = await gql(portal.url, CREATE_INITIATIVE, { input }, auth);
        if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
      }
    }
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    // Console errors include CSP violations (an inline style, say) and failed requests.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows anyone the public figures, linked from the start page', async () => {
    await page.goto(`${portal.url}/`);
    await page.getByRole('link', { name: 'Regionöversikt' }).last().click();
    await page.waitForURL(`${portal.url}/regionoversikt`);
    await page.getByRole('heading', { level: 1, name: 'Regionöversikt' }).waitFor();
    await page.getByText('Du är inte inloggad och ser bara publika insatser.').waitFor();
    expect(await page.getByTestId('region-initiatives').innerText()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    // On A4 paper (portrait, about 794 CSS pixels wide): no controls, the filters in words, every
    // municipality's column of the matrix on the page, and no figure broken inside its number.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    try {
      await page.getByText('Inga filter: alla insatser du får läsa, hela perioden.').waitFor();
      expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
      const printed = await page.evaluate(() => ({
        width: document.documentElement.clientWidth,
        matrices: Array.from(document.querySelectorAll('.region-matrix')).map((table) => table.getBoundingClientRect().right),
        figures: Array.from(document.querySelectorAll('.region-figures__item dd')).map((dd) => dd.scrollWidth <= dd.clientWidth),
      }));
      expect(printed.matrices.length).toBe(2);
      for (const right of printed.matrices) expect(right).toBeLessThanOrEqual(printed.width);
      expect(printed.figures).toEqual([true, true, true, true]);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('lets the region coordinator see the figures, a gap, a chart’s table and the map, and follow a cell to the register', async () => {
    await page.getByRole('button', { name: 'Logga in' }).first().click();
    await page.getByLabel('Användarnamn eller e-post').fill('samordnare.region');
    await page.getByLabel('Lösenord').fill('demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${portal.url}/regionoversikt`);
    await page.getByText('Siffrorna gäller de insatser du får läsa.').waitFor();
    await expect.poll(() => page.getByTestId('region-initiatives').innerText()).toBe('3');
    expect(await page.getByTestId('region-running').innerText()).toBe('3');
    // Participants: 3 men in Linköping's public initiative are a small cell for the region, so the total is hidden.
    const gender = page.getByRole('table', { name: 'Deltagare efter kön i alla insatserna' });
    expect(await gender.innerText()).toContain('<5');
    expect(await gender.innerText()).toContain('dolt');

    // The matrix: Ydre has no validation initiative (a gap); Motala counts as Linköping's partner.
    const themes = page.getByRole('table', { name: 'Teman per kommun' });
    await themes.getByRole('link', { name: 'Validering i Ydre: lucka' }).waitFor();
    await themes.getByRole('link', { name: 'Validering i Motala: 1' }).waitFor();

    // A chart's table, one click away.
    const figure = page.locator('figure').filter({ hasText: 'Beviljade medel per typ av finansiär' });
    await figure.getByText('Visa tabellen').click();
    const fundingTable = figure.getByRole('table');
    await fundingTable.waitFor();
    expect(await fundingTable.innerText()).toContain('ESF+');
    expect(await fundingTable.innerText()).toContain('300');

    // The map, drawn from the county's borders.
    const map = page.getByRole('group', { name: 'Karta: insatser per kommun' });
    await expect.poll(() => map.locator('a').count()).toBe(14);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard focus on a municipality tells its figures.
    await tabTo(page, 'a[data-code="0580"]');
    await expect.poll(() => page.getByTestId('region-map-figure').innerText()).toBe('Linköping (0580): 2 insatser, varav 2 egna.');

    // A gap opens the register filtered to it.
    await themes.getByRole('link', { name: 'Validering i Ydre: lucka' }).click();
    await page.waitForURL(/\/initiativ\?tema=validation&deltar=ydre$/);
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    await page.getByText('Inga initiativ matchar din sökning och dina filter.').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Regionöversikt' }).waitFor();

    // Enter on a municipality of the map opens the register with its initiatives.
    await expect.poll(() => page.getByRole('group', { name: 'Karta: insatser per kommun' }).locator('a').count()).toBe(14);
    await page.locator('a[data-code="0581"]').focus();
    // The register then lists exactly what the map counts there: owned or taken part in as a partner.
    await expect.poll(() => page.getByTestId('region-map-figure').innerText()).toMatch(/^Norrköping \(0581\)/);
    const mapFigure = await page.getByTestId('region-map-figure').innerText();
    const counted = /: (\d+) insatser?, varav \d+ egna\.$/.exec(mapFigure)?.[1];
    expect(counted, mapFigure).toBeDefined();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/initiativ\?deltar=norrkoping$/);
    await page
      .getByRole('status')
      .filter({ hasText: `${counted} initiativ` })
      .waitFor();
    const participant = page.getByRole('group', { name: 'Deltagande organisation (ägare eller samverkanspart)' });
    expect(await participant.getByRole('checkbox', { name: 'Norrköpings kommun' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps filters in the address and applies them to every view', async () => {
    await page.goto(`${portal.url}/regionoversikt?tema=supervision`);
    await expect.poll(() => page.getByTestId('region-initiatives').innerText()).toBe('1');
    await page.getByRole('group', { name: 'Tema' }).getByRole('checkbox', { name: 'Handledarskap' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Handledarskap' }).isChecked()).toBe(true);
    await page.locator('#region-fran').selectOption('2024');
    await page.waitForURL(/fran=2024/);
    await expect.poll(() => page.getByTestId('region-initiatives').innerText()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    // The identity stand-in's own pages (the login form) are not the portal's.
    expect(problems.filter((problem) => !problem.includes('/realms/portal/'))).toEqual([]);
  });
});
