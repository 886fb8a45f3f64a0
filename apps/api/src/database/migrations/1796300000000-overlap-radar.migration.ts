import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';
import { RECORD_RULE_BEFORE_NETWORKS, secureTenantTable } from '../../tenancy/tenant-table.migration.js';

/**
 * Municipalities whose borders touch (two or more shared vertices in
 * shared/data/ostergotland-municipalities.geojson), as SCB codes. Frozen here: a migration never
 * changes, and borders rarely do.
 */
const NEIGHBOURING_MUNICIPALITIES: ReadonlyArray<readonly [string, string]> = [
  ['0509', '0560'],
  ['0509', '0584'],
  ['0509', '0586'],
  ['0509', '0687'],
  ['0512', '0513'],
  ['0512', '0560'],
  ['0512', '0687'],
  ['0513', '0560'],
  ['0513', '0561'],
  ['0513', '0580'],
  ['0560', '0580'],
  ['0560', '0586'],
  ['0560', '0687'],
  ['0561', '0563'],
  ['0561', '0580'],
  ['0561', '0582'],
  ['0562', '0580'],
  ['0562', '0581'],
  ['0562', '0583'],
  ['0563', '0582'],
  ['0580', '0581'],
  ['0580', '0582'],
  ['0580', '0583'],
  ['0580', '0586'],
  ['0581', '0582'],
  ['0583', '0584'],
  ['0583', '0586'],
  ['0584', '0586'],
];

/** Kinds of initiative that sit next to each other (a pre-study next to a method project). Symmetric. */
const NEIGHBOURING_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['pre-study', 'method-development'],
  ['pre-study', 'pilot'],
  ['method-development', 'pilot'],
  ['method-development', 'implementation'],
  ['pilot', 'implementation'],
  ['implementation', 'standing-programme'],
];

/** The facts the radar compares, kept per initiative in `initiative_profile` (and built the same way for a draft). */
const PROFILE_COLUMNS = [
  'organization_id',
  'visibility',
  'archived_at',
  'kind',
  'themes',
  'target_groups',
  'occupations',
  'period',
  'start_date',
  'end_date',
  'programmes',
  'funders',
  'municipalities',
  'near_municipalities',
  'lexemes',
  'title_lexemes',
  'title_folded',
] as const;

/**
 * The overlap radar (docs/overlap-radar.md).
 *
 * - `initiative_profile`: a narrow, trigger-kept copy of what the radar compares (target groups,
 *   themes, occupations, linked methods, period, kind, funder programmes and funders, owner's and
 *   partners' municipalities with their neighbours, and the lexemes of title, summary and
 *   description). Read under the same record rule as `initiative`; written only by its triggers.
 * - `app.overlap_facts(...)`: builds those facts from an initiative's fields; the trigger and a
 *   draft in the create form use the same function, so both are scored alike.
 * - `app.overlap_candidates(subject, lim, other_organizations)`: scores the candidates the caller
 *   may read (SECURITY INVOKER: row-level security decides), from indexed prefilters, in two
 *   steps (every prefiltered candidate by its structured evidence, then text similarity for the
 *   best 200), with the reasons as codes and values.
 * - `initiative_overlap`: the Region's open candidate pairs across organisations, kept by
 *   `app.refresh_initiative_overlaps(id)` (SECURITY DEFINER, called by the API when an initiative
 *   is saved, in the same transaction). A pair is readable only by someone who may read both ends.
 * - `initiative_overlap_decision`: a region coordinator's decision on a pair, kept apart from the
 *   scores so a recomputation never loses it.
 */
