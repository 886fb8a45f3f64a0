// CSV as Swedish Excel opens it: UTF-8 with a byte order mark (else å, ä, ö break), semicolons
// (the comma is the decimal separator in Swedish) and CRLF line ends.

export type TableCell = string | number | null;

const SEPARATOR = ';';
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;
// A text starting like a formula would be run by Excel (CSV injection); make it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return String(cell).replace('.', ',');
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
