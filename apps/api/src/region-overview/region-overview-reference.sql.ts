// The region overview's reference statement: every figure of the page computed from `initiative`
// itself (its jsonb expanded here), as docs/region-overview.md defines them. The API does not run
// it (it answers from the pre-counted facts or from the narrow copy, region-overview.sql.ts);
// tests/api/region-overview-statements.test.ts compares those two statements with this one for
// every kind of reader, so a change of meaning goes here first. Free of decorated classes.
//
// Row-level security decides what is read: the statement runs in the request's transaction as the
// API's role, so a private initiative of another organisation is never in `base`, and follow-ups
// are read under their own policy. The statement's size does not depend on the number of
// initiatives: one scan of `initiative` (materialised once as `base`), one index lookup of the
// follow-ups per ended initiative, and GROUP BYs over vocabularies and organisations.
//
// Parameters:
//   $1 uuid     the organisation whose counts the reader sees exactly (the active one), or NULL
//   $2 int      period from (year), or NULL     $3 int  period to (year), or NULL
//   $4 text[]   themes, or NULL                 $5 text[] target groups, or NULL
//   $6 text[]   funder types, or NULL           $7 text[] kinds, or NULL
//   $8 text[]   owning organisations (slugs), or NULL
//   $9 int      the small-cell threshold (SMALL_COUNT_THRESHOLD)

