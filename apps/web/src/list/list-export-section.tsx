import { useState } from 'react';
import { useClient } from 'urql';
import { useLocale } from '../i18n/use-locale';
import { buildCsv, type TableCell } from './csv';
import { EXPORT_MAX, fetchWholeResult, saveFile } from './list-export';
import type { ListPage, ListQuery } from './list-query';
import type { ListState } from './list-params';
import '../styles/register.css';

export interface ListExportTexts {
  readonly heading: string;
  readonly intro: (max: string) => string;
  readonly csv: string;
  readonly xlsx: string;
  readonly working: string;
  readonly done: (count: number) => string;
  readonly capped: (total: number, count: number) => string;
  readonly failed: string;
}

export interface ListExportConfig<TNode> {
  readonly texts: ListExportTexts;
  /** The file's table: a header and one row per node, labels in the user's language. */
  readonly table: (nodes: readonly TNode[]) => { header: string[]; rows: TableCell[][] };
  /** The file's name before the date, e.g. `initiativ`. */
  readonly fileName: string;
  readonly sheetName: string;
}

type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working' }
  | { readonly phase: 'done'; readonly count: number; readonly total: number }
  | { readonly phase: 'failed' };

interface ListExportSectionProps<TData, TVariables extends object, TNode, F extends string, S extends string> {
  readonly list: ListQuery<TData, TVariables, TNode, F, S>;
  readonly state: ListState<F, S>;
  readonly config: ListExportConfig<TNode>;
}

/** Downloads the whole current result, all pages, as CSV or Excel. */
export function ListExportSection<TData, TVariables extends object, TNode, F extends string, S extends string>({
  list,
  state,
  config,
}: ListExportSectionProps<TData, TVariables, TNode, F, S>) {
  const locale = useLocale();
  const client = useClient();
  const [phase, setPhase] = useState<ExportState>({ phase: 'idle' });
  const { texts } = config;

  async function download(format: 'csv' | 'xlsx') {
    // aria-disabled rather than disabled, so the button keeps keyboard focus meanwhile.
    if (phase.phase === 'working') return;
    setPhase({ phase: 'working' });
    try {
      const { nodes, totalCount } = await fetchWholeResult(client, list.query, (page: ListPage) => list.variables(state, page), list.connection);
      const table = config.table(nodes);
      const name = `${config.fileName}-${new Date().toISOString().slice(0, 10)}`;
      if (format === 'csv') {
        saveFile(new Blob([buildCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      } else {
        const { buildXlsx } = await import('./xlsx');
        saveFile(await buildXlsx(table.header, table.rows, config.sheetName), `${name}.xlsx`);
      }
      setPhase({ phase: 'done', count: nodes.length, total: totalCount });
    } catch {
      setPhase({ phase: 'failed' });
    }
  }

  const working = phase.phase === 'working';
  return (
    <section className="register-export" aria-labelledby="register-export-heading">
      <h2 id="register-export-heading">{texts.heading}</h2>
      <p className="hint">{texts.intro(EXPORT_MAX.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB'))}</p>
      <div className="register-export__buttons">
        <button type="button" className="button button--secondary" aria-disabled={working} onClick={() => void download('csv')}>
          {texts.csv}
        </button>{' '}
        <button type="button" className="button button--secondary" aria-disabled={working} onClick={() => void download('xlsx')}>
          {texts.xlsx}
        </button>
      </div>
      <p role="status" className="status">
        {phase.phase === 'working'
          ? texts.working
          : phase.phase === 'done'
            ? phase.total > phase.count
              ? texts.capped(phase.total, phase.count)
              : texts.done(phase.count)
            : ''}
      </p>
      {phase.phase === 'failed' && (
        <p role="alert" className="alert alert--error">
          {texts.failed}
        </p>
      )}
    </section>
  );
}
