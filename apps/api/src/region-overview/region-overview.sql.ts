// The Regionöversikt's statements: every aggregate of the page in one statement, in the request's
// transaction as the API's role, so row-level security decides what is counted. Free of
// decorated classes, so the benchmark's SQL floor runs exactly these texts. Both give the same
// row as REGION_OVERVIEW_REFERENCE_SQL (region-overview-reference.sql.ts, the figures'
// definition over `initiative` itself); tests/api/region-overview-statements.test.ts compares them.
//
// Parameters of REGION_FILTERED_SQL (and of the reference):
//   $1 uuid     the organisation whose counts the reader sees exactly (the active one), or NULL
//   $2 int      period from (year), or NULL     $3 int  period to (year), or NULL
//   $4 text[]   themes, or NULL                 $5 text[] target groups, or NULL
//   $6 text[]   funder types, or NULL           $7 text[] kinds, or NULL
//   $8 text[]   owning organisations (slugs), or NULL
//   $9 int      the small-cell threshold (SMALL_COUNT_THRESHOLD)

/**
 * With any filter: over `region_initiative`, the trigger-kept narrow copy of each initiative
 * (migration 1796320000000), read under the same record rule as `initiative`. Partners, granted
 * funding and participant periods are there as arrays and sums already, so nothing is expanded
 * from jsonb here. One scan of the readable, filtered copies (`base`), then four groupings of it:
 *
 * - `involved`: each initiative once per organisation taking part, grouped by organisation and
 *   the initiative's whole theme (and target group) array. A few thousand groups instead of every
 *   initiative × term × organisation; the terms are unnested from the groups afterwards. Gives
 *   the organisations, both coverage matrices and the initiatives per theme (owned rows).
 * - `owners`: per owning organisation, kind and (for completed initiatives) funder-type array:
 *   totals, participant sums with whether a period's count is under the threshold, and
 *   completed initiatives (after-life per kind and funder type).
 * - `funding`: granted funding per initiative and funder type (of the chosen types), per start
 *   year × type and per theme array.
 * - `followed`: follow-ups are read as they are (they depend on today's date): only those that
 *   exist, joined to the completed initiatives of `base`; completed ones without are *not-due*.
 */
/**
 * What both statements share after their own \`followed\` (completed initiatives with follow-ups:
 * id, kind, funder types, after_life) and \`ended_counts\` (completed initiatives per dimension
 * and group): the outcomes per group, and the after-life column with the completed ones without
 * follow-ups counted as not due.
 */
const OUTCOMES_CTE = `outcomes AS (
  SELECT 'all' AS dimension, '' AS grp, after_life, count(*) AS n FROM followed GROUP BY after_life
  UNION ALL SELECT 'kind', kind, after_life, count(*) FROM followed GROUP BY kind, after_life
  UNION ALL SELECT 'funderType', ft, after_life, count(*) FROM followed CROSS JOIN unnest(funder_types) ft GROUP BY ft, after_life
)`;

const AFTER_LIFE_COLUMN = `  (SELECT coalesce(json_agg(json_build_object('group', grp, 'dimension', dimension, 'status', after_life, 'count', n)), '[]')
     FROM (SELECT dimension, grp, after_life, sum(n) AS n
             FROM (SELECT dimension, grp, after_life, n FROM outcomes
                   UNION ALL
                   -- Completed initiatives without follow-ups: not due (no end date, or none made yet).
                   SELECT c.dimension, c.grp, 'not-due', c.n - coalesce((SELECT sum(o.n) FROM outcomes o WHERE o.dimension = c.dimension AND o.grp = c.grp), 0)
                     FROM ended_counts c) y
            GROUP BY dimension, grp, after_life
           HAVING sum(n) > 0) x) AS after_life`;

