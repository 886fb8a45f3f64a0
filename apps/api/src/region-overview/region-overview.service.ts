import { Injectable } from '@nestjs/common';
import { FUNDER_TYPES, PROJECT_KINDS, SMALL_COUNT_THRESHOLD, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import { readsExactly } from '../initiatives/participant-masking.js';
import { currentRequestContext } from '../request/request-context.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { codes } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { maskGenderSums, type MaskedGenderCounts } from './region-overview-masking.js';
import type { RegionOverviewFilter } from './region-overview.inputs.js';
import type { RegionAfterLifeCount, RegionOverview } from './region-overview.model.js';
import {
  REGION_FACTS_SQL,
  REGION_FILTERED_SQL,
  regionOverviewParameters,
  type RegionOverviewParameters,
  type RegionOverviewRow,
} from './region-overview.sql.js';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_VALUES = 50;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type ParticipantRow = RegionOverviewRow['participants'][number];

const NO_PARTICIPANTS: ParticipantRow = {
  overall: true,
  slug: null,
  women: 0,
  men: 0,
  other: 0,
  womenHidden: false,
  menHidden: false,
  otherHidden: false,
  exact: true,
};

function masked(row: ParticipantRow | undefined): MaskedGenderCounts {
  const r = row ?? NO_PARTICIPANTS;
  return maskGenderSums({
    women: { sum: Number(r.women ?? 0), hiddenPart: r.womenHidden === true },
    men: { sum: Number(r.men ?? 0), hiddenPart: r.menHidden === true },
    otherOrUnknown: { sum: Number(r.other ?? 0), hiddenPart: r.otherHidden === true },
    exact: r.exact !== false,
  });
}

/** The filter, checked: known codes, years in range, organisation slugs. Field errors name the filter's fields. */
export function checkRegionFilter(filter: RegionOverviewFilter | null | undefined): Omit<RegionOverviewParameters, 'exactOrganizationId' | 'threshold'> {
  const errors = new FieldErrorCollector();
  const year = (field: 'fromYear' | 'toYear', label: string): number | null => {
    const value = filter?.[field];
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) errors.add(field, `${label} ska vara ett år mellan ${MIN_YEAR} och ${MAX_YEAR}.`);
    return value;
  };
  const list = (field: 'themes' | 'targetGroups' | 'funderTypes' | 'kinds', allowed: readonly { code: string }[], label: string): string[] | null => {
    const values = filter?.[field];
    if (!values || values.length === 0) return null;
    if (values.length > MAX_VALUES) errors.add(field, `Högst ${MAX_VALUES} värden för ${label}.`);
    return codes(errors, field, values, allowed, label);
  };
  const fromYear = year('fromYear', 'Från och med');
  const toYear = year('toYear', 'Till och med');
  if (fromYear !== null && toYear !== null && fromYear > toYear) errors.add('toYear', 'Till och med kan inte vara före från och med.');
  const themes = list('themes', THEMES, 'tema');
  const targetGroups = list('targetGroups', TARGET_GROUPS, 'målgrupp');
  const funderTypes = list('funderTypes', FUNDER_TYPES, 'finansiär');
  const kinds = list('kinds', PROJECT_KINDS, 'typ av insats');
  let organizations: string[] | null = null;
  if (filter?.organizations && filter.organizations.length > 0) {
    organizations = [...new Set(filter.organizations.map((s) => s.trim()))];
    if (organizations.length > MAX_VALUES) errors.add('organizations', `Högst ${MAX_VALUES} organisationer.`);
    const bad = organizations.find((s) => !SLUG.test(s));
    if (bad !== undefined) errors.add('organizations', `Okänd organisation: "${bad.slice(0, 40)}".`);
  }
  errors.throwIfAny();
  return { fromYear, toYear, themes, targetGroups, funderTypes, kinds, organizations };
}

/** The region overview: one statement in the request's RLS transaction, masked here for the reader. */
@Injectable()
export class RegionOverviewService {
  constructor(private readonly database: RequestDatabase) {}

  async overview(filter: RegionOverviewFilter | null | undefined): Promise<RegionOverview> {
    const checked = checkRegionFilter(filter);
    const active = currentRequestContext()?.activeOrganization?.id;
    // Exact counts only for a signed-in member of the owning organisation, as on an initiative's page.
    const exactOrganizationId = active !== undefined && readsExactly(active) ? active : null;
    const manager = await this.database.manager();
    // Without filters, or filtered by owning organisation only, the pre-counted facts answer (they count small cells as 1–4).
    const { organizations, ...others } = checked;
    // The facts are keyed by organisation and visibility, so they count a record shared with a
    // network for its owner only; a network member's view comes from the per-initiative copy.
    const inNetworks = (currentRequestContext()?.networkIds?.length ?? 0) > 0;
    const fromFacts = Object.values(others).every((value) => value === null) && SMALL_COUNT_THRESHOLD === 5 && !inNetworks;
    const [row] = fromFacts
      ? await sqlRows<RegionOverviewRow>(manager, REGION_FACTS_SQL, [exactOrganizationId, organizations])
      : await sqlRows<RegionOverviewRow>(
          manager,
          REGION_FILTERED_SQL,
          regionOverviewParameters({ ...checked, exactOrganizationId, threshold: SMALL_COUNT_THRESHOLD }),
        );
    if (!row) throw new Error('The region overview statement returned no row');
    return toRegionOverview(row);
  }
}

export function toRegionOverview(row: RegionOverviewRow): RegionOverview {
  const participantsBySlug = new Map(row.participants.filter((p) => !p.overall && p.slug).map((p) => [p.slug!, p]));
  const afterLife = (dimension: 'all' | 'funderType' | 'kind'): RegionAfterLifeCount[] =>
    row.after_life
      .filter((a) => a.dimension === dimension)
      .map((a) => ({ group: a.group, status: a.status, count: Number(a.count) }))
      .sort((a, b) => a.group.localeCompare(b.group) || a.status.localeCompare(b.status));
  return {
    initiativeCount: Number(row.totals.initiatives),
    runningCount: Number(row.totals.running),
    followUps: {
      endedCount: Number(row.totals.ended),
      endedWithFollowUpCount: Number(row.follow_ups.withFollowUp),
      dueCount: Number(row.follow_ups.due),
      dueRecordedCount: Number(row.follow_ups.dueRecorded),
    },
    fundingByFunderType: row.funding_by_type.map((f) => ({ funderType: f.funderType, amountSek: Number(f.amountSek), initiativeCount: Number(f.initiatives) })),
    fundingByYear: row.funding_by_year.map((f) => ({ year: Number(f.year), funderType: f.funderType, amountSek: Number(f.amountSek) })),
    themes: row.by_theme.map((t) => ({ theme: t.theme, initiativeCount: Number(t.initiatives), amountSek: Number(t.amountSek) })),
    organizations: row.organizations.map((o) => ({
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      municipalityCode: o.code,
      initiativeCount: Number(o.initiatives),
      ownedCount: Number(o.owned),
      participants: masked(participantsBySlug.get(o.slug)),
    })),
    themeCoverage: row.theme_coverage.map((c) => ({ term: c.term, organization: c.slug, count: Number(c.count) })),
    targetGroupCoverage: row.target_group_coverage.map((c) => ({ term: c.term, organization: c.slug, count: Number(c.count) })),
    participants: masked(row.participants.find((p) => p.overall)),
    afterLife: afterLife('all'),
    afterLifeByFunderType: afterLife('funderType'),
    afterLifeByKind: afterLife('kind'),
  };
}
