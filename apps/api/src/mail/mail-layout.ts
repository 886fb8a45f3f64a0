import type { Locale } from '@portal/shared-domain';

/** A link in a mail: its words and an absolute http(s) address. */
export interface MailLink {
  readonly label: string;
  readonly url: string;
}

export interface MailLayoutInput {
  readonly locale: Locale;
  readonly heading: string;
  /** Plain text; a line break inside a paragraph stays a line break. */
  readonly paragraphs: readonly string[];
  /** The one thing to do, as a button (HTML) and a labelled address (text). */
  readonly action?: MailLink;
  /** Why the person got this mail ("Du får det här för att …"). */
  readonly reason: string;
  /** How to stop this kind of mail; absent only for mail that cannot be stopped. */
  readonly stop?: MailLink;
  /** The portal's own address (`PORTAL_PUBLIC_URL`), linked in the footer. */
  readonly portalUrl: string;
}

export interface ComposedMail {
  readonly text: string;
  readonly html: string;
}

const PORTAL_NAME = 'Projektkontor Östergötland';

const FOOTER: Readonly<Record<Locale, string>> = {
  sv: 'Samverkansportalen för Östergötlands kommuner, Tranås och Region Östergötland.',
  en: 'The collaboration portal of the municipalities of Östergötland, Tranås and Region Östergötland.',
};

const AUTOMATIC: Readonly<Record<Locale, string>> = {
  sv: 'Det här brevet skickades automatiskt; svar på det läses inte.',
  en: 'This message was sent automatically; replies are not read.',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** Only absolute http(s) addresses go into a mail: never `javascript:` or a relative path that means nothing in a mail client. */
function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not an absolute address for a mail: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Not an http(s) address for a mail: ${url}`);
  return parsed.toString();
}

// Inline styles only: mail clients drop <style> blocks and external sheets. The colours pass
// WCAG AA against white (the link blue 7.3:1, the grey 8.9:1).
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f3f3f3;',
  frame:
    'max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;',
  brand: 'margin:0 0 16px;font-size:14px;color:#4a4a4a;',
  heading: 'margin:0 0 16px;font-size:22px;line-height:1.3;color:#1a1a1a;',
  paragraph: 'margin:0 0 16px;',
  button: 'display:inline-block;padding:12px 20px;background-color:#00507a;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:4px;',
  rule: 'border:none;border-top:1px solid #d0d0d0;margin:24px 0 16px;',
  small: 'margin:0 0 8px;font-size:14px;color:#4a4a4a;',
  link: 'color:#00507a;',
} as const;

/** Addresses written in a paragraph become links (as mail clients do with the text part); a trailing full stop stays text. */
function linkified(escaped: string): string {
  // On escaped text: an address may hold &amp; but ends at any other entity (&lt;, &gt;, &quot;, &#39;).
  return escaped.replace(/https?:\/\/(?:[^\s<&]|&amp;)+/g, (match) => {
    const url = match.replace(/[.,;:!?)]+$/, '');
    return `<a href="${url}" style="${STYLE.link}">${url}</a>${match.slice(url.length)}`;
  });
}

const paragraphHtml = (text: string, style: string) => `<p style="${style}">${linkified(escapeHtml(text)).replace(/\r?\n/g, '<br>')}</p>`;
const linkHtml = (link: MailLink, style: string) => `<a href="${escapeHtml(checkedUrl(link.url))}" style="${style}">${escapeHtml(link.label)}</a>`;

/**
 * The portal's one mail layout: plain text and simple HTML with the same content, a link back
 * to the portal, why the person got the mail and how to stop it. Every text is escaped here, so
 * callers pass plain text (titles, names) as they are.
 */
export function composeMail(input: MailLayoutInput): ComposedMail {
  const portalUrl = checkedUrl(input.portalUrl);
  const text = [
    input.heading,
    '',
    ...input.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(input.action ? [`${input.action.label}: ${checkedUrl(input.action.url)}`, ''] : []),
    '-- ',
    input.reason,
    ...(input.stop ? [`${input.stop.label}: ${checkedUrl(input.stop.url)}`] : []),
    AUTOMATIC[input.locale],
    '',
    `${PORTAL_NAME}: ${portalUrl}`,
    FOOTER[input.locale],
    '',
  ].join('\n');

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${input.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.heading)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.frame}">`,
    `<p style="${STYLE.brand}">${linkHtml({ label: PORTAL_NAME, url: portalUrl }, STYLE.link)}</p>`,
    `<h1 style="${STYLE.heading}">${escapeHtml(input.heading)}</h1>`,
    ...input.paragraphs.map((paragraph) => paragraphHtml(paragraph, STYLE.paragraph)),
    ...(input.action ? [`<p style="margin:24px 0;">${linkHtml(input.action, STYLE.button)}</p>`] : []),
    `<hr style="${STYLE.rule}">`,
    paragraphHtml(input.reason, STYLE.small),
    ...(input.stop ? [`<p style="${STYLE.small}">${linkHtml(input.stop, STYLE.link)}</p>`] : []),
    paragraphHtml(AUTOMATIC[input.locale], STYLE.small),
    `<p style="${STYLE.small}">${linkHtml({ label: PORTAL_NAME, url: portalUrl }, STYLE.link)} – ${escapeHtml(FOOTER[input.locale])}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { text, html };
}
