import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AFTER_LIFE_STATUSES, FUNDER_TYPES, PROJECT_KINDS, TARGET_GROUPS, THEMES, type Locale, type VocabularyTermDefinition } from '@portal/shared-domain';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { RegionOverviewQuery } from '../gql/graphql';
import { useLazyMessages } from '../i18n/lazy-messages';
import { termLabel } from '../i18n/term-label';
import { useLocale } from '../i18n/use-locale';
import { organizationsQuery } from '../organizations/organizations-query';
import { PATHS } from '../app/site-map';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { BarChart, ChartFigure, StackedBarChart, type Series } from './region-charts';
import { formatNumber, formatPercent, formatSek } from './region-format';
import { RegionMap } from './region-map';
import { regionOverviewEn, regionOverviewSv } from './region-overview.i18n';
import {
  FILTER_LISTS,
  hasRegionFilters,
  parseRegionParams,
  registerLink,
  toRegionFilter,
  toRegionParams,
  type FilterListKey,
  type RegionFilterState,
} from './region-overview-params';
import { regionOverviewQuery } from './region-overview-queries';
import { DataTable, ViewExport, type ViewTable } from './region-table';
import '../styles/record.css';
import './region-overview.css';

type Overview = RegionOverviewQuery['regionOverview'];
type Organization = Overview['organizations'][number];
type Counts = Overview['participants'];

const FIRST_YEAR = 2015;
/** Outcomes two years after, in the vocabulary's order, then the two the overview adds. */
const AFTER_LIFE_KEYS = [...AFTER_LIFE_STATUSES.map((s) => s.code), 'not-recorded', 'not-due'] as const;