export class OverlapRadar1796300000000 implements MigrationInterface {
  name = 'OverlapRadar1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE app.municipality_neighbour (a text NOT NULL, b text NOT NULL, PRIMARY KEY (a, b))`);
    const municipalityPairs = NEIGHBOURING_MUNICIPALITIES.flatMap(([a, b]) => [`('${a}', '${b}')`, `('${b}', '${a}')`]);
    await queryRunner.query(`INSERT INTO app.municipality_neighbour (a, b) VALUES ${municipalityPairs.join(', ')}`);
    await queryRunner.query(`CREATE TABLE app.kind_neighbour (a text NOT NULL, b text NOT NULL, PRIMARY KEY (a, b))`);
    const kindPairs = NEIGHBOURING_KINDS.flatMap(([a, b]) => [`('${a}', '${b}')`, `('${b}', '${a}')`]);
    await queryRunner.query(`INSERT INTO app.kind_neighbour (a, b) VALUES ${kindPairs.join(', ')}`);
    await queryRunner.query(`GRANT SELECT ON app.municipality_neighbour, app.kind_neighbour TO ${APP_ROLE}`);

    // What two initiatives are compared on, from an initiative's own fields. Organisations (not
    // tenant data: no row-level security) are looked up for their municipality codes only; the
    // region's county code covers no one place.
    await queryRunner.query(`
      CREATE FUNCTION app.overlap_facts(owner uuid, title text, summary text, description text, partners jsonb, funding jsonb,
                                        OUT programmes text[], OUT funders text[], OUT municipalities text[], OUT near_municipalities text[],
                                        OUT lexemes text[], OUT title_lexemes text[], OUT title_folded text)
      LANGUAGE plpgsql STABLE SECURITY INVOKER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        programmes := ARRAY(SELECT DISTINCT concat(f->>'funderType', '|', app.fold(f->>'programmeArea'))
                              FROM jsonb_array_elements(coalesce(funding, '[]')) f
                             WHERE coalesce(f->>'programmeArea', '') <> '' ORDER BY 1);
        funders := ARRAY(SELECT DISTINCT concat(f->>'funderType', '|', app.fold(f->>'funderName'))
                           FROM jsonb_array_elements(coalesce(funding, '[]')) f
                          WHERE coalesce(f->>'funderName', '') <> '' ORDER BY 1);
        municipalities := ARRAY(
          SELECT DISTINCT o.municipality_code FROM organization o
           WHERE length(o.municipality_code) = 4
             AND (o.id = owner OR o.id IN (SELECT (p->>'organizationId')::uuid FROM jsonb_array_elements(coalesce(partners, '[]')) p
                                            WHERE coalesce(p->>'organizationId', '') <> ''))
           ORDER BY 1);
        near_municipalities := ARRAY(SELECT DISTINCT n.b FROM app.municipality_neighbour n
                                      WHERE n.a = ANY (municipalities) AND NOT n.b = ANY (municipalities) ORDER BY 1);
        lexemes := tsvector_to_array(to_tsvector('app.swedish_unaccent', concat_ws(' ', title, summary, left(description, 3000))));
        title_lexemes := tsvector_to_array(to_tsvector('app.swedish_unaccent', coalesce(title, '')));
        title_folded := app.fold(title);
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.overlap_facts(uuid, text, text, text, jsonb, jsonb) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.overlap_facts(uuid, text, text, text, jsonb, jsonb) TO ${APP_ROLE}`);

    await queryRunner.query(`
      CREATE TABLE "initiative_profile" (
        "id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "visibility" text NOT NULL,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        "kind" text NOT NULL,
        "themes" text array NOT NULL,
        "target_groups" text array NOT NULL,
        "occupations" text array NOT NULL,
        "method_ids" uuid array NOT NULL DEFAULT '{}',
        -- Unknown start: unbounded, so a missing date never hides a candidate.
        "period" daterange NOT NULL,
        "start_date" date,
        "end_date" date,
        "programmes" text array NOT NULL,
        "funders" text array NOT NULL,
        "municipalities" text array NOT NULL,
        "near_municipalities" text array NOT NULL,
        "lexemes" text array NOT NULL,
        "title_lexemes" text array NOT NULL,
        "title_folded" text NOT NULL,
        CONSTRAINT "PK_initiative_profile" PRIMARY KEY ("id"),
        CONSTRAINT "FK_initiative_profile_initiative" FOREIGN KEY ("id") REFERENCES "initiative"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_profile_target_groups" ON "initiative_profile" USING gin ("target_groups")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_profile_themes" ON "initiative_profile" USING gin ("themes")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_profile_methods" ON "initiative_profile" USING gin ("method_ids")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_profile_lexemes" ON "initiative_profile" USING gin ("lexemes")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_profile_period" ON "initiative_profile" USING gist ("period")`);

