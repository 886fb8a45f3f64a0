import { describe, expect, it } from 'vitest';
import { DEMO_PDF_LINE_CHARS, DEMO_PDF_MAX_LINES, demoPdf, wrapText } from './demo-pdf.js';

const pdf = demoPdf('Processkarta – förspår (demo)', ['Första raden med å, ä och ö.', '', 'En rad med (parenteser) och \\ snedstreck.']);
const text = pdf.toString('latin1');

describe('demo PDF', () => {
  it('starts with a PDF header and ends with startxref pointing at the cross-reference table', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  });

  it('has an xref entry of 20 bytes per object whose offset is where that object begins', () => {
    const section = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(text)!;
    const count = Number(section[1]);
    const entries = section[2]!.match(/.{18}\r\n/g)!;
    expect(entries).toHaveLength(count);
    expect(section[2]!.length).toBe(20 * count);
    expect(entries[0]).toBe('0000000000 65535 f\r\n');
    entries.slice(1).forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(text).toContain(`/Size ${count} /Root 1 0 R`);
  });

  it('gives the content stream its exact length in bytes', () => {
    const match = /<< \/Length (\d+) >>\nstream\n/.exec(text)!;
    const start = match.index + match[0].length;
    const end = text.indexOf('\nendstream', start);
    expect(end - start).toBe(Number(match[1]));
  });

  it('writes Swedish letters and dashes as WinAnsi codes and escapes the string delimiters', () => {
    expect(text).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(text).toContain('(F\\366rsta raden med \\345, \\344 och \\366.) Tj');
    expect(text).toContain('(Processkarta \\226 f\\366rsp\\345r \\(demo\\)) Tj');
    expect(text).toContain('(En rad med \\(parenteser\\) och \\\\ snedstreck.) Tj');
    // Nothing but ASCII in the file after the binary marker line.
    expect(/^[\x20-\x7e\r\n]*$/.test(text.slice(text.indexOf('\n', 9) + 1))).toBe(true);
  });

  it('wraps long paragraphs at spaces and refuses text longer than a page', () => {
    const lines = wrapText('ord '.repeat(100));
    expect(lines.every((l) => l.length <= DEMO_PDF_LINE_CHARS)).toBe(true);
    expect(lines.join(' ')).toBe('ord '.repeat(100).trim());
    expect(() =>
      demoPdf(
        'För lång',
        Array.from({ length: DEMO_PDF_MAX_LINES + 1 }, () => 'rad'),
      ),
    ).toThrow(/får inte plats/);
  });
});
