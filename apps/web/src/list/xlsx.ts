import type { TableCell } from './csv';

/**
 * An Excel workbook of the table. The writer is loaded only when someone asks for a file,
 * so it never weighs down the main bundle.
 */
export async function buildXlsx(header: readonly string[], rows: readonly (readonly TableCell[])[], sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String }))),
  ];
  return writeXlsxFile(data, {
    sheet: sheetName,
    stickyRowsCount: 1,
    columns: header.map((_, index) => ({ width: index === 0 ? 48 : 22 })),
  }).toBlob();
}
