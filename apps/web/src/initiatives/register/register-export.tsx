import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { useLocale } from '../../i18n/use-locale';
import { buildCsv } from './csv';
import { EXPORT_MAX, fetchWholeResult, saveFile } from './export-result';
import { buildExportTable, EXPORT_COLUMNS } from './export-table';
import type { RegisterQueryVariables } from './register-params';

type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working' }
  | { readonly phase: 'done'; readonly count: number; readonly total: number }
  | { readonly phase: 'failed' };

/** Downloads the whole current result, all pages, as CSV or Excel. */
export function RegisterExport({ variables }: { readonly variables: RegisterQueryVariables }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useClient();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });

  async function download(format: 'csv' | 'xlsx') {
    // aria-disabled rather than disabled, so the button keeps keyboard focus meanwhile.
    if (state.phase === 'working') return;
    setState({ phase: 'working' });
    try {
      const { initiatives, totalCount } = await fetchWholeResult(client, variables);
      const headers = Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, t(`register.columns.${column}`)])) as Record<
        (typeof EXPORT_COLUMNS)[number],
        string
      >;
      const table = buildExportTable(initiatives, {
        locale,
        texts: { headers, yes: t('register.yes'), no: t('register.no') },
        origin: window.location.origin,
      });
      const date = new Date().toISOString().slice(0, 10);
      const name = `${t('register.exportFileName')}-${date}`;
      if (format === 'csv') {
        saveFile(new Blob([buildCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      } else {
        const { buildXlsx } = await import('./xlsx');
        saveFile(await buildXlsx(table.header, table.rows, t('register.title')), `${name}.xlsx`);
      }
      setState({ phase: 'done', count: initiatives.length, total: totalCount });
    } catch {
      setState({ phase: 'failed' });
    }
  }

  const working = state.phase === 'working';
  return (
    <section className="register-export" aria-labelledby="register-export-heading">
      <h2 id="register-export-heading">{t('register.exportHeading')}</h2>
      <p className="hint">{t('register.exportIntro', { max: EXPORT_MAX.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB') })}</p>
      <div className="register-export__buttons">
        <button type="button" className="button button--secondary" aria-disabled={working} onClick={() => void download('csv')}>
          {t('register.exportCsv')}
        </button>{' '}
        <button type="button" className="button button--secondary" aria-disabled={working} onClick={() => void download('xlsx')}>
          {t('register.exportXlsx')}
        </button>
      </div>
      <p role="status" className="status">
        {state.phase === 'working'
          ? t('register.exporting')
          : state.phase === 'done'
            ? state.total > state.count
              ? t('register.exportCapped', { total: state.total, count: state.count })
              : t('register.exported', { count: state.count })
            : ''}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="alert alert--error">
          {t('register.exportFailed')}
        </p>
      )}
    </section>
  );
}
