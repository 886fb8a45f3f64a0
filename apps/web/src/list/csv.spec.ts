import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell } from './csv';

describe('CSV for Swedish Excel', () => {
  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = buildCsv(
      ['Titel', 'Belopp'],
      [
        ['Connect 1', 400000],
        ['Connect 2', null],
      ],
    );
    expect(csv).toBe('\uFEFFTitel;Belopp\r\nConnect 1;400000\r\nConnect 2;\r\n');
  });

  it('quotes cells with separators, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvCell('Connect 1 – samverkan på riktigt')).toBe('Connect 1 – samverkan på riktigt');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Han sa "hej"')).toBe('"Han sa ""hej"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvCell(' kant')).toBe('" kant"');
    expect(csvCell('Östgöta, Tranås')).toBe('Östgöta, Tranås');
  });

  it('writes decimals with a comma and leaves missing numbers empty', () => {
    expect(csvCell(1234.5)).toBe('1234,5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('keeps texts that look like formulas from being run', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+46 13 20 60 00')).toBe("'+46 13 20 60 00");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('@a')).toBe("'@a");
  });
});
