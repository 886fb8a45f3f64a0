import type { Locale } from '@portal/shared-domain';
import type { TableCell } from '../list/csv';

const intl = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

export const formatNumber = (value: number, locale: Locale): string => new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 0 }).format(value);

export const formatSek = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(intl(locale), { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);

export const formatPercent = (share: number, locale: Locale): string =>
  new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A table cell as shown on the page: numbers in the locale's form, texts (such as "<5") as they are. */
export const formatCell = (cell: TableCell, locale: Locale): string => (cell === null ? '' : typeof cell === 'number' ? formatNumber(cell, locale) : cell);

/**
 * Colours for series (funders, outcomes). Each has at least 3:1 contrast against white (WCAG
 * 1.4.11) and white text on it at least 4.5:1; the series are also told apart by their order, the
 * legend's words, the values written in the segments and the table beside every chart.
 */
export const SERIES_COLOURS = ['#0b3a5b', '#b3261e', '#1f7a3a', '#8a4b00', '#5b3a8c', '#006d77', '#4a5461', '#9c2a6b'] as const;

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
