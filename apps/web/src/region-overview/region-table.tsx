import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCsv, type TableCell } from '../list/csv';
import { saveFile } from '../list/list-export';
import { useLocale } from '../i18n/use-locale';
import { formatCell } from './region-format';

export interface ViewTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** One view's data as a real table: the first column heads each row. */
export function DataTable({
  caption,
  table,
  captionHidden = false,
}: {
  readonly caption: string;
  readonly table: ViewTable;
  readonly captionHidden?: boolean;
}) {
  const locale = useLocale();
  return (
    <div className="table-scroller">
      <table className="region-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {table.header.map((cell, index) => (
              <th key={index} scope="col" className={index > 0 ? 'number' : undefined}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {formatCell(cell, locale)}
                  </th>
                ) : (
                  <td key={index} className="number">
                    {formatCell(cell, locale)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** CSV and Excel of one view's table, with the list export's helpers (Swedish Excel's CSV, a lazily loaded xlsx writer). */
export function ViewExport({ view, table, fileName }: { readonly view: string; readonly table: ViewTable; readonly fileName: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  async function download(format: 'csv' | 'xlsx') {
    const name = `${fileName}-${new Date().toISOString().slice(0, 10)}`;
    try {
      if (format === 'csv') {
        saveFile(new Blob([buildCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      } else {
        const { buildXlsx } = await import('../list/xlsx');
        saveFile(await buildXlsx(table.header, table.rows, view.slice(0, 31)), `${name}.xlsx`);
      }
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <div className="region-export" role="group" aria-label={t('regionOverview.export.label', { view })}>
      <button type="button" className="button button--secondary" onClick={() => void download('csv')}>
        {t('regionOverview.export.csv')}
        <span className="visually-hidden">: {view}</span>
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => void download('xlsx')}>
        {t('regionOverview.export.xlsx')}
        <span className="visually-hidden">: {view}</span>
      </button>
      <span role="status" className="status">
        {status === 'done' ? t('regionOverview.export.done') : ''}
      </span>
      {status === 'failed' && (
        <p role="alert" className="alert alert--error">
          {t('regionOverview.export.failed')}
        </p>
      )}
    </div>
  );
}
