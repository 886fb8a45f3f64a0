import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// Descriptions are Markdown written by users. Raw HTML in them is shown as text, never parsed,
// and the result is sanitised as well, before it reaches the DOM.
const PURIFY_OPTIONS = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'img'],
  FORBID_ATTR: ['style', 'class', 'id'],
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** Safe HTML from Markdown, for dangerouslySetInnerHTML. */
export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(markdownToHtml(source), PURIFY_OPTIONS);
}

/**
 * Markdown as HTML with raw HTML escaped, not yet sanitised. Headings are shifted down (h1 → h3 …)
 * so the page keeps its one h1 and the description's headings sit under its h2 section.
 */
export function markdownToHtml(source: string): string {
  const html = markdown.parse(source, { async: false });
  return html.replace(/<(\/?)h([1-6])(\s|>)/g, (_, slash: string, level: string, after: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}${after}`);
}
