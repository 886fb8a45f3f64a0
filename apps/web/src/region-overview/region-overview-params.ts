import type { RegionOverviewFilter } from '../gql/graphql';
import { PATHS } from '../app/site-map';

// The overview's filters live in the address (the register's Swedish keys where they mean the
// same), so a view can be bookmarked, shared and printed as it is.

export const FILTER_LISTS = [
  { key: 'themes', param: 'tema' },
  { key: 'targetGroups', param: 'malgrupp' },
  { key: 'funderTypes', param: 'finansiar' },
  { key: 'kinds', param: 'typ' },
  { key: 'organizations', param: 'organisation' },
] as const;

export type FilterListKey = (typeof FILTER_LISTS)[number]['key'];

export const FROM_PARAM = 'fran';
export const TO_PARAM = 'till';

export interface RegionFilterState {
  readonly fromYear: number | null;
  readonly toYear: number | null;
  readonly lists: Readonly<Record<FilterListKey, readonly string[]>>;
}

const YEAR = /^\d{4}$/;

function year(value: string | null): number | null {
  const trimmed = value?.trim() ?? '';
  return YEAR.test(trimmed) ? Number(trimmed) : null;
}

export function parseRegionParams(params: URLSearchParams): RegionFilterState {
  const lists = Object.fromEntries(
    FILTER_LISTS.map(({ key, param }) => [
      key,
      [
        ...new Set(
          params
            .getAll(param)
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Record<FilterListKey, string[]>;
  return { fromYear: year(params.get(FROM_PARAM)), toYear: year(params.get(TO_PARAM)), lists };
}

export function toRegionParams(state: RegionFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.fromYear !== null) params.set(FROM_PARAM, String(state.fromYear));
  if (state.toYear !== null) params.set(TO_PARAM, String(state.toYear));
  for (const { key, param } of FILTER_LISTS) for (const value of state.lists[key]) params.append(param, value);
  return params;
}

export const hasRegionFilters = (state: RegionFilterState): boolean =>
  state.fromYear !== null || state.toYear !== null || FILTER_LISTS.some(({ key }) => state.lists[key].length > 0);

/** What the API is asked: only the filters that have values. */
export function toRegionFilter(state: RegionFilterState): RegionOverviewFilter | null {
  const filter: RegionOverviewFilter = {};
  if (state.fromYear !== null) filter.fromYear = state.fromYear;
  if (state.toYear !== null) filter.toYear = state.toYear;
  for (const { key } of FILTER_LISTS) if (state.lists[key].length > 0) filter[key] = [...state.lists[key]];
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The register's address keys (see initiatives/register/register-params.ts). */
const PARTICIPANT_PARAM = 'deltar';
const REGISTER_KEYS: Readonly<Record<FilterListKey, string>> = {
  themes: 'tema',
  targetGroups: 'malgrupp',
  funderTypes: 'finansiar',
  kinds: 'typ',
  organizations: 'organisation',
};

/**
 * The register filtered to one cell of the overview: the overview's list filters, with the cell's
 * own values in place of the same filter (a theme cell replaces the theme filter), and the cell's
 * municipality as a *participant* (`deltar`: owner or partner, as the overview counts it; the
 * overview's own organisation filter stays the owner). The period is left out: the register
 * filters by start year.
 */
export function registerLink(state: RegionFilterState, cell: Partial<Record<FilterListKey, string>>, participant?: string): string {
  const params = new URLSearchParams();
  for (const { key } of FILTER_LISTS) {
    const values = cell[key] !== undefined ? [cell[key]] : state.lists[key];
    for (const value of values) params.append(REGISTER_KEYS[key], value);
  }
  if (participant) params.append(PARTICIPANT_PARAM, participant);
  const query = params.toString();
  return query ? `${PATHS.initiatives}?${query}` : PATHS.initiatives;
}