    const values = (
      row: string,
    ) => `${row}.organization_id, ${row}.visibility, ${row}.archived_at, ${row}.kind, ${row}.themes, ${row}.target_groups, ${row}.occupations,
                CASE WHEN ${row}.start_date IS NULL THEN '(,)'::daterange ELSE daterange(${row}.start_date, ${row}.end_date, '[]') END,
                ${row}.start_date, ${row}.end_date, f.programmes, f.funders, f.municipalities, f.near_municipalities, f.lexemes, f.title_lexemes, f.title_folded`;
    await queryRunner.query(`
      CREATE FUNCTION app.initiative_profile_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        INSERT INTO public.initiative_profile (id, ${PROFILE_COLUMNS.join(', ')})
        SELECT NEW.id, ${values('NEW')}
          FROM app.overlap_facts(NEW.organization_id, NEW.title, NEW.summary, NEW.description, NEW.partners, NEW.funding) f
        ON CONFLICT (id) DO UPDATE SET ${PROFILE_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.initiative_profile_sync() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER initiative_profile_sync AFTER INSERT OR UPDATE ON "initiative" FOR EACH ROW EXECUTE FUNCTION app.initiative_profile_sync()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION app.initiative_profile_methods() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.initiative_id ELSE NEW.initiative_id END;
      BEGIN
        UPDATE public.initiative_profile p
           SET method_ids = ARRAY(SELECT m.method_id FROM public.initiative_method m WHERE m.initiative_id = changed ORDER BY 1)
         WHERE p.id = changed;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.initiative_profile_methods() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER initiative_profile_methods AFTER INSERT OR DELETE ON "initiative_method" FOR EACH ROW EXECUTE FUNCTION app.initiative_profile_methods()`,
    );