/** Short municipality names for column headers (SCB codes). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  '0509': 'Ödeshög',
  '0512': 'Ydre',
  '0513': 'Kinda',
  '0560': 'Boxholm',
  '0561': 'Åtvidaberg',
  '0562': 'Finspång',
  '0563': 'Valdemarsvik',
  '0580': 'Linköping',
  '0581': 'Norrköping',
  '0582': 'Söderköping',
  '0583': 'Motala',
  '0584': 'Vadstena',
  '0586': 'Mjölby',
  '0687': 'Tranås',
};
const shortName = (o: Pick<Organization, 'municipalityCode' | 'name'>) => SHORT_NAMES[o.municipalityCode] ?? o.name;

function useAfterLifeLabel(): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (code) =>
    code === 'not-recorded'
      ? t('regionOverview.afterLife.notRecorded')
      : code === 'not-due'
        ? t('regionOverview.afterLife.notDue')
        : termLabel(AFTER_LIFE_STATUSES, code, locale);
}

const VOCABULARY_OF: Readonly<Record<Exclude<FilterListKey, 'organizations'>, readonly VocabularyTermDefinition[]>> = {
  themes: THEMES,
  targetGroups: TARGET_GROUPS,
  funderTypes: FUNDER_TYPES,
  kinds: PROJECT_KINDS,
};

function Filters({
  state,
  organizations,
  onChange,
}: {
  readonly state: RegionFilterState;
  readonly organizations: readonly { readonly slug: string; readonly name: string }[];
  readonly onChange: (state: RegionFilterState) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lastYear = new Date().getFullYear() + 2;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const optionsOf = (key: FilterListKey): { value: string; label: string }[] =>
    key === 'organizations'
      ? [...organizations].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((o) => ({ value: o.slug, label: o.name }))
      : VOCABULARY_OF[key].map((term) => ({ value: term.code, label: term.label[locale] }));
  const setList = (key: FilterListKey, values: string[]) => onChange({ ...state, lists: { ...state.lists, [key]: values } });
  const yearSelect = (field: 'fromYear' | 'toYear', id: string) => (
    <div className="region-filters__year">
      <label htmlFor={id}>{t(`regionOverview.${field}`)}</label>
      <select
        id={id}
        value={state[field] === null ? '' : String(state[field])}
        onChange={(event) => onChange({ ...state, [field]: event.target.value ? Number(event.target.value) : null })}
      >
        <option value="">{t('regionOverview.anyYear')}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="region-filters" aria-labelledby="region-filters-heading">
      <h2 id="region-filters-heading">{t('regionOverview.filtersHeading')}</h2>
      <p className="hint">{t('regionOverview.filtersHint')}</p>
      {!hasRegionFilters(state) && <p className="region-filters__summary region-print-only">{t('regionOverview.noFilters')}</p>}
      {hasRegionFilters(state) && (
        <p className="region-filters__summary">
          {[
            state.fromYear !== null ? `${t('regionOverview.fromYear')}: ${state.fromYear}` : '',
            state.toYear !== null ? `${t('regionOverview.toYear')}: ${state.toYear}` : '',
            ...FILTER_LISTS.filter(({ key }) => state.lists[key].length > 0).map(
              ({ key }) =>
                `${t(`regionOverview.${key}`)}: ${state.lists[key].map((value) => optionsOf(key).find((o) => o.value === value)?.label ?? value).join(', ')}`,
            ),
          ]
            .filter(Boolean)
            .join('; ')}
        </p>
      )}
      <div className="region-filters__years">
        {yearSelect('fromYear', 'region-fran')}
        {yearSelect('toYear', 'region-till')}
      </div>
      <div className="region-filters__lists">
        {FILTER_LISTS.map(({ key, param }) => {
          const selected = state.lists[key];
          return (
            <details key={key} className="region-filters__list" open={selected.length > 0 ? true : undefined}>
              <summary>
                {t(`regionOverview.${key}`)}
                {selected.length > 0 && <> ({t('regionOverview.chosen', { count: selected.length })})</>}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{t(`regionOverview.${key}`)}</legend>
                <ul className="region-filters__choices">
                  {optionsOf(key).map((option) => {
                    const id = `region-${param}-${option.value}`;
                    return (
                      <li key={option.value}>
                        <input
                          id={id}
                          type="checkbox"
                          checked={selected.includes(option.value)}
                          onChange={(event) =>
                            setList(key, event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                          }
                        />
                        <label htmlFor={id}>{option.label}</label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            </details>
          );
        })}
      </div>
      {hasRegionFilters(state) && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onChange(parseRegionParams(new URLSearchParams()))}>
            {t('regionOverview.clearFilters')}
          </button>
        </p>
      )}
    </section>
  );
}

const genderRow = (label: string, counts: Counts): (string | number)[] => [
  label,
  counts.women.display,
  counts.men.display,
  counts.otherOrUnknown.display,
  counts.total.display,
];

function Headline({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const funding = overview.fundingByFunderType.reduce((sum, f) => sum + f.amountSek, 0);
  const { endedCount, endedWithFollowUpCount, dueCount, dueRecordedCount } = overview.followUps;
  const genderHeader = [
    t('regionOverview.gender.heading'),
    t('regionOverview.gender.women'),
    t('regionOverview.gender.men'),
    t('regionOverview.gender.otherOrUnknown'),
    t('regionOverview.gender.total'),
  ];
  const genderTable: ViewTable = { header: genderHeader, rows: [genderRow(t('regionOverview.figures.participants'), overview.participants)] };
  const headlineTable: ViewTable = {
    header: [t('regionOverview.headlineHeading'), ''],
    rows: [
      [t('regionOverview.figures.initiatives'), overview.initiativeCount],
      [t('regionOverview.figures.running'), overview.runningCount],
      [t('regionOverview.figures.funding'), funding],
      [t('regionOverview.figures.followUp'), `${endedWithFollowUpCount} / ${endedCount}`],
      [t('regionOverview.gender.women'), overview.participants.women.display],
      [t('regionOverview.gender.men'), overview.participants.men.display],
      [t('regionOverview.gender.otherOrUnknown'), overview.participants.otherOrUnknown.display],
      [t('regionOverview.gender.total'), overview.participants.total.display],
    ],
  };
  return (
    <section className="region-section" aria-labelledby="region-headline-heading">
      <h2 id="region-headline-heading">{t('regionOverview.headlineHeading')}</h2>
      <dl className="region-figures">
        <div className="region-figures__item">
          <dt>{t('regionOverview.figures.initiatives')}</dt>
          <dd data-testid="region-initiatives">{formatNumber(overview.initiativeCount, locale)}</dd>
        </div>
        <div className="region-figures__item">
          <dt>{t('regionOverview.figures.running')}</dt>
          <dd data-testid="region-running">{formatNumber(overview.runningCount, locale)}</dd>
        </div>
        <div className="region-figures__item">
          <dt>{t('regionOverview.figures.funding')}</dt>
          <dd>{formatSek(funding, locale)}</dd>
        </div>
        <div className="region-figures__item">
          <dt>{t('regionOverview.figures.followUp')}</dt>
          <dd>{t('regionOverview.figures.followUpValue', { recorded: endedWithFollowUpCount, ended: endedCount })}</dd>
        </div>
      </dl>
      <p>
        {endedCount > 0
          ? t('regionOverview.figures.followUpShare', { share: formatPercent(endedWithFollowUpCount / endedCount, locale) })
          : t('regionOverview.figures.followUpNone')}{' '}
        {dueCount > 0 && t('regionOverview.figures.dueRecorded', { recorded: dueRecordedCount, due: dueCount })}
      </p>
      <h3>{t('regionOverview.gender.heading')}</h3>
      <DataTable caption={t('regionOverview.gender.caption')} table={genderTable} />
      <p className="hint">{t('regionOverview.masking')}</p>
      <ViewExport view={t('regionOverview.headlineHeading')} table={headlineTable} fileName="regionoversikt-i-korthet" />
    </section>
  );
}

function Municipalities({ overview, state }: { readonly overview: Overview; readonly state: RegionFilterState }) {
  const { t } = useTranslation();
  const table: ViewTable = {
    header: [
      t('regionOverview.municipalities.organization'),
      t('regionOverview.municipalities.code'),
      t('regionOverview.municipalities.initiatives'),
      t('regionOverview.municipalities.owned'),
      t('regionOverview.gender.women'),
      t('regionOverview.gender.men'),
      t('regionOverview.gender.otherOrUnknown'),
      t('regionOverview.gender.total'),
    ],
    rows: overview.organizations.map((o) => [
      o.name,
      o.municipalityCode,
      o.initiativeCount,
      o.ownedCount,
      o.participants.women.display,
      o.participants.men.display,
      o.participants.otherOrUnknown.display,
      o.participants.total.display,
    ]),
  };
  const figures = overview.organizations
    .filter((o) => o.kind === 'municipality')
    .map((o) => ({
      code: o.municipalityCode,
      name: shortName(o),
      count: o.initiativeCount,
      owned: o.ownedCount,
      href: registerLink(state, {}, o.slug),
    }));
  return (
    <section className="region-section" aria-labelledby="region-municipalities-heading">
      <h2 id="region-municipalities-heading">{t('regionOverview.municipalities.heading')}</h2>
      <p>{t('regionOverview.municipalities.intro')}</p>
      <DataTable caption={t('regionOverview.municipalities.caption')} table={table} />
      <ViewExport view={t('regionOverview.municipalities.heading')} table={table} fileName="regionoversikt-kommuner" />
      <h3 id="region-map-heading">{t('regionOverview.map.heading')}</h3>
      <p>{t('regionOverview.map.intro')}</p>
      <RegionMap figures={figures} />
    </section>
  );
}

function CoverageMatrix({
  caption,
  termHeader,
  terms,
  cells,
  municipalities,
  state,
  filterKey,
  fileName,
}: {
  readonly caption: string;
  readonly termHeader: string;
  readonly terms: readonly VocabularyTermDefinition[];
  readonly cells: Overview['themeCoverage'];
  readonly municipalities: readonly Organization[];
  readonly state: RegionFilterState;
  readonly filterKey: 'themes' | 'targetGroups';
  readonly fileName: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countOf = new Map(cells.map((c) => [`${c.term}|${c.organization}`, c.count]));
  const table: ViewTable = {
    header: [termHeader, ...municipalities.map(shortName)],
    rows: terms.map((term) => [term.label[locale], ...municipalities.map((m) => countOf.get(`${term.code}|${m.slug}`) ?? 0)]),
  };
  return (
    <>
      <div className="table-scroller">
        <table className="region-table region-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{termHeader}</th>
              {municipalities.map((m) => (
                <th key={m.slug} scope="col" className="region-matrix__municipality">
                  {shortName(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const label = term.label[locale];
              return (
                <tr key={term.code}>
                  <th scope="row">{label}</th>
                  {municipalities.map((m) => {
                    const count = countOf.get(`${term.code}|${m.slug}`) ?? 0;
                    const href = registerLink(state, { [filterKey]: term.code }, m.slug);
                    const municipality = shortName(m);
                    return (
                      <td key={m.slug} className={count === 0 ? 'region-matrix__gap' : 'number'}>
                        <Link
                          to={href}
                          aria-label={
                            count === 0
                              ? t('regionOverview.coverage.gapLabel', { term: label, municipality })
                              : t('regionOverview.coverage.cellLabel', { term: label, municipality, count })
                          }
                        >
                          {count === 0 ? t('regionOverview.coverage.gap') : formatNumber(count, locale)}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ViewExport view={caption} table={table} fileName={fileName} />
    </>
  );
}

function Coverage({ overview, state }: { readonly overview: Overview; readonly state: RegionFilterState }) {
  const { t } = useTranslation();
  const municipalities = overview.organizations.filter((o) => o.kind === 'municipality').sort((a, b) => shortName(a).localeCompare(shortName(b), 'sv'));
  return (
    <section className="region-section" aria-labelledby="region-coverage-heading">
      <h2 id="region-coverage-heading">{t('regionOverview.coverage.heading')}</h2>
      <p>{t('regionOverview.coverage.intro')}</p>
      <CoverageMatrix
        caption={t('regionOverview.coverage.themesCaption')}
        termHeader={t('regionOverview.coverage.theme')}
        terms={THEMES}
        cells={overview.themeCoverage}
        municipalities={municipalities}
        state={state}
        filterKey="themes"
        fileName="regionoversikt-teman-per-kommun"
      />
      <CoverageMatrix
        caption={t('regionOverview.coverage.targetGroupsCaption')}
        termHeader={t('regionOverview.coverage.targetGroup')}
        terms={TARGET_GROUPS}
        cells={overview.targetGroupCoverage}
        municipalities={municipalities}
        state={state}
        filterKey="targetGroups"
        fileName="regionoversikt-malgrupper-per-kommun"
      />
    </section>
  );
}

const funderSeries = (locale: Locale): Series[] => FUNDER_TYPES.map((f) => ({ key: f.code, label: f.label[locale] }));

function Funding({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sek = (value: number) => formatSek(value, locale);
  const funders = funderSeries(locale);
  const byFunder = FUNDER_TYPES.map((f) => overview.fundingByFunderType.find((x) => x.funderType === f.code)).filter((x) => x !== undefined);
  const byFunderTable: ViewTable = {
    header: [t('regionOverview.funding.funderType'), t('regionOverview.funding.amount'), t('regionOverview.funding.initiatives')],
    rows: byFunder.map((f) => [termLabel(FUNDER_TYPES, f.funderType, locale), f.amountSek, f.initiativeCount]),
  };
  const years = [...new Set(overview.fundingByYear.map((f) => f.year))].sort((a, b) => a - b);
  const yearRows = years.map((year) => ({
    key: String(year),
    label: String(year),
    values: Object.fromEntries(overview.fundingByYear.filter((f) => f.year === year).map((f) => [f.funderType, f.amountSek])),
  }));
  const usedFunders = funders.filter((f) => yearRows.some((row) => (row.values[f.key] ?? 0) > 0));
  const byYearTable: ViewTable = {
    header: [t('regionOverview.funding.year'), ...usedFunders.map((f) => f.label), t('regionOverview.funding.total')],
    rows: yearRows.map((row) => [
      row.label,
      ...usedFunders.map((f) => row.values[f.key] ?? 0),
      usedFunders.reduce((sum, f) => sum + (row.values[f.key] ?? 0), 0),
    ]),
  };
  const themes = THEMES.map((theme) => {
    const found = overview.themes.find((x) => x.theme === theme.code);
    return { key: theme.code, label: theme.label[locale], initiatives: found?.initiativeCount ?? 0, amount: found?.amountSek ?? 0 };
  });
  const byThemeTable: ViewTable = {
    header: [t('regionOverview.funding.theme'), t('regionOverview.funding.initiatives'), t('regionOverview.funding.amount')],
    rows: themes.map((theme) => [theme.label, theme.initiatives, theme.amount]),
  };
  return (
    <section className="region-section" aria-labelledby="region-funding-heading">
      <h2 id="region-funding-heading">{t('regionOverview.funding.heading')}</h2>
      <h3>{t('regionOverview.funding.byFunderHeading')}</h3>
      <ChartFigure
        caption={t('regionOverview.funding.byFunderCaption')}
        table={byFunderTable}
        fileName="regionoversikt-medel-per-finansiar"
        empty={byFunder.length === 0}
      >
        <BarChart
          label={t('regionOverview.funding.byFunderCaption')}
          bars={byFunder.map((f) => ({ key: f.funderType, label: termLabel(FUNDER_TYPES, f.funderType, locale), value: f.amountSek }))}
          format={sek}
        />
      </ChartFigure>
      <h3>{t('regionOverview.funding.byYearHeading')}</h3>
      <p>{t('regionOverview.funding.byYearIntro')}</p>
      <ChartFigure caption={t('regionOverview.funding.byYearCaption')} table={byYearTable} fileName="regionoversikt-medel-per-ar" empty={yearRows.length === 0}>
        <StackedBarChart label={t('regionOverview.funding.byYearCaption')} rows={yearRows} series={funders} format={sek} />
      </ChartFigure>
      <h3>{t('regionOverview.funding.byThemeHeading')}</h3>
      <p>{t('regionOverview.funding.byThemeIntro')}</p>
      <ChartFigure caption={t('regionOverview.funding.byThemeCaption')} table={byThemeTable} fileName="regionoversikt-teman">
        <BarChart
          label={`${t('regionOverview.funding.byThemeCaption')}: ${t('regionOverview.funding.initiatives')}`}
          bars={themes.map((x) => ({ key: x.key, label: x.label, value: x.initiatives }))}
        />
        <BarChart
          label={`${t('regionOverview.funding.byThemeCaption')}: ${t('regionOverview.funding.amount')}`}
          bars={themes.map((x) => ({ key: x.key, label: x.label, value: x.amount }))}
          format={sek}
        />
      </ChartFigure>
    </section>
  );
}

function AfterLife({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const statusLabel = useAfterLifeLabel();
  const series: Series[] = AFTER_LIFE_KEYS.map((key) => ({ key, label: statusLabel(key) }));
  const all = AFTER_LIFE_KEYS.map((key) => ({ key, label: statusLabel(key), value: overview.afterLife.find((a) => a.status === key)?.count ?? 0 }));
  const allTable: ViewTable = { header: [t('regionOverview.afterLife.status'), t('regionOverview.afterLife.count')], rows: all.map((a) => [a.label, a.value]) };
  const grouped = (counts: Overview['afterLifeByKind'], groups: readonly VocabularyTermDefinition[]) => {
    const rows = groups
      .map((g) => ({
        key: g.code,
        label: g.label[locale],
        values: Object.fromEntries(counts.filter((c) => c.group === g.code).map((c) => [c.status, c.count])),
      }))
      .filter((row) => Object.keys(row.values).length > 0);
    const table: ViewTable = {
      header: [t('regionOverview.afterLife.group'), ...series.map((s) => s.label), t('regionOverview.funding.total')],
      rows: rows.map((row) => [row.label, ...series.map((s) => row.values[s.key] ?? 0), series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0)]),
    };
    return { rows, table };
  };
  const byFunder = grouped(overview.afterLifeByFunderType, FUNDER_TYPES);
  const byKind = grouped(overview.afterLifeByKind, PROJECT_KINDS);
  const none = overview.followUps.endedCount === 0;
  return (
    <section className="region-section" aria-labelledby="region-afterlife-heading">
      <h2 id="region-afterlife-heading">{t('regionOverview.afterLife.heading')}</h2>
      <p>{t('regionOverview.afterLife.intro')}</p>
      <ChartFigure caption={t('regionOverview.afterLife.allCaption')} table={allTable} fileName="regionoversikt-levde-vidare" empty={none}>
        <BarChart label={t('regionOverview.afterLife.allCaption')} bars={all} />
      </ChartFigure>
      <h3>{t('regionOverview.afterLife.byFunderHeading')}</h3>
      <ChartFigure
        caption={t('regionOverview.afterLife.byFunderCaption')}
        table={byFunder.table}
        fileName="regionoversikt-levde-vidare-per-finansiar"
        empty={byFunder.rows.length === 0}
      >
        <StackedBarChart label={t('regionOverview.afterLife.byFunderCaption')} rows={byFunder.rows} series={series} />
      </ChartFigure>
      <h3>{t('regionOverview.afterLife.byKindHeading')}</h3>
      <ChartFigure
        caption={t('regionOverview.afterLife.byKindCaption')}
        table={byKind.table}
        fileName="regionoversikt-levde-vidare-per-typ"
        empty={byKind.rows.length === 0}
      >
        <StackedBarChart label={t('regionOverview.afterLife.byKindCaption')} rows={byKind.rows} series={series} />
      </ChartFigure>
    </section>
  );
}

/** Opens every table before printing, so the printout has the figures behind each chart; restores after. */
function usePrintOpensTables(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.region-overview details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** Regionöversikt (/regionoversikt): the region's figures over every initiative the reader may read. */
export function RegionOverviewPage() {
  useLazyMessages('regionOverview', { sv: regionOverviewSv, en: regionOverviewEn });
  const { t } = useTranslation();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseRegionParams(searchParams), [searchParams]);
  const filter = useMemo(() => toRegionFilter(state), [state]);
  const [result, reexecute] = useQuery({ query: regionOverviewQuery, variables: { filter } });
  const [{ data: organizationData }] = useQuery({ query: organizationsQuery });
  // The last answer stays on the page while a new filter's answer is on its way: nothing vanishes under the user's focus.
  const [last, setLast] = useState<RegionOverviewQuery | undefined>(undefined);
  if (result.data && result.data !== last) setLast(result.data);
  const shown = result.data ?? (result.error ? undefined : last);
  usePrintOpensTables();
  return (
    <Page title={t('regionOverview.title')}>
      <div className="region-overview">
        <p className="lead">{t('regionOverview.intro')}</p>
        <p className="notice">{signedIn ? t('regionOverview.scopeSignedIn') : t('regionOverview.scopeAnonymous')}</p>
        {signedIn && (
          <p>
            <Link to={PATHS.overlapPairs}>{t('regionOverview.overlapsLink')}</Link>
          </p>
        )}
        <p className="region-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('regionOverview.print')}
          </button>
        </p>
        <Filters state={state} organizations={organizationData?.organizations ?? []} onChange={(next) => setSearchParams(toRegionParams(next))} />
        <p role="status" className="status">
          {result.fetching && shown ? t('regionOverview.loading') : ''}
        </p>
        <QueryState
          result={{ data: shown, fetching: result.fetching, error: result.error }}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          loading={t('regionOverview.loading')}
        >
          {(data) => (
            <>
              <Headline overview={data.regionOverview} />
              <Municipalities overview={data.regionOverview} state={state} />
              <Coverage overview={data.regionOverview} state={state} />
              <Funding overview={data.regionOverview} />
              <AfterLife overview={data.regionOverview} />
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