export const REGION_OVERVIEW_REFERENCE_SQL = `
WITH base AS MATERIALIZED (
  SELECT i.id, i.organization_id, i.status, i.kind, i.themes, i.target_groups, i.funder_types,
         extract(year FROM i.start_date)::int AS start_year,
         i.partners, i.funding, i.participants,
         (i.organization_id = $1::uuid) IS TRUE AS exact
    FROM initiative i
   WHERE i.archived_at IS NULL
     AND ($2::int IS NULL OR (i.start_date IS NOT NULL AND coalesce(i.end_date, 'infinity'::date) >= make_date($2::int, 1, 1)))
     AND ($3::int IS NULL OR (i.start_date IS NOT NULL AND i.start_date <= make_date($3::int, 12, 31)))
     AND ($4::text[] IS NULL OR i.themes && $4::text[])
     AND ($5::text[] IS NULL OR i.target_groups && $5::text[])
     AND ($6::text[] IS NULL OR i.funder_types && $6::text[])
     AND ($7::text[] IS NULL OR i.kind = ANY($7::text[]))
     AND ($8::text[] IS NULL OR i.organization_id IN (SELECT o.id FROM organization o WHERE o.slug = ANY($8::text[])))
),
involved AS MATERIALIZED (
  -- Each initiative once per organisation taking part: the owner and partners that are portal organisations.
  SELECT b.id, b.themes, b.target_groups, x.organization_id, x.organization_id = b.organization_id AS owner
    FROM base b
    CROSS JOIN LATERAL (
      SELECT b.organization_id
      UNION
      SELECT (p->>'organizationId')::uuid FROM jsonb_array_elements(b.partners) p WHERE coalesce(p->>'organizationId', '') <> ''
    ) x(organization_id)
),
funding AS MATERIALIZED (
  -- Granted funding lines with an amount; with a funder-type filter, only lines of those types.
  SELECT b.id, b.start_year, f->>'funderType' AS funder_type, (f->>'amountSek')::numeric AS amount
    FROM base b, jsonb_array_elements(b.funding) f
   WHERE f->>'status' = 'granted' AND jsonb_typeof(f->'amountSek') = 'number'
     AND ($6::text[] IS NULL OR f->>'funderType' = ANY($6::text[]))
),
people AS (
  SELECT b.organization_id, b.exact,
         coalesce((p->>'women')::int, 0) AS women, coalesce((p->>'men')::int, 0) AS men, coalesce((p->>'otherOrUnknown')::int, 0) AS other
    FROM base b, jsonb_array_elements(b.participants) p
),
ended AS MATERIALIZED (
  SELECT b.id, b.kind, b.funder_types,
         count(f.id) FILTER (WHERE f.recorded_at IS NOT NULL) AS recorded,
         count(f.id) FILTER (WHERE f.due_date <= current_date) AS due,
         count(f.id) FILTER (WHERE f.due_date <= current_date AND f.recorded_at IS NOT NULL) AS due_recorded,
         CASE
           WHEN bool_or(f.milestone = '2-years' AND f.recorded_at IS NOT NULL)
             THEN coalesce(max(f.status) FILTER (WHERE f.milestone = '2-years' AND f.recorded_at IS NOT NULL), 'unknown')
           WHEN bool_or(f.milestone = '2-years' AND f.due_date <= current_date) THEN 'not-recorded'
           ELSE 'not-due'
         END AS after_life
    FROM base b
    LEFT JOIN initiative_follow_up f ON f.initiative_id = b.id
   WHERE b.status = 'completed'
   GROUP BY b.id, b.kind, b.funder_types
)
SELECT
  (SELECT json_build_object(
            'initiatives', count(*),
            'running', count(*) FILTER (WHERE status = 'ongoing'),
            'ended', count(*) FILTER (WHERE status = 'completed'))
     FROM base) AS totals,
  (SELECT json_build_object(
            'withFollowUp', count(*) FILTER (WHERE recorded > 0),
            'due', coalesce(sum(due), 0),
            'dueRecorded', coalesce(sum(due_recorded), 0))
     FROM ended) AS follow_ups,
  (SELECT coalesce(json_agg(json_build_object('funderType', funder_type, 'amountSek', amount, 'initiatives', initiatives) ORDER BY funder_type), '[]')
     FROM (SELECT funder_type, sum(amount) AS amount, count(*) AS initiatives
             FROM (SELECT id, funder_type, sum(amount) AS amount FROM funding GROUP BY id, funder_type) per_initiative
            GROUP BY funder_type) x) AS funding_by_type,
  (SELECT coalesce(json_agg(json_build_object('year', start_year, 'funderType', funder_type, 'amountSek', amount) ORDER BY start_year, funder_type), '[]')
     FROM (SELECT start_year, funder_type, sum(amount) AS amount FROM funding WHERE start_year IS NOT NULL GROUP BY start_year, funder_type) x) AS funding_by_year,
  (SELECT coalesce(json_agg(json_build_object('theme', theme, 'initiatives', initiatives, 'amountSek', amount) ORDER BY theme), '[]')
     FROM (SELECT t.theme, count(*) AS initiatives, coalesce(sum(ft.amount), 0) AS amount
             FROM base b
             CROSS JOIN unnest(b.themes) t(theme)
             LEFT JOIN (SELECT id, sum(amount) AS amount FROM funding GROUP BY id) ft ON ft.id = b.id
            GROUP BY t.theme) x) AS by_theme,
  (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind, 'code', o.municipality_code,
                                              'initiatives', coalesce(x.initiatives, 0), 'owned', coalesce(x.owned, 0)) ORDER BY o.municipality_code), '[]')
     FROM organization o
     LEFT JOIN (SELECT organization_id, count(*) AS initiatives, count(*) FILTER (WHERE owner) AS owned FROM involved GROUP BY organization_id) x
       ON x.organization_id = o.id) AS organizations,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT t.term, o.slug, count(*) AS n FROM involved v JOIN organization o ON o.id = v.organization_id
             CROSS JOIN unnest(v.themes) t(term) GROUP BY t.term, o.slug) x) AS theme_coverage,
  (SELECT coalesce(json_agg(json_build_object('term', term, 'slug', slug, 'count', n) ORDER BY term, slug), '[]')
     FROM (SELECT t.term, o.slug, count(*) AS n FROM involved v JOIN organization o ON o.id = v.organization_id
             CROSS JOIN unnest(v.target_groups) t(term) GROUP BY t.term, o.slug) x) AS target_group_coverage,
  (SELECT coalesce(json_agg(json_build_object(
            'overall', x.overall, 'slug', o.slug, 'women', x.women, 'men', x.men, 'other', x.other,
            'womenHidden', x.women_hidden, 'menHidden', x.men_hidden, 'otherHidden', x.other_hidden, 'exact', x.exact)), '[]')
     FROM (SELECT organization_id, grouping(organization_id) = 1 AS overall,
                  sum(women) AS women, sum(men) AS men, sum(other) AS other,
                  bool_or(NOT exact AND women > 0 AND women < $9::int) AS women_hidden,
                  bool_or(NOT exact AND men > 0 AND men < $9::int) AS men_hidden,
                  bool_or(NOT exact AND other > 0 AND other < $9::int) AS other_hidden,
                  bool_and(exact) AS exact
             FROM people GROUP BY GROUPING SETS ((), (organization_id))) x
     LEFT JOIN organization o ON o.id = x.organization_id) AS participants,
  (SELECT coalesce(json_agg(json_build_object('group', grp, 'dimension', dimension, 'status', after_life, 'count', n)), '[]')
     FROM (SELECT '' AS grp, 'all' AS dimension, after_life, count(*) AS n FROM ended GROUP BY after_life
           UNION ALL
           SELECT ft, 'funderType', after_life, count(*) FROM ended CROSS JOIN unnest(funder_types) ft GROUP BY ft, after_life
           UNION ALL
           SELECT kind, 'kind', after_life, count(*) FROM ended GROUP BY kind, after_life) x) AS after_life
`;
