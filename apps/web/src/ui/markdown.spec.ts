import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';

// DOMPurify itself is tested in Chromium (tests/e2e/register.test.ts): DOMPurify does not work on
// happy-dom's DOM, which lets dangerous markup through, so a test here would prove nothing.
describe('rendering descriptions', () => {
  it('turns Markdown into HTML', () => {
    const html = markdownToHtml('Vi **samverkar** med [AME](https://example.se).\n\n- ett\n- två');
    expect(html).toContain('<strong>samverkar</strong>');
    expect(html).toContain('<a href="https://example.se">AME</a>');
    expect(html).toContain('<li>ett</li>');
  });

  it('shows raw HTML as text instead of parsing it', () => {
    const html = markdownToHtml('Text <img src=x onerror="alert(1)">\n\n<script>alert(2)</script>\n\n<p style="color:red">x</p>');
    expect(html).not.toMatch(/<img|<script|<p style/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;');
  });

  it('moves headings below the page sections', () => {
    expect(markdownToHtml('# Bakgrund\n\n## Mål\n\n###### Djupt')).toMatch(/^<h3>Bakgrund<\/h3>\s*<h4>Mål<\/h4>\s*<h6>Djupt<\/h6>/);
  });
});
