/**
 * A tiny one-page PDF (A4, Helvetica, one text line per entry) for the demo material, so the
 * demo files are real PDFs a browser previews and a text extractor reads, without a library.
 * Text is WinAnsi-encoded (the standard fonts' encoding), which covers Swedish letters.
 */

const PAGE = { width: 595, height: 842, margin: 56 } as const;
const FONT_SIZE = 11;
const HEADING_SIZE = 15;
const LEADING = 15;
/** Characters per line before wrapping: Helvetica 11 pt averages about 5.5 pt a character over 483 pt. */
export const DEMO_PDF_LINE_CHARS = 88;
/** Lines that fit the page below the heading. */
export const DEMO_PDF_MAX_LINES = Math.floor((PAGE.height - 2 * PAGE.margin - 2 * LEADING) / LEADING);

/** WinAnsi code points outside Latin-1 that Swedish texts use (typographic quotes and dashes). */
const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = {
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2026': 0x85,
  '\u20ac': 0x80,
};

/** A PDF literal string: ASCII as is (with `\`, `(` and `)` escaped), other characters as octal WinAnsi codes. */
function literal(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === '(' || char === ')') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else {
      const mapped = WIN_ANSI_EXTRA[char] ?? (code >= 0xa0 && code <= 0xff ? code : 0x3f);
      out += `\\${mapped.toString(8).padStart(3, '0')}`;
    }
  }
  return `(${out})`;
}

/** Splits a paragraph into lines of at most `width` characters at spaces. */
export function wrapText(paragraph: string, width = DEMO_PDF_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The PDF's bytes: a heading and the paragraphs (wrapped; an empty string is a blank line).
 * Throws when the text does not fit on the page: demo files are one page by design.
 */
export function demoPdf(heading: string, paragraphs: readonly string[]): Buffer {
  const lines = paragraphs.flatMap((p) => (p === '' ? [''] : wrapText(p)));
  if (lines.length > DEMO_PDF_MAX_LINES) throw new Error(`Demo-PDF:en "${heading}" får inte plats på en sida (${lines.length} rader).`);
  const top = PAGE.height - PAGE.margin - HEADING_SIZE;
  const content = [
    'BT',
    `/F1 ${HEADING_SIZE} Tf`,
    `${PAGE.margin} ${top} Td`,
    `${literal(heading)} Tj`,
    `/F1 ${FONT_SIZE} Tf`,
    `${LEADING} TL`,
    // Two line feeds under the heading, then one per line.
    'T*',
    ...lines.map((line) => `T* ${literal(line)} Tj`),
    'ET',
  ].join('\n');
  const stream = Buffer.from(content, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${literal(heading)} /Producer ${literal('Projektkontor Östergötland, demodata')} >>`,
  ];
  // A binary comment after the header tells tools the file is binary (PDF 1.4, 7.5.2).
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, CR LF.
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
