import { describe, expect, it } from 'vitest';
import { composeMail, escapeHtml } from './mail-layout.js';

const base = {
  heading: 'Möte i <HR-nätverket> & "gänget"',
  paragraphs: ['Rad ett <script>alert(1)</script>\nrad två', 'Andra stycket'],
  action: { label: 'Öppna mötet', url: 'https://portal.example.se/natverk/1?x=1&y=2' },
  reason: 'Du får det här brevet för att du är medlem.',
  stop: { label: 'Avsluta kallelser', url: 'https://portal.example.se/e-post/avsluta?t=abc' },
  portalUrl: 'https://portal.example.se',
} as const;

describe('composeMail', () => {
  it('escapes every text in the HTML and keeps the text part plain', () => {
    const { text, html } = composeMail({ locale: 'sv', ...base });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Rad ett &lt;script&gt;alert(1)&lt;/script&gt;<br>rad två');
    expect(html).toContain(
      '<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#1a1a1a;">Möte i &lt;HR-nätverket&gt; &amp; &quot;gänget&quot;</h1>',
    );
    expect(html).toContain('href="https://portal.example.se/natverk/1?x=1&amp;y=2"');
    expect(html).not.toMatch(/<style|<link|class=/);
    expect(text.split('\n').slice(0, 4)).toEqual(['Möte i <HR-nätverket> & "gänget"', '', 'Rad ett <script>alert(1)</script>', 'rad två']);
    expect(text).toContain('Öppna mötet: https://portal.example.se/natverk/1?x=1&y=2');
    expect(text).toContain('Avsluta kallelser: https://portal.example.se/e-post/avsluta?t=abc');
  });

  it('says why the mail came, how to stop it and links back to the portal, in Swedish', () => {
    const { text, html } = composeMail({ locale: 'sv', ...base });
    expect(html).toContain('<html lang="sv">');
    for (const part of [text, html]) {
      expect(part).toContain('Du får det här brevet för att du är medlem.');
      expect(part).toContain('Det här brevet skickades automatiskt; svar på det läses inte.');
      expect(part).toContain('https://portal.example.se/');
      expect(part).toContain('Samverkansportalen för Östergötlands kommuner, Tranås och Region Östergötland.');
    }
  });

  it('writes the fixed texts in English for English mail', () => {
    const { text, html } = composeMail({ locale: 'en', ...base, reason: 'You get this because you are a member.' });
    expect(html).toContain('<html lang="en">');
    expect(text).toContain('This message was sent automatically; replies are not read.');
    expect(html).toContain('The collaboration portal of the municipalities of Östergötland, Tranås and Region Östergötland.');
    expect(text).not.toContain('Det här brevet');
  });

  it('leaves out the button and the stop link when there are none', () => {
    const { text, html } = composeMail({ locale: 'sv', heading: 'Rubrik', paragraphs: ['Text'], reason: 'Skäl.', portalUrl: 'http://localhost:3000' });
    expect(html).not.toContain('display:inline-block');
    expect(text).not.toMatch(/: https?:\/\/.*avsluta/);
    expect(text).toContain('Projektkontor Östergötland: http://localhost:3000/');
  });

  it('refuses links that are not absolute http(s) addresses', () => {
    expect(() => composeMail({ locale: 'sv', ...base, action: { label: 'x', url: 'javascript:alert(1)' } })).toThrow(/http/);
    expect(() => composeMail({ locale: 'sv', ...base, action: { label: 'x', url: '/natverk' } })).toThrow(/absolute/);
  });

  it('links addresses written in a paragraph, without a trailing full stop', () => {
    const { html } = composeMail({ locale: 'sv', ...base, paragraphs: ['Se https://portal.example.se/a?b=1&c=2. Eller <http://x.se>'] });
    expect(html).toContain(
      'Se <a href="https://portal.example.se/a?b=1&amp;c=2" style="color:#00507a;">https://portal.example.se/a?b=1&amp;c=2</a>. Eller &lt;<a href="http://x.se" style="color:#00507a;">http://x.se</a>&gt;',
    );
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
