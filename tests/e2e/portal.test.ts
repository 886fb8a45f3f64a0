import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, WEB_DIST, type TestPortal } from '../support/test-portal.js';
import { axeViolations, launchChromium } from './browser.js';

const PAGES = [
  '/',
  '/organisationer',
  '/tillganglighet',
  '/om-portalen',
  '/initiativ',
  '/metoder',
  '/natverk',
  '/material',
  '/regionoversikt',
  '/sidan-finns-inte',
];

describe('the portal in Chromium', () => {
  let portal: TestPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error('Webbappen är inte byggd: kör npm test (som bygger först).');
    portal = await startTestPortal({ name: 'browser', serveWeb: true });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    // Console errors include CSP violations and failed requests.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('opens the start page in Swedish with the portal title and a skip link first in tab order', async () => {
    await page.goto(portal.url + '/');
    await expect.poll(() => page.title()).toContain('Projektkontor Östergötland');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till huvudinnehåll');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('huvudinnehall');
  });

  it('navigates to the organisations page and lists all 15 organisations', async () => {
    await page.goto(portal.url + '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await page.waitForURL(/\/organisationer$/);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(15);
    const text = await page.locator('table').innerText();
    expect(text).toContain('Linköpings kommun');
    expect(text).toContain('Region Östergötland');
    expect(text).toContain('0580');
    expect(await page.title()).toMatch(/^Organisationer – Projektkontor Östergötland$/);
    expect(await page.getByRole('link', { name: 'Organisationer' }).getAttribute('aria-current')).toBe('page');
  });

  it('serves deep links on reload', async () => {
    const response = await page.goto(portal.url + '/tillganglighet');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toMatch(/Tillgänglighetsredogörelse/);
    expect(await page.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);
  });

  it('switches to English and back', async () => {
    await page.goto(portal.url + '/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('navigation').first().innerText()).toMatch(/Organisations|Organizations/);
    await page.getByRole('button', { name: /Svenska/ }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
  });

  it.each(PAGES)('has no WCAG 2.1 A/AA violations on %s', async (url) => {
    await page.goto(portal.url + url);
    await page.locator('h1').first().waitFor();
    if (url === '/organisationer') await page.locator('table tbody tr').first().waitFor();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('produced no console errors or CSP violations on any page', () => {
    expect(problems).toEqual([]);
  });
});
