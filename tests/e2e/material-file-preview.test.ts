import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import pg from 'pg';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { materialFileUrl } from '@portal/api/dist/material/files/material-file-urls.js';
import { webContentSecurityPolicy } from '@portal/api/dist/web/serve-web.js';
import { pdf, png } from '../support/file-fixtures.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { launchChromium } from './browser.js';

/** Chromium's PDF viewer, which shows a PDF inside the frame that loaded it. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * The preview frame markup recommended for the web app, checked in the machine's Chromium
 * against the API's real preview responses: an image in `sandbox=""`; a PDF in a frame without
 * `sandbox`, because Chromium blocks its PDF viewer in every sandboxed frame, whatever the
 * allow- tokens. What keeps a PDF's scripts out there is that its bytes only ever reach the PDF
 * viewer (a type recognised by content, nosniff); the response's CSP sandbox covers any other
 * browser that would render it as a document.
 */
describe('material file previews in Chromium', () => {
  let portal: TestPortal;
  let owner: pg.Client;
  let browser: Browser;
  let page: Page;
  let pdfUrl = '';
  let pngUrl = '';

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'material-preview-browser', identity: true });
    owner = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await owner.connect();
    const login = await loginWithPkce({ issuer: portal.issuer!, username: 'projektledare.linkoping' });
    const headers = { authorization: `Bearer ${login.access_token}`, 'content-type': 'application/octet-stream' };
    const organization = String((await owner.query(`SELECT id FROM organization WHERE slug = 'linkoping'`)).rows[0].id);
    const material = String(
      (
        await owner.query(
          `INSERT INTO material (organization_id, title, kind, visibility, current_version) VALUES ($1, 'Förhandsvisning', 'support', 'region', 1) RETURNING id`,
          [organization],
        )
      ).rows[0].id,
    );
    const link = async (name: string, body: Buffer) => {
      const response = await fetch(`${portal.url}/api/material-files?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers,
        body: Uint8Array.from(body),
      });
      const { id } = (await response.json()) as { id: string };
      await owner.query(`UPDATE material_file SET material_id = $1 WHERE id = $2`, [material, id]);
      const secret = randomBytes(32).toString('base64url');
      await owner.query(
        `INSERT INTO material_file_ticket (token_hash, file_id, user_id, organization_id, roles, member, organization_admin, preview, expires_at)
         VALUES ($1, $2, $3, $4, '', true, false, true, now() + interval '10 minutes')`,
        [createHash('sha256').update(secret).digest('hex'), id, String(decodeJwt(login.access_token).sub), organization],
      );
      return materialFileUrl(secret, true);
    };
    pdfUrl = await link('visning.pdf', pdf('Forhandsvisning i portalen'));
    pngUrl = await link('visning.png', png(64, 48));
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await owner?.end();
    await portal?.stop();
  });

  /** A page of the portal's origin, under the web app's CSP, holding the given markup. */
  const show = async (markup: string) => {
    await page.route(`${portal.url}/forhandsvisning`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': webContentSecurityPolicy(portal.issuer) },
        body: `<!doctype html><html lang="sv"><title>Förhandsvisning</title><body>${markup}</body></html>`,
      }),
    );
    await page.goto(`${portal.url}/forhandsvisning`);
  };

  const frameOf = (url: string): Frame | undefined => page.frames().find((f) => f.url() === `${portal.url}${url}`);

  it('renders a PDF in a frame without the sandbox attribute, in Chromium’s PDF viewer only', async () => {
    await show(`<iframe src="${pdfUrl}" title="Förhandsvisning av visning.pdf" referrerpolicy="no-referrer" width="600" height="400"></iframe>`);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(PDF_VIEWER)), { timeout: 20_000 }).toBe(true);
    // The frame holds Chromium's own PDF embedder, never the file read as a page: the bytes only
    // reach the PDF viewer (fixed type, nosniff). Chromium applies no sandbox to that embedder.
    const frame = frameOf(pdfUrl)!;
    expect(await frame.evaluate(() => [document.contentType, document.scripts.length])).toEqual(['application/pdf', 0]);
  });

  it('shows that Chromium blocks a PDF in a sandboxed frame (why the PDF frame has no sandbox attribute)', async () => {
    await show(`<iframe sandbox="allow-same-origin allow-scripts" src="${pdfUrl}" title="PDF" width="600" height="400"></iframe>`);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://')), { timeout: 20_000 }).toBe(true);
    expect(page.frames().some((f) => f.url().startsWith(PDF_VIEWER))).toBe(false);
  });

  it('renders an image in a fully sandboxed frame', async () => {
    await show(`<iframe sandbox="" src="${pngUrl}" title="Förhandsvisning av visning.png" referrerpolicy="no-referrer" width="300" height="200"></iframe>`);
    await expect.poll(async () => (await frameOf(pngUrl)?.evaluate(() => document.querySelector('img')?.naturalWidth ?? 0)) ?? 0, { timeout: 20_000 }).toBe(64);
  });
});
