import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium, tabTo, signIn } from './browser.js';

const CREATE_INITIATIVE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }`;
const ESF_PO2 = { funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', programmeArea: 'PO2', status: 'granted' };
const SUBJECT = {
  title: 'Förstudie: vägar till arbete för personer med ekonomiskt bistånd',
  summary: 'Kartlägger hinder och stöd för personer med ekonomiskt bistånd som står långt från arbetsmarknaden.',
  kind: 'pre-study',
  status: 'ongoing',
  visibility: 'REGION',
  themes: ['labour-market-establishment'],
  targetGroups: ['social-assistance'],
  startDate: '2025-01-01',
  endDate: '2025-09-30',
  fundingLines: [ESF_PO2],
};
const TWIN = {
  ...SUBJECT,
  title: 'Förstudie om arbetsmarknadsinsatser för personer med ekonomiskt bistånd',
  summary: 'Undersöker vad personer med ekonomiskt bistånd behöver för att komma närmare arbete.',
  startDate: '2025-02-01',
  endDate: '2025-10-31',
};

describe('the overlap radar in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  const ids: Record<string, string> = {};

  const create = async (username: string, input: Record<string, unknown>): Promise<string> => {
    const token = (await loginWithPkce({ issuer: portal.issuer!, username, password: 'demo' })).access_token;
    const response = await gql<{ createInitiative: { id: string } }>(portal.url, CREATE_INITIATIVE, { input }, { authorization: `Bearer ${token}` });
    if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data!.createInitiative.id;
  };

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'overlaps-browser', serveWeb: true, identity: true });
    ids['subject'] = await create('projektledare.linkoping', SUBJECT);
    ids['twin'] = await create('projektledare.norrkoping', TWIN);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lets a region coordinator decide on a pair by keyboard, and both owners then see the decision', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    try {
      await page.goto(`${portal.url}/regionoversikt/overlappning`);
      await page.getByText('Logga in som regionsamordnare för att se listan.').waitFor();
      await signIn(page, 'samordnare.region');
      await page.waitForURL(`${portal.url}/regionoversikt/overlappning`);
      await page.getByRole('heading', { level: 1, name: 'Möjlig överlappning i regionen' }).waitFor();
      const pair = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(TWIN.title) }) });
      await pair.waitFor();
      const text = await pair.innerText();
      expect(text).toContain('Sannolikhet för överlappning: hög');
      expect(text).toContain('Samma målgrupp: personer med ekonomiskt bistånd');
      expect(text).toContain('8 månader samtidigt');
      expect(text).toContain('båda förstudier');
      expect(text).toContain('samma program: ESF+ PO2');
      expect(text).toContain('Linköpings kommun');
      expect(text).toContain('Norrköpings kommun');
      expect(await axeViolations(page)).toEqual([]);

      // A year that is not one is said so, on the field, before anything is asked.
      await page.getByLabel('Från år').fill('20x5');
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await page.getByText('Ange ett år med fyra siffror, t.ex. 2025.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('overlapp-filter-fromYear');
      expect(page.url()).not.toContain('fran=');
      await page.getByLabel('Från år').fill('');

      // Saving without a choice says what is missing and moves focus to the choices.
      const form = pair.getByRole('form');
      await form.getByRole('button', { name: 'Spara bedömning' }).click();
      await pair.getByText('Välj en bedömning.').waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

      // By keyboard: the first choice (Samordna), a note, save.
      await page.keyboard.press('Space');
      expect(await form.getByRole('radio', { name: 'Samordna', exact: true }).isChecked()).toBe(true);
      // With "Samordna", linking the two is offered and on.
      expect(await form.getByRole('checkbox', { name: 'Länka insatserna (”Samordnas med”)' }).isChecked()).toBe(true);
      await tabTo(page, 'textarea');
      await page.keyboard.type('Linköping bjuder in Norrköping till ett möte i mars.');
      await tabTo(page, 'button[type="submit"]:not(.overlap-filters button)');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spara bedömning');
      await page.keyboard.press('Enter');
      const saved = page.getByRole('status').filter({ hasText: 'är sparad, och insatserna är länkade' });
      await saved.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('är sparad');
      await page.getByText('Inga öppna par med de här filtren.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Decided pairs are one filter away, with who decided.
      await page.getByLabel('Visa även bedömda par').check();
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await page.waitForURL(/bedomda=ja/);
      await page.getByText(/Regionens bedömning: Samordna/).waitFor();
    } finally {
      await context.close();
    }

    for (const [username, id, other] of [
      ['projektledare.norrkoping', ids['twin'], SUBJECT.title],
      ['projektledare.linkoping', ids['subject'], TWIN.title],
    ] as const) {
      const ownerContext = await browser.newContext({ locale: 'sv-SE' });
      const owner = await ownerContext.newPage();
      try {
        await owner.goto(`${portal.url}/initiativ/${id}`);
        await owner.getByRole('heading', { level: 1 }).waitFor();
        await signIn(owner, username);
        await owner.waitForURL(`${portal.url}/initiativ/${id}`);
        const section = owner.getByRole('region', { name: 'Möjlig överlappning' });
        await section.getByRole('link', { name: other }).first().waitFor();
        await section.getByText('Anteckning: Linköping bjuder in Norrköping till ett möte i mars.').first().waitFor();
        expect(await section.innerText()).toContain('Regionens bedömning: Samordna');
        expect(await section.innerText()).toContain('Insatserna är länkade: ”Samordnas med”.');
        // The link is one of the initiative's relations now.
        const relations = owner.getByRole('region', { name: 'Relationer till andra initiativ' });
        await relations
          .getByRole('listitem')
          .filter({ hasText: `Samordnas med: ${other}` })
          .waitFor();
        expect(await axeViolations(owner)).toEqual([]);
      } finally {
        await ownerContext.close();
      }
    }
  });

  it('shows a project leader similar initiatives while the create form is filled in, without blocking the save', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await page.goto(`${portal.url}/initiativ/ny`);
      await signIn(page, 'projektledare.ydre');
      await page.waitForURL(`${portal.url}/initiativ/ny`);
      const panel = page.getByRole('complementary', { name: 'Liknande initiativ' });
      await panel.getByText('Fyll i en titel eller välj målgrupper för att se liknande initiativ.').waitFor();
      await tabTo(page, '#initiativ-title');
      await page.keyboard.type('Förstudie om vägar till arbete för personer med ekonomiskt bistånd');
      await panel.getByRole('link', { name: TWIN.title }).waitFor();
      await panel.getByRole('link', { name: SUBJECT.title }).waitFor();
      expect(await panel.getByRole('status').innerText()).toMatch(/^\d+ liknande initiativ$/);
      expect(await axeViolations(page)).toEqual([]);

      await page.selectOption('#initiativ-kind', 'pre-study');
      await page.getByRole('button', { name: 'Registrera initiativet' }).click();
      await page.waitForURL(new RegExp(`${portal.url}/initiativ/[0-9a-f-]{36}$`));
      await page.getByRole('heading', { level: 1, name: 'Förstudie om vägar till arbete för personer med ekonomiskt bistånd' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