export const REGION_FILTERED_SQL = `
WITH base AS MATERIALIZED (
  SELECT r.id, r.organization_id, r.status, r.kind, r.start_year, r.themes, r.target_groups, r.funder_types, r.involved,
         r.granted_types, r.granted_amounts, r.periods, r.women, r.men, r.other, r.women_least, r.men_least, r.other_least
    FROM region_initiative r
   WHERE r.archived_at IS NULL
     AND ($2::int IS NULL OR (r.start_date IS NOT NULL AND coalesce(r.end_date, 'infinity'::date) >= make_date($2::int, 1, 1)))
     AND ($3::int IS NULL OR (r.start_date IS NOT NULL AND r.start_date <= make_date($3::int, 12, 31)))
     AND ($4::text[] IS NULL OR r.themes && $4::text[])
     AND ($5::text[] IS NULL OR r.target_groups && $5::text[])
     AND ($6::text[] IS NULL OR r.funder_types && $6::text[])
     AND ($7::text[] IS NULL OR r.kind = ANY($7::text[]))
     AND ($8::text[] IS NULL OR r.organization_id IN (SELECT o.id FROM organization o WHERE o.slug = ANY($8::text[])))
),
involved AS MATERIALIZED (
  SELECT grouping(v.themes, v.target_groups) AS set, v.organization_id, v.themes, v.target_groups,
         count(*) AS n, count(*) FILTER (WHERE v.organization_id = v.owner_id) AS owned
    FROM (SELECT unnest(b.involved) AS organization_id, b.organization_id AS owner_id, b.themes, b.target_groups FROM base b) v
   GROUP BY GROUPING SETS ((v.organization_id, v.themes), (v.organization_id, v.target_groups))
),
owners AS MATERIALIZED (
  SELECT organization_id, kind, ended_funder_types AS funder_types,
         count(*) AS n, count(*) FILTER (WHERE status = 'ongoing') AS running, count(*) FILTER (WHERE status = 'completed') AS ended,
         count(*) FILTER (WHERE periods > 0) AS with_periods,
         sum(women) AS women, sum(men) AS men, sum(other) AS other,
         -- Some period's count is 1 … threshold − 1 (the smallest count above zero says it).
         coalesce(bool_or(women_least < $9::int), false) AS women_small,
         coalesce(bool_or(men_least < $9::int), false) AS men_small,
         coalesce(bool_or(other_least < $9::int), false) AS other_small
    FROM (SELECT organization_id, kind, status, periods, women, men, other, women_least, men_least, other_least,
                 CASE WHEN status = 'completed' THEN funder_types END AS ended_funder_types
            FROM base) b
   GROUP BY organization_id, kind, ended_funder_types
),
people AS (
  -- The whole and per owner; a small count is hidden from everyone but the owner's members.
  SELECT grouping(organization_id) = 1 AS overall, organization_id,
         sum(women) AS women, sum(men) AS men, sum(other) AS other,
         bool_or(women_small AND (organization_id = $1::uuid) IS NOT TRUE) AS women_hidden,
         bool_or(men_small AND (organization_id = $1::uuid) IS NOT TRUE) AS men_hidden,
         bool_or(other_small AND (organization_id = $1::uuid) IS NOT TRUE) AS other_hidden,
         bool_and((organization_id = $1::uuid) IS TRUE) AS exact
    FROM owners WHERE with_periods > 0
   GROUP BY GROUPING SETS ((), (organization_id))
),
funding AS MATERIALIZED (
  SELECT grouping(g.start_year, g.funder_type, g.themes) AS set, g.start_year, g.funder_type, g.themes, sum(g.amount) AS amount, count(*) AS n
    FROM (SELECT b.start_year, b.themes, unnest(b.granted_types) AS funder_type, unnest(b.granted_amounts) AS amount FROM base b) g
   WHERE $6::text[] IS NULL OR g.funder_type = ANY($6::text[])
   GROUP BY GROUPING SETS ((g.start_year, g.funder_type), (g.themes))
),
followed AS MATERIALIZED (
  SELECT b.id, b.kind, b.funder_types,
         count(*) FILTER (WHERE f.recorded_at IS NOT NULL) AS recorded,
         count(*) FILTER (WHERE f.due_date <= current_date) AS due,
         count(*) FILTER (WHERE f.due_date <= current_date AND f.recorded_at IS NOT NULL) AS due_recorded,
         CASE
           WHEN bool_or(f.milestone = '2-years' AND f.recorded_at IS NOT NULL)
             THEN coalesce(max(f.status) FILTER (WHERE f.milestone = '2-years' AND f.recorded_at IS NOT NULL), 'unknown')
           WHEN bool_or(f.milestone = '2-years' AND f.due_date <= current_date) THEN 'not-recorded'
           ELSE 'not-due'
         END AS after_life
    FROM initiative_follow_up f
    JOIN base b ON b.id = f.initiative_id
   WHERE b.status = 'completed'
   GROUP BY b.id, b.kind, b.funder_types
),
ended_counts AS (
  SELECT 'all' AS dimension, '' AS grp, coalesce(sum(ended), 0) AS n FROM owners
  UNION ALL SELECT 'kind', kind, sum(ended) FROM owners GROUP BY kind
  UNION ALL SELECT 'funderType', ft, sum(ended) FROM owners CROSS JOIN unnest(funder_types) ft GROUP BY ft
),
${OUTCOMES_CTE}
SELECT
  (SELECT json_build_object(
            'initiatives', coalesce(sum(n), 0),
            'running', coalesce(sum(running), 0),
            'ended', coalesce(sum(ended), 0))
     FROM owners) AS totals,
  (SELECT json_build_object(
            'withFollowUp', count(*) FILTER (WHERE recorded > 0),
            'due', coalesce(sum(due), 0),
            'dueRecorded', coalesce(sum(due_recorded), 0))
     FROM followed) AS follow_ups,
  (SELECT coalesce(json_agg(json_build_object('funderType', funder_type, 'amountSek', amount, 'initiatives', n) ORDER BY funder_type), '[]')
     FROM (SELECT funder_type, sum(amount) AS amount, sum(n) AS n FROM funding WHERE set = 1 GROUP BY funder_type) x) AS funding_by_type,
  (SELECT coalesce(json_agg(json_build_object('year', start_year, 'funderType', funder_type, 'amountSek', amount) ORDER BY start_year, funder_type), '[]')
     FROM funding WHERE set = 1 AND start_year IS NOT NULL) AS funding_by_year,
  (SELECT coalesce(json_agg(json_build_object('theme', c.theme, 'initiatives', c.n, 'amountSek', coalesce(a.amount, 0)) ORDER BY c.theme), '[]')
     FROM (SELECT theme, sum(owned) AS n FROM (SELECT unnest(themes) AS theme, owned FROM involved WHERE set = 1 AND owned > 0) x GROUP BY theme) c
     LEFT JOIN (SELECT theme, sum(amount) AS amount FROM (SELECT unnest(themes) AS theme, amount FROM funding WHERE set = 6) x GROUP BY theme) a
       ON a.theme = c.theme) AS by_theme,
  (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind, 'code', o.municipality_code,
                                              'initiatives', coalesce(x.n, 0), 'owned', coalesce(x.owned, 0)) ORDER BY o.municipality_code), '[]')
     FROM organization o
     LEFT JOIN (SELECT organization_id, sum(n) AS n, sum(owned) AS owned FROM involved WHERE set = 1 GROUP BY organization_id) x
       ON x.organization_id = o.id) AS organizations,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT v.term, o.slug, sum(v.n) AS n
             FROM (SELECT organization_id, unnest(themes) AS term, n FROM involved WHERE set = 1) v JOIN organization o ON o.id = v.organization_id
            GROUP BY v.term, o.slug) x) AS theme_coverage,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT v.term, o.slug, sum(v.n) AS n
             FROM (SELECT organization_id, unnest(target_groups) AS term, n FROM involved WHERE set = 2) v JOIN organization o ON o.id = v.organization_id
            GROUP BY v.term, o.slug) x) AS target_group_coverage,
  (SELECT coalesce(json_agg(json_build_object(
            'overall', x.overall, 'slug', o.slug, 'women', x.women, 'men', x.men, 'other', x.other,
            'womenHidden', x.women_hidden, 'menHidden', x.men_hidden, 'otherHidden', x.other_hidden, 'exact', x.exact)), '[]')
     FROM people x LEFT JOIN organization o ON o.id = x.organization_id) AS participants,
${AFTER_LIFE_COLUMN}
`;

