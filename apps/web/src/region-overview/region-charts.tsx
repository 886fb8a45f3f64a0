import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { formatNumber, seriesColour } from './region-format';
import { DataTable, ViewExport, type ViewTable } from './region-table';

// Charts drawn as plain SVG by React: attributes only, no inline style elements, so they live
// under the portal's Content-Security-Policy (style-src 'self'). Every chart comes with its table.

const WIDTH = 720;
const LABEL_WIDTH = 290;
const VALUE_WIDTH = 110;
const BAR = 22;
const GAP = 8;

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

export interface StackedRow {
  readonly key: string;
  readonly label: string;
  /** Values per series key. */
  readonly values: Readonly<Record<string, number>>;
}

export interface Series {
  readonly key: string;
  readonly label: string;
}

/** A chart, its caption, its table one click away and its export. */
export function ChartFigure({
  caption,
  table,
  fileName,
  children,
  empty,
}: {
  readonly caption: string;
  readonly table: ViewTable;
  readonly fileName: string;
  readonly children: ReactNode;
  readonly empty?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <figure className="region-figure">
      <figcaption className="region-figure__caption">{caption}</figcaption>
      {empty ? <p>{t('regionOverview.chart.empty')}</p> : children}
      {!empty && (
        <details className="region-figure__table">
          <summary>
            {t('regionOverview.chart.showTable')}
            <span className="visually-hidden">: {caption}</span>
          </summary>
          <DataTable caption={caption} table={table} captionHidden />
        </details>
      )}
      <ViewExport view={caption} table={table} fileName={fileName} />
    </figure>
  );
}

const truncate = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars, one per row, the value written after each bar. */
export function BarChart({ bars, format, label }: { readonly bars: readonly Bar[]; readonly format?: (value: number) => string; readonly label: string }) {
  const locale = useLocale();
  const show = format ?? ((v: number) => formatNumber(v, locale));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * (BAR + GAP) + GAP;
  return (
    <svg className="region-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, index) => {
        const y = GAP + index * (BAR + GAP);
        const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" className="region-chart__label">
              {truncate(bar.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR} fill={seriesColour(0)}>
              <title>{`${bar.label}: ${show(bar.value)}`}</title>
            </rect>
            <text x={LABEL_WIDTH + width + 6} y={y + BAR / 2} dominantBaseline="middle" className="region-chart__value">
              {show(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal stacked bars: one row per group, one segment per series, with a legend in words. */
export function StackedBarChart({
  rows,
  series,
  format,
  label,
}: {
  readonly rows: readonly StackedRow[];
  readonly series: readonly Series[];
  readonly format?: (value: number) => string;
  readonly label: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const legendId = useId();
  const show = format ?? ((v: number) => formatNumber(v, locale));
  const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = rows.length * (BAR + GAP) + GAP;
  const used = series.filter((s) => rows.some((row) => (row.values[s.key] ?? 0) > 0));
  return (
    <>
      <svg className="region-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} aria-describedby={legendId}>
        {rows.map((row, index) => {
          const y = GAP + index * (BAR + GAP);
          let x = LABEL_WIDTH;
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - 8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" className="region-chart__label">
                {truncate(row.label)}
              </text>
              {series.map((s) => {
                const value = row.values[s.key] ?? 0;
                if (value <= 0) return null;
                const width = (value / max) * plot;
                const colour = seriesColour(series.indexOf(s));
                const segment = (
                  <g key={s.key}>
                    <rect x={x} y={y} width={width} height={BAR} fill={colour} stroke="#ffffff" strokeWidth={1}>
                      <title>{`${row.label}, ${s.label}: ${show(value)}`}</title>
                    </rect>
                    {width > 30 && (
                      <text x={x + width / 2} y={y + BAR / 2} textAnchor="middle" dominantBaseline="middle" className="region-chart__segment">
                        {series.length > 1 ? `${used.indexOf(s) + 1}` : show(value)}
                      </text>
                    )}
                  </g>
                );
                x += width;
                return segment;
              })}
              <text x={x + 6} y={y + BAR / 2} dominantBaseline="middle" className="region-chart__value">
                {show(totals[index] ?? 0)}
              </text>
            </g>
          );
        })}
      </svg>
      <div id={legendId} className="region-legend">
        <span className="region-legend__title">{t('regionOverview.chart.legend')}:</span>
        <ol className="region-legend__list">
          {used.map((s, index) => (
            <li key={s.key}>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={seriesColour(series.indexOf(s))} />
              </svg>{' '}
              <span className="region-legend__number">{index + 1}</span> {s.label}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