    // Every existing initiative, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "initiative" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "initiative_method" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      INSERT INTO "initiative_profile" (id, ${PROFILE_COLUMNS.join(', ')}, method_ids)
      SELECT i.id, ${values('i')},
             ARRAY(SELECT m.method_id FROM initiative_method m WHERE m.initiative_id = i.id ORDER BY 1)
        FROM initiative i, app.overlap_facts(i.organization_id, i.title, i.summary, i.description, i.partners, i.funding) f`);
    await queryRunner.query(`ALTER TABLE "initiative_method" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "initiative" FORCE ROW LEVEL SECURITY`);

    await secureTenantTable(queryRunner, 'initiative_profile', { read: 'record', commands: ['SELECT'], readExpression: RECORD_RULE_BEFORE_NETWORKS });
    await queryRunner.query(`CREATE POLICY initiative_profile_sync ON "initiative_profile" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);

    await this.createScoring(queryRunner);
    await this.createPairs(queryRunner);
  }

  /**
   * The score (docs/overlap-radar.md has the table): each part is capped, so no single kind of
   * evidence outweighs the rest. The subject is jsonb (`app.overlap_subject_of` for a saved
   * initiative; the API builds a draft's from `app.overlap_facts`).
   */
  private async createScoring(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app.overlap_subject_of(initiative uuid) RETURNS jsonb LANGUAGE sql STABLE SECURITY INVOKER
      SET search_path = pg_catalog, public
      AS $$
        SELECT jsonb_build_object(
                 'id', p.id, 'organizationId', p.organization_id, 'kind', p.kind, 'themes', to_jsonb(p.themes),
                 'targetGroups', to_jsonb(p.target_groups), 'occupations', to_jsonb(p.occupations), 'methodIds', to_jsonb(p.method_ids),
                 'startDate', p.start_date, 'endDate', p.end_date, 'programmes', to_jsonb(p.programmes), 'funders', to_jsonb(p.funders),
                 'municipalities', to_jsonb(p.municipalities), 'nearMunicipalities', to_jsonb(p.near_municipalities),
                 'lexemes', to_jsonb(p.lexemes), 'titleLexemes', to_jsonb(p.title_lexemes), 'titleFolded', p.title_folded)
          FROM public.initiative_profile p WHERE p.id = initiative
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION app.overlap_candidates(subject jsonb, lim integer, other_organizations boolean DEFAULT false, min_score numeric DEFAULT 4.5)
      RETURNS TABLE (id uuid, organization_id uuid, score numeric, reasons jsonb)
      LANGUAGE sql STABLE SECURITY INVOKER
      SET search_path = pg_catalog, public
      AS $$
        WITH s AS (
          SELECT (subject->>'id')::uuid AS id,
                 (subject->>'organizationId')::uuid AS organization_id,
                 subject->>'kind' AS kind,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'themes', '[]'))) AS themes,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'targetGroups', '[]'))) AS target_groups,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'occupations', '[]'))) AS occupations,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'methodIds', '[]'))::uuid) AS method_ids,
                 (subject->>'startDate')::date AS start_date,
                 coalesce((subject->>'endDate')::date, greatest((subject->>'startDate')::date, current_date)) AS end_date,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'programmes', '[]'))) AS programmes,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'funders', '[]'))) AS funders,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'municipalities', '[]'))) AS municipalities,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'nearMunicipalities', '[]'))) AS near_municipalities,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'lexemes', '[]'))) AS lexemes,
                 ARRAY(SELECT jsonb_array_elements_text(coalesce(subject->'titleLexemes', '[]'))) AS title_lexemes,
                 coalesce(subject->>'titleFolded', '') AS title_folded,
                 ARRAY(SELECT CASE WHEN r.from_id = (subject->>'id')::uuid THEN r.to_id ELSE r.from_id END
                         FROM public.initiative_relation r
                        WHERE (subject->>'id') IS NOT NULL AND (r.from_id = (subject->>'id')::uuid OR r.to_id = (subject->>'id')::uuid)) AS related
           WHERE subject IS NOT NULL
        ),
        -- Work months apart is not overlap: the period prefilter is the subject's period widened by
        -- three months each way (unbounded when it has no start yet).
        w AS (
          SELECT s.*, CASE WHEN s.start_date IS NULL THEN '(,)'::daterange
                           ELSE daterange(s.start_date - 90, s.end_date + 90, '[]') END AS window,
                 ARRAY(SELECT k.b FROM app.kind_neighbour k WHERE k.a = s.kind) AS near_kinds,
                 s.municipalities || s.near_municipalities AS places
            FROM s
        ),
        -- Step one, over every prefiltered candidate: the structured evidence from cheap tests
        -- (whether arrays overlap, not by how much; float arithmetic), carrying only the id, to
        -- keep the 200 with the most of it.
        shortlist AS (
          SELECT c.id
            FROM w, public.initiative_profile c
           WHERE c.id IS DISTINCT FROM w.id
             AND c.archived_at IS NULL
             AND NOT c.id = ANY (w.related)
             AND (NOT other_organizations OR c.organization_id IS DISTINCT FROM w.organization_id)
             AND c.period && w.window
             AND (c.target_groups && w.target_groups OR c.themes && w.themes OR c.method_ids && w.method_ids
                  OR c.occupations && w.occupations OR c.lexemes && w.title_lexemes)
           ORDER BY (CASE WHEN c.target_groups && w.target_groups THEN 3.0::float8 ELSE 0 END
                   + CASE WHEN c.themes && w.themes THEN 1.5::float8 ELSE 0 END
                   + CASE WHEN c.occupations && w.occupations THEN 1.5::float8 ELSE 0 END
                   + CASE WHEN c.method_ids && w.method_ids THEN 2.0::float8 ELSE 0 END
                   + CASE WHEN w.start_date IS NULL OR c.start_date IS NULL THEN 0::float8
                          WHEN least(w.end_date, coalesce(c.end_date, greatest(c.start_date, current_date))) < greatest(w.start_date, c.start_date) THEN 0::float8
                          ELSE 1 + 2 * least(365, least(w.end_date, coalesce(c.end_date, greatest(c.start_date, current_date)))
                                                  - greatest(w.start_date, c.start_date) + 1)::float8 / 365 END
                   + CASE WHEN c.kind = w.kind THEN 2.0::float8 WHEN c.kind = ANY (w.near_kinds) THEN 1.0::float8 ELSE 0 END
                   + CASE WHEN c.programmes && w.programmes THEN 2.5::float8 WHEN c.funders && w.funders THEN 1.0::float8 ELSE 0 END
                   + CASE WHEN c.municipalities && w.places THEN 1.0::float8 ELSE 0 END) DESC, c.id
           LIMIT 200
        ),
        -- Step two, for the shortlist: what exactly is shared, and the text similarity.
        structured AS (
          SELECT c.id, c.organization_id, c.lexemes, c.title_folded, c.kind,
                 CASE WHEN w.start_date IS NULL OR c.start_date IS NULL THEN 0
                      ELSE greatest(0, round((least(w.end_date, coalesce(c.end_date, greatest(c.start_date, current_date)))
                                               - greatest(w.start_date, c.start_date) + 1) / 30.44))::int END AS months,
                 ARRAY(SELECT x FROM unnest(c.target_groups) x WHERE x = ANY (w.target_groups) ORDER BY 1) AS shared_target_groups,
                 ARRAY(SELECT x FROM unnest(c.themes) x WHERE x = ANY (w.themes) ORDER BY 1) AS shared_themes,
                 ARRAY(SELECT x FROM unnest(c.occupations) x WHERE x = ANY (w.occupations) ORDER BY 1) AS shared_occupations,
                 ARRAY(SELECT x FROM unnest(c.method_ids) x WHERE x = ANY (w.method_ids) ORDER BY 1) AS shared_methods,
                 CASE WHEN w.kind IS NULL THEN NULL WHEN c.kind = w.kind THEN 'same' WHEN c.kind = ANY (w.near_kinds) THEN 'near' END AS kind_match,
                 ARRAY(SELECT x FROM unnest(c.programmes) x WHERE x = ANY (w.programmes) ORDER BY 1) AS shared_programmes,
                 ARRAY(SELECT x FROM unnest(c.funders) x WHERE x = ANY (w.funders) ORDER BY 1) AS shared_funders,
                 ARRAY(SELECT x FROM unnest(c.municipalities) x WHERE x = ANY (w.municipalities) ORDER BY 1) AS same_municipalities,
                 ARRAY(SELECT x FROM unnest(c.municipalities) x WHERE x = ANY (w.near_municipalities) ORDER BY 1) AS near_municipalities,
                 w.lexemes AS subject_lexemes, w.title_folded AS subject_title
            FROM w, shortlist l JOIN public.initiative_profile c ON c.id = l.id
        ),
        points AS (
          SELECT st.*,
                 CASE WHEN cardinality(shared_target_groups) = 0 THEN 0 ELSE least(5, 2 + cardinality(shared_target_groups)) END AS p_target_groups,
                 CASE WHEN cardinality(shared_themes) = 0 THEN 0 ELSE least(2.5, 1 + 0.5 * cardinality(shared_themes)) END AS p_themes,
                 CASE WHEN cardinality(shared_occupations) = 0 THEN 0 ELSE least(2.5, 1 + 0.5 * cardinality(shared_occupations)) END AS p_occupations,
                 CASE WHEN cardinality(shared_methods) = 0 THEN 0 ELSE least(3, 1 + cardinality(shared_methods)) END AS p_methods,
                 CASE WHEN months = 0 THEN 0 ELSE 1 + 2 * least(months, 12) / 12.0 END AS p_period,
                 CASE kind_match WHEN 'same' THEN 2 WHEN 'near' THEN 1 ELSE 0 END AS p_kind,
                 CASE WHEN cardinality(shared_programmes) > 0 THEN 2.5 WHEN cardinality(shared_funders) > 0 THEN 1 ELSE 0 END AS p_funding,
                 CASE WHEN cardinality(same_municipalities) > 0 OR cardinality(near_municipalities) > 0 THEN 1 ELSE 0 END AS p_place
            FROM structured st
        ),
        best AS (
          SELECT p.*, p_target_groups + p_themes + p_occupations + p_methods + p_period + p_kind + p_funding + p_place AS structured_score
            FROM points p
        ),
        texts AS (
          SELECT b.*,
                 CASE WHEN cardinality(b.subject_lexemes) = 0 THEN 0
                      ELSE (SELECT count(*) FROM unnest(b.lexemes) x WHERE x = ANY (b.subject_lexemes))::numeric
                           / greatest(1, cardinality(b.subject_lexemes) + cardinality(b.lexemes)
                                         - (SELECT count(*) FROM unnest(b.lexemes) x WHERE x = ANY (b.subject_lexemes))) END AS jaccard,
                 CASE WHEN b.subject_title = '' THEN 0 ELSE public.similarity(b.subject_title, b.title_folded)::numeric END AS title_similarity
            FROM best b
        ),
        scored AS (
          SELECT t.*,
                 round(2 * least(1, 2.5 * t.jaccard) + least(1, 1.6 * t.title_similarity), 2) AS p_text
            FROM texts t
        )
        SELECT sc.id, sc.organization_id,
               round(sc.structured_score + sc.p_text, 2) AS score,
               jsonb_path_query_array(jsonb_build_array(
                 CASE WHEN sc.p_target_groups > 0 THEN jsonb_build_object('code', 'target-groups', 'values', to_jsonb(sc.shared_target_groups), 'points', sc.p_target_groups) END,
                 CASE WHEN sc.p_period > 0 THEN jsonb_build_object('code', 'concurrent', 'months', sc.months, 'points', round(sc.p_period, 2)) END,
                 CASE WHEN sc.kind_match = 'same' THEN jsonb_build_object('code', 'same-kind', 'values', jsonb_build_array(sc.kind), 'points', sc.p_kind)
                      WHEN sc.kind_match = 'near' THEN jsonb_build_object('code', 'neighbouring-kind', 'values', jsonb_build_array(sc.kind), 'points', sc.p_kind) END,
                 CASE WHEN cardinality(sc.shared_programmes) > 0 THEN jsonb_build_object('code', 'same-programme', 'values', to_jsonb(sc.shared_programmes), 'points', sc.p_funding)
                      WHEN cardinality(sc.shared_funders) > 0 THEN jsonb_build_object('code', 'same-funder', 'values', to_jsonb(sc.shared_funders), 'points', sc.p_funding) END,
                 CASE WHEN sc.p_themes > 0 THEN jsonb_build_object('code', 'themes', 'values', to_jsonb(sc.shared_themes), 'points', sc.p_themes) END,
                 CASE WHEN sc.p_occupations > 0 THEN jsonb_build_object('code', 'occupations', 'values', to_jsonb(sc.shared_occupations), 'points', sc.p_occupations) END,
                 CASE WHEN sc.p_methods > 0 THEN jsonb_build_object('code', 'methods', 'values', to_jsonb(sc.shared_methods), 'points', sc.p_methods) END,
                 CASE WHEN sc.p_text >= 1.2 THEN jsonb_build_object('code', 'similar-text', 'points', sc.p_text) END,
                 CASE WHEN cardinality(sc.same_municipalities) > 0 THEN jsonb_build_object('code', 'same-municipality', 'values', to_jsonb(sc.same_municipalities), 'points', sc.p_place)
                      WHEN cardinality(sc.near_municipalities) > 0 THEN jsonb_build_object('code', 'neighbouring-municipality', 'values', to_jsonb(sc.near_municipalities), 'points', sc.p_place) END
               ), '$[*] ? (@.type() != "null")') AS reasons
          FROM scored sc
         WHERE sc.structured_score + sc.p_text >= min_score
         ORDER BY score DESC, sc.id
         LIMIT lim
      $$`);
    for (const signature of ['app.overlap_subject_of(uuid)', 'app.overlap_candidates(jsonb, integer, boolean, numeric)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${APP_ROLE}`);
    }
  }

  private async createPairs(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "initiative_overlap" (
        "a_id" uuid NOT NULL,
        "b_id" uuid NOT NULL,
        "score" numeric(6,2) NOT NULL,
        "reasons" jsonb NOT NULL,
        -- For the Region's filters: both ends' themes and organisations, and the span of both periods.
        "themes" text array NOT NULL,
        "organization_ids" uuid array NOT NULL,
        "period" daterange NOT NULL,
        "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_initiative_overlap" PRIMARY KEY ("a_id", "b_id"),
        CONSTRAINT "CHK_initiative_overlap_order" CHECK ("a_id" < "b_id"),
        CONSTRAINT "FK_initiative_overlap_a" FOREIGN KEY ("a_id") REFERENCES "initiative"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_initiative_overlap_b" FOREIGN KEY ("b_id") REFERENCES "initiative"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_overlap_score" ON "initiative_overlap" ("score" DESC, "a_id", "b_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_overlap_b" ON "initiative_overlap" ("b_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_overlap_themes" ON "initiative_overlap" USING gin ("themes")`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_overlap_organizations" ON "initiative_overlap" USING gin ("organization_ids")`);

    await queryRunner.query(`
      CREATE TABLE "initiative_overlap_decision" (
        "a_id" uuid NOT NULL,
        "b_id" uuid NOT NULL,
        "decision" text NOT NULL,
        "note" text NOT NULL DEFAULT '',
        "decided_by_id" text NOT NULL,
        "decided_by_name" text NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_initiative_overlap_decision" PRIMARY KEY ("a_id", "b_id"),
        CONSTRAINT "CHK_initiative_overlap_decision_order" CHECK ("a_id" < "b_id"),
        CONSTRAINT "CHK_initiative_overlap_decision" CHECK ("decision" IN ('coordinate', 'already-coordinated', 'no-overlap', 'merge')),
        CONSTRAINT "FK_initiative_overlap_decision_a" FOREIGN KEY ("a_id") REFERENCES "initiative"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_initiative_overlap_decision_b" FOREIGN KEY ("b_id") REFERENCES "initiative"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_overlap_decision_b" ON "initiative_overlap_decision" ("b_id")`);

    // Readable only by someone who may read both ends (the subqueries run under the reader's own
    // row-level security on the narrow copy); decided only by a region coordinator.
    const bothReadable = `EXISTS (SELECT 1 FROM initiative_search s WHERE s.id = a_id) AND EXISTS (SELECT 1 FROM initiative_search s WHERE s.id = b_id)`;
    for (const table of ['initiative_overlap', 'initiative_overlap_decision']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_select ON "${table}" FOR SELECT USING (${bothReadable})`);
    }
    await queryRunner.query(`CREATE POLICY initiative_overlap_sync ON "initiative_overlap" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    await queryRunner.query(`GRANT SELECT ON "initiative_overlap" TO ${APP_ROLE}`);
    const decides = `(app.has_role('region-overseer') OR app.has_role('platform-admin')) AND ${bothReadable}`;
    await queryRunner.query(`CREATE POLICY initiative_overlap_decision_insert ON "initiative_overlap_decision" FOR INSERT WITH CHECK (${decides})`);
    await queryRunner.query(
      `CREATE POLICY initiative_overlap_decision_update ON "initiative_overlap_decision" FOR UPDATE USING (${decides}) WITH CHECK (${decides})`,
    );
    await queryRunner.query(`CREATE POLICY initiative_overlap_decision_delete ON "initiative_overlap_decision" FOR DELETE USING (${decides})`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "initiative_overlap_decision" TO ${APP_ROLE}`);

    // One initiative's pairs with other organisations' initiatives: its best 10 of at least the
    // low band, over every initiative (the owner's policy sees all rows). Runs when the API saves.
    await queryRunner.query(`
      CREATE FUNCTION app.refresh_initiative_overlaps(initiative uuid) RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      DECLARE
        subject jsonb := app.overlap_subject_of(initiative);
        written integer;
      BEGIN
        DELETE FROM public.initiative_overlap o WHERE o.a_id = initiative OR o.b_id = initiative;
        IF subject IS NULL OR (SELECT p.archived_at FROM public.initiative_profile p WHERE p.id = initiative) IS NOT NULL THEN
          RETURN 0;
        END IF;
        INSERT INTO public.initiative_overlap (a_id, b_id, score, reasons, themes, organization_ids, period)
        SELECT least(initiative, c.id), greatest(initiative, c.id), c.score, c.reasons,
               ARRAY(SELECT DISTINCT t FROM unnest(me.themes || other.themes) t ORDER BY 1),
               ARRAY[me.organization_id, other.organization_id],
               range_merge(me.period, other.period)
          FROM app.overlap_candidates(subject, 10, true) c
          JOIN public.initiative_profile me ON me.id = initiative
          JOIN public.initiative_profile other ON other.id = c.id;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.refresh_initiative_overlaps(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app.refresh_initiative_overlaps(uuid) TO ${APP_ROLE}`);

    // Whenever a profile changes (the initiative or its method links), at commit, once per
    // initiative and transaction, whatever wrote it. Bulk loads of synthetic data set
    // `app.overlaps_bulk` and refresh afterwards (or not at all).
    await queryRunner.query(`
      CREATE FUNCTION app.initiative_overlaps_refresh() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      DECLARE
        done text := coalesce(current_setting('app.overlaps_refreshed', true), '');
      BEGIN
        IF coalesce(current_setting('app.overlaps_bulk', true), '') = 'on' OR position(NEW.id::text IN done) > 0 THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('app.overlaps_refreshed', done || NEW.id::text || ',', true);
        PERFORM app.refresh_initiative_overlaps(NEW.id);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.initiative_overlaps_refresh() FROM PUBLIC`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER initiative_overlaps_refresh AFTER INSERT OR UPDATE ON "initiative_profile"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.initiative_overlaps_refresh()`);
    // Pairs for what is already there (a fresh database has nothing, a real register hundreds).
    // A synthetic register of tens of thousands would keep the migration busy for an hour: its
    // pairs come as initiatives are saved, or all at once as docs/overlap-radar.md tells.
    await queryRunner.query(`
      DO $$ BEGIN
        IF (SELECT count(*) FROM initiative_profile) <= 5000 THEN
          PERFORM app.refresh_initiative_overlaps(p.id) FROM initiative_profile p;
        ELSE
          RAISE NOTICE 'initiative_overlap: more than 5000 initiatives, pairs not computed now (see docs/overlap-radar.md)';
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER initiative_overlaps_refresh ON "initiative_profile"`);
    await queryRunner.query(`DROP FUNCTION app.initiative_overlaps_refresh()`);
    await queryRunner.query(`DROP FUNCTION app.refresh_initiative_overlaps(uuid)`);
    await queryRunner.query(`DROP TABLE "initiative_overlap_decision"`);
    await queryRunner.query(`DROP TABLE "initiative_overlap"`);
    await queryRunner.query(`DROP FUNCTION app.overlap_candidates(jsonb, integer, boolean, numeric)`);
    await queryRunner.query(`DROP FUNCTION app.overlap_subject_of(uuid)`);
    await queryRunner.query(`DROP TRIGGER initiative_profile_methods ON "initiative_method"`);
    await queryRunner.query(`DROP FUNCTION app.initiative_profile_methods()`);
    await queryRunner.query(`DROP TRIGGER initiative_profile_sync ON "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.initiative_profile_sync()`);
    await queryRunner.query(`REVOKE SELECT ON "initiative_profile" FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP TABLE "initiative_profile"`);
    await queryRunner.query(`DROP FUNCTION app.overlap_facts(uuid, text, text, text, jsonb, jsonb)`);
    await queryRunner.query(`DROP TABLE app.kind_neighbour`);
    await queryRunner.query(`DROP TABLE app.municipality_neighbour`);
  }
}