/**
 * The landing view (no filters, or only owning organisations) from the pre-counted facts (`region_fact`, kept by a trigger on
 * `initiative`; see the migration 1796290000000): the same columns as REGION_FILTERED_SQL, read
 * under the facts' row-level security (organisation and visibility, as for the initiatives they
 * count). Follow-ups depend on today's date, so the ended initiatives are read as they are, from
 * the narrow `initiative_search` (its record rule, as `initiative`'s).
 *
 * Parameters: $1 uuid, the organisation whose counts the reader sees exactly, or NULL; $2
 * text[], owning organisations (slugs), or NULL: the one filter the facts are keyed by. The
 * facts count periods with 1–4 per gender, so this needs SMALL_COUNT_THRESHOLD = 5.
 */
export const REGION_FACTS_SQL = `
WITH facts AS MATERIALIZED (
  SELECT organization_id, fact, k1, k2, sum(n) AS n, sum(amount) AS amount,
         sum(women) AS women, sum(men) AS men, sum(other) AS other,
         sum(women_small) AS women_small, sum(men_small) AS men_small, sum(other_small) AS other_small
    FROM region_fact
   WHERE ($2::text[] IS NULL OR organization_id IN (SELECT o.id FROM organization o WHERE o.slug = ANY($2::text[])))
   GROUP BY organization_id, fact, k1, k2
),
followed AS MATERIALIZED (
  -- Completed initiatives that have follow-ups (only those; the others are all 'not-due').
  SELECT s.id, s.kind, s.funder_types,
         count(*) FILTER (WHERE f.recorded_at IS NOT NULL) AS recorded,
         count(*) FILTER (WHERE f.due_date <= current_date) AS due,
         count(*) FILTER (WHERE f.due_date <= current_date AND f.recorded_at IS NOT NULL) AS due_recorded,
         CASE
           WHEN bool_or(f.milestone = '2-years' AND f.recorded_at IS NOT NULL)
             THEN coalesce(max(f.status) FILTER (WHERE f.milestone = '2-years' AND f.recorded_at IS NOT NULL), 'unknown')
           WHEN bool_or(f.milestone = '2-years' AND f.due_date <= current_date) THEN 'not-recorded'
           ELSE 'not-due'
         END AS after_life
    FROM initiative_follow_up f
    JOIN initiative_search s ON s.id = f.initiative_id
   WHERE s.archived_at IS NULL AND s.status = 'completed'
     AND ($2::text[] IS NULL OR s.organization_id IN (SELECT o.id FROM organization o WHERE o.slug = ANY($2::text[])))
   GROUP BY s.id, s.kind, s.funder_types
),
ended_counts AS (
  -- Per group: completed initiatives (facts) and, of them, those with follow-ups by outcome.
  SELECT 'all' AS dimension, '' AS grp, coalesce(sum(n) FILTER (WHERE k1 = 'completed'), 0) AS n FROM facts WHERE fact = 'status'
  UNION ALL SELECT 'kind', k1, sum(n) FROM facts WHERE fact = 'ended-kind' GROUP BY k1
  UNION ALL SELECT 'funderType', k1, sum(n) FROM facts WHERE fact = 'ended-funder' GROUP BY k1
),
${OUTCOMES_CTE}
SELECT
  (SELECT json_build_object(
            'initiatives', coalesce(sum(n), 0),
            'running', coalesce(sum(n) FILTER (WHERE k1 = 'ongoing'), 0),
            'ended', coalesce(sum(n) FILTER (WHERE k1 = 'completed'), 0))
     FROM facts WHERE fact = 'status') AS totals,
  (SELECT json_build_object(
            'withFollowUp', count(*) FILTER (WHERE recorded > 0),
            'due', coalesce(sum(due), 0),
            'dueRecorded', coalesce(sum(due_recorded), 0))
     FROM followed) AS follow_ups,
  (SELECT coalesce(json_agg(json_build_object('funderType', k1, 'amountSek', amount, 'initiatives', initiatives) ORDER BY k1), '[]')
     FROM (SELECT k1, sum(amount) AS amount, sum(n) AS initiatives FROM facts WHERE fact = 'funding' GROUP BY k1 HAVING sum(n) <> 0) x) AS funding_by_type,
  (SELECT coalesce(json_agg(json_build_object('year', year, 'funderType', k1, 'amountSek', amount) ORDER BY year, k1), '[]')
     FROM (SELECT k2::int AS year, k1, sum(amount) AS amount FROM facts WHERE fact = 'funding' AND k2 <> '' GROUP BY k2, k1 HAVING sum(n) <> 0) x) AS funding_by_year,
  (SELECT coalesce(json_agg(json_build_object('theme', k1, 'initiatives', initiatives, 'amountSek', amount) ORDER BY k1), '[]')
     FROM (SELECT k1, sum(n) AS initiatives, sum(amount) AS amount FROM facts WHERE fact = 'theme' GROUP BY k1 HAVING sum(n) <> 0) x) AS by_theme,
  (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind, 'code', o.municipality_code,
                                              'initiatives', coalesce(x.initiatives, 0), 'owned', coalesce(x.owned, 0)) ORDER BY o.municipality_code), '[]')
     FROM organization o
     LEFT JOIN (SELECT k1::uuid AS organization_id, sum(n) AS initiatives, sum(n) FILTER (WHERE k2 = 'owner') AS owned
                  FROM facts WHERE fact = 'involved' GROUP BY k1) x
       ON x.organization_id = o.id) AS organizations,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT f.k1 AS term, o.slug, sum(f.n) AS n FROM facts f JOIN organization o ON o.id = f.k2::uuid
            WHERE f.fact = 'theme-cover' GROUP BY f.k1, o.slug HAVING sum(f.n) <> 0) x) AS theme_coverage,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT f.k1 AS term, o.slug, sum(f.n) AS n FROM facts f JOIN organization o ON o.id = f.k2::uuid
            WHERE f.fact = 'target-cover' GROUP BY f.k1, o.slug HAVING sum(f.n) <> 0) x) AS target_group_coverage,
  (SELECT coalesce(json_agg(json_build_object(
            'overall', x.overall, 'slug', o.slug, 'women', x.women, 'men', x.men, 'other', x.other,
            'womenHidden', x.women_hidden, 'menHidden', x.men_hidden, 'otherHidden', x.other_hidden, 'exact', x.exact)), '[]')
     FROM (SELECT organization_id, grouping(organization_id) = 1 AS overall,
                  sum(women) AS women, sum(men) AS men, sum(other) AS other,
                  bool_or(organization_id IS DISTINCT FROM $1::uuid AND women_small > 0) AS women_hidden,
                  bool_or(organization_id IS DISTINCT FROM $1::uuid AND men_small > 0) AS men_hidden,
                  bool_or(organization_id IS DISTINCT FROM $1::uuid AND other_small > 0) AS other_hidden,
                  bool_and((organization_id = $1::uuid) IS TRUE) AS exact
             FROM facts WHERE fact = 'people' AND n > 0
            GROUP BY GROUPING SETS ((), (organization_id))) x
     LEFT JOIN organization o ON o.id = x.organization_id) AS participants,
${AFTER_LIFE_COLUMN}
`;
/** The statement's parameters, in order. */
export interface RegionOverviewParameters {
  readonly exactOrganizationId: string | null;
  readonly fromYear: number | null;
  readonly toYear: number | null;
  readonly themes: readonly string[] | null;
  readonly targetGroups: readonly string[] | null;
  readonly funderTypes: readonly string[] | null;
  readonly kinds: readonly string[] | null;
  readonly organizations: readonly string[] | null;
  readonly threshold: number;
}

