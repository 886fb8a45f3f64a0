import { describe, expect, it } from 'vitest';
import { checkFileName, checkFileType, Utf8TextCheck } from './material-file-type.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108020000009077530d0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1');

describe('checkFileType', () => {
  it('recognises by content and requires a fitting extension', async () => {
    expect(await checkFileType(PDF, 'rapport.PDF')).toMatchObject({ ok: true, type: { mediaType: 'application/pdf' } });
    expect(await checkFileType(PNG, 'bild.png')).toMatchObject({ ok: true, type: { mediaType: 'image/png' } });
    expect(await checkFileType(PNG, 'bild.pdf')).toEqual({
      ok: false,
      refusal: {
        sv: 'Filens innehåll är en PNG-bild, men namnet slutar på .pdf. Byt namn så att det slutar på .png.',
        en: "The file's content is a PNG image, but its name ends in .pdf. Rename it to end in .png.",
      },
    });
    expect(await checkFileType(PDF, 'rapport')).toMatchObject({ ok: false, refusal: { sv: expect.stringContaining('saknar filändelse') } });
  });

  it('takes UTF-8 text without NUL as plain text, and refuses markup, NUL, other encodings and unknown binaries', async () => {
    expect(await checkFileType(Buffer.from('Rubrik;Värde\nÅr;2025\n'), 'tabell.csv')).toMatchObject({ ok: true, type: { mediaType: 'text/plain' } });
    const refusal = async (data: Buffer | string, name: string) => {
      const checked = await checkFileType(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
      return checked.ok ? 'accepted' : checked.refusal.sv;
    };
    expect(await refusal('<!doctype html><p>hej', 'sida.txt')).toContain('HTML, SVG eller XML');
    expect(await refusal('  <svg xmlns="http://www.w3.org/2000/svg"/>', 'bild.svg')).toContain('HTML, SVG eller XML');
    expect(await refusal('<?xml version="1.0"?><a/>', 'data.txt')).toContain('XML');
    expect(await refusal(Buffer.from('a\0b'), 'a.txt')).toContain('gick inte att känna igen');
    expect(await refusal(Buffer.from([0x72, 0xe4, 0x6b]), 'a.txt')).toContain('UTF-8');
    expect(await refusal(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]), 'a.exe')).toContain('Tillåtna filtyper: PDF (.pdf)');
    expect(await refusal(Buffer.from('504b030414000000000000000000000000000000000000000000', 'hex'), 'a.zip')).toContain('zip');
  });
});

describe('Utf8TextCheck', () => {
  it('accepts a character split across pieces and refuses a NUL or a cut-off character at the end', () => {
    const split = new Utf8TextCheck();
    const bytes = Buffer.from('Smörgåsbord');
    split.push(bytes.subarray(0, 3));
    split.push(bytes.subarray(3));
    expect(split.end()).toBe(true);
    const nul = new Utf8TextCheck();
    nul.push(Buffer.from('ok'));
    nul.push(Buffer.from([0]));
    expect(nul.end()).toBe(false);
    const cut = new Utf8TextCheck();
    cut.push(Buffer.from('ö').subarray(0, 1));
    expect(cut.end()).toBe(false);
  });
});

describe('checkFileName', () => {
  it('trims, and refuses empty, too long, path and control characters', () => {
    expect(checkFileName('  Plan 2025.docx ')).toEqual({ ok: true, name: 'Plan 2025.docx' });
    for (const bad of ['', '   ', 'a/b.pdf', 'a\\b.pdf', 'a\u0007.pdf', 'rad\nbrytning.pdf', '..', 'x'.repeat(201)]) {
      expect(checkFileName(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