export function regionOverviewParameters(p: RegionOverviewParameters): unknown[] {
  return [p.exactOrganizationId, p.fromYear, p.toYear, p.themes, p.targetGroups, p.funderTypes, p.kinds, p.organizations, p.threshold];
}

/** One row: each column is JSON (parsed by pg). */
export interface RegionOverviewRow {
  totals: { initiatives: number; running: number; ended: number };
  follow_ups: { withFollowUp: number; due: number; dueRecorded: number };
  funding_by_type: Array<{ funderType: string; amountSek: number; initiatives: number }>;
  funding_by_year: Array<{ year: number; funderType: string; amountSek: number }>;
  by_theme: Array<{ theme: string; initiatives: number; amountSek: number }>;
  organizations: Array<{ slug: string; name: string; kind: string; code: string; initiatives: number; owned: number }>;
  theme_coverage: Array<{ term: string; slug: string; count: number }>;
  target_group_coverage: Array<{ term: string; slug: string; count: number }>;
  /** One row for all (`overall`), one per owning organisation; sums and flags are null without any periods. */
  participants: Array<{
    overall: boolean;
    slug: string | null;
    women: number | null;
    men: number | null;
    other: number | null;
    womenHidden: boolean | null;
    menHidden: boolean | null;
    otherHidden: boolean | null;
    exact: boolean | null;
  }>;
  after_life: Array<{ group: string; dimension: 'all' | 'funderType' | 'kind'; status: string; count: number }>;
}
