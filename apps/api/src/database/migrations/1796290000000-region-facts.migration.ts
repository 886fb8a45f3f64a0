import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';
import { secureTenantTable } from '../../tenancy/tenant-table.migration.js';

/** The facts one initiative adds to the region overview (see the class comment). */
const FACTS_OF = `
  CREATE FUNCTION app.region_facts_of(r public.initiative)
  RETURNS TABLE (fact text, k1 text, k2 text, n bigint, amount numeric, women bigint, men bigint, other bigint,
                 women_small bigint, men_small bigint, other_small bigint)
  LANGUAGE sql STABLE SET search_path = pg_catalog, public
  AS $$
    WITH granted AS (
      SELECT f->>'funderType' AS funder_type, sum((f->>'amountSek')::numeric) AS amount
        FROM jsonb_array_elements(r.funding) f
       WHERE f->>'status' = 'granted' AND jsonb_typeof(f->'amountSek') = 'number'
       GROUP BY 1
    ),
    involved AS (
      SELECT r.organization_id AS organization_id
      UNION
      SELECT (p->>'organizationId')::uuid FROM jsonb_array_elements(r.partners) p WHERE coalesce(p->>'organizationId', '') <> ''
    ),
    people AS (
      SELECT count(*) AS periods,
             coalesce(sum((p->>'women')::int), 0) AS women, coalesce(sum((p->>'men')::int), 0) AS men,
             coalesce(sum((p->>'otherOrUnknown')::int), 0) AS other,
             count(*) FILTER (WHERE (p->>'women')::int BETWEEN 1 AND 4) AS women_small,
             count(*) FILTER (WHERE (p->>'men')::int BETWEEN 1 AND 4) AS men_small,
             count(*) FILTER (WHERE (p->>'otherOrUnknown')::int BETWEEN 1 AND 4) AS other_small
        FROM jsonb_array_elements(r.participants) p
    )
    SELECT 'status', r.status, '', 1::bigint, 0::numeric, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint
    UNION ALL
    SELECT 'funding', g.funder_type, coalesce(extract(year FROM r.start_date)::int::text, ''), 1, g.amount, 0, 0, 0, 0, 0, 0 FROM granted g
    UNION ALL
    SELECT 'theme', t, '', 1, coalesce((SELECT sum(amount) FROM granted), 0), 0, 0, 0, 0, 0, 0 FROM unnest(r.themes) t
    UNION ALL
    SELECT 'involved', v.organization_id::text, CASE WHEN v.organization_id = r.organization_id THEN 'owner' ELSE 'partner' END, 1, 0, 0, 0, 0, 0, 0, 0
      FROM involved v
    UNION ALL
    SELECT 'theme-cover', t, v.organization_id::text, 1, 0, 0, 0, 0, 0, 0, 0 FROM unnest(r.themes) t CROSS JOIN involved v
    UNION ALL
    SELECT 'target-cover', t, v.organization_id::text, 1, 0, 0, 0, 0, 0, 0, 0 FROM unnest(r.target_groups) t CROSS JOIN involved v
    UNION ALL
    SELECT 'people', '', '', p.periods, 0, p.women, p.men, p.other, p.women_small, p.men_small, p.other_small FROM people p WHERE p.periods > 0
  $$`;

/** Adds (sign 1) or takes away (sign -1) one initiative's facts, in key order (the same lock order for every writer). */
const APPLY = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
        INSERT INTO public.region_fact AS t (organization_id, visibility, fact, k1, k2, n, amount, women, men, other, women_small, men_small, other_small)
        SELECT ${row}.organization_id, ${row}.visibility, f.fact, f.k1, f.k2, ${sign} * sum(f.n), ${sign} * sum(f.amount), ${sign} * sum(f.women),
               ${sign} * sum(f.men), ${sign} * sum(f.other), ${sign} * sum(f.women_small), ${sign} * sum(f.men_small), ${sign} * sum(f.other_small)
          FROM app.region_facts_of(${row}) f
         GROUP BY f.fact, f.k1, f.k2
         ORDER BY f.fact, f.k1, f.k2
        ON CONFLICT (organization_id, visibility, fact, k1, k2) DO UPDATE
          SET n = t.n + EXCLUDED.n, amount = t.amount + EXCLUDED.amount, women = t.women + EXCLUDED.women, men = t.men + EXCLUDED.men,
              other = t.other + EXCLUDED.other, women_small = t.women_small + EXCLUDED.women_small,
              men_small = t.men_small + EXCLUDED.men_small, other_small = t.other_small + EXCLUDED.other_small;`;

/**
 * The region overview's landing view (no filters) reads pre-counted facts instead of every
 * initiative: at 100 000 initiatives the full statement took about two seconds on two cores.
 *
 * - `region_fact` holds, per owning organisation and visibility, counts and sums over the
 *   organisation's non-archived initiatives of that visibility: by status, granted funding per
 *   funder type and start year, per theme, per taking-part organisation (owner or partner),
 *   theme × and target group × taking-part organisation, and participants (sums per gender,
 *   and how many periods hold a count of 1–4 per gender, for the small-cell rule).
 * - Whether an initiative may be read depends on its organisation, visibility and archive state
 *   only (`app.can_read_record`); archived ones are not in the facts, so a fact row keyed by
 *   organisation and visibility is read under `app.can_read(organization_id, visibility)`, the
 *   standard `visibility` rule (`secureTenantTable`): a reader sums exactly the facts of the
 *   initiatives they may read. `tests/api/region-overview.test.ts` compares the facts' answer
 *   with the full statement's for every kind of reader.
 * - A row-level trigger on `initiative` takes the old row's facts away and adds the new row's
 *   (only when a column the facts read changed), running as the table owner (SECURITY DEFINER);
 *   the owner alone has a write policy, as for `initiative_search`. API code never writes it.
 */
export class RegionFacts1796290000000 implements MigrationInterface {
  name = 'RegionFacts1796290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "region_fact" (
        "organization_id" uuid NOT NULL,
        "visibility" text NOT NULL,
        "fact" text NOT NULL,
        "k1" text NOT NULL,
        "k2" text NOT NULL,
        "n" bigint NOT NULL DEFAULT 0,
        "amount" numeric NOT NULL DEFAULT 0,
        "women" bigint NOT NULL DEFAULT 0,
        "men" bigint NOT NULL DEFAULT 0,
        "other" bigint NOT NULL DEFAULT 0,
        "women_small" bigint NOT NULL DEFAULT 0,
        "men_small" bigint NOT NULL DEFAULT 0,
        "other_small" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "PK_region_fact" PRIMARY KEY ("organization_id", "visibility", "fact", "k1", "k2")
      )`);
    await queryRunner.query(FACTS_OF);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_facts_of(public.initiative) FROM PUBLIC`);

    // Every existing initiative, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "initiative" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      INSERT INTO "region_fact" (organization_id, visibility, fact, k1, k2, n, amount, women, men, other, women_small, men_small, other_small)
      SELECT i.organization_id, i.visibility, f.fact, f.k1, f.k2, sum(f.n), sum(f.amount), sum(f.women), sum(f.men), sum(f.other),
             sum(f.women_small), sum(f.men_small), sum(f.other_small)
        FROM "initiative" i CROSS JOIN LATERAL app.region_facts_of(i) f
       WHERE i.archived_at IS NULL
       GROUP BY i.organization_id, i.visibility, f.fact, f.k1, f.k2`);
    await queryRunner.query(`ALTER TABLE "initiative" FORCE ROW LEVEL SECURITY`);

    await secureTenantTable(queryRunner, 'region_fact', { read: 'visibility', commands: ['SELECT'] });
    await queryRunner.query(`CREATE POLICY region_fact_sync ON "region_fact" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    await queryRunner.query(`
      CREATE FUNCTION app.region_fact_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (OLD.organization_id, OLD.visibility, OLD.archived_at IS NULL, OLD.status, OLD.start_date, OLD.themes, OLD.target_groups,
                OLD.partners, OLD.funding, OLD.participants)
               IS NOT DISTINCT FROM
               (NEW.organization_id, NEW.visibility, NEW.archived_at IS NULL, NEW.status, NEW.start_date, NEW.themes, NEW.target_groups,
                NEW.partners, NEW.funding, NEW.participants) THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.archived_at IS NULL THEN
          ${APPLY('OLD', -1)}
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.archived_at IS NULL THEN
          ${APPLY('NEW', 1)}
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_fact_sync() FROM PUBLIC`);
    await queryRunner.query(`CREATE TRIGGER region_fact_sync AFTER INSERT OR UPDATE OR DELETE ON "initiative" FOR EACH ROW EXECUTE FUNCTION app.region_fact_sync()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER region_fact_sync ON "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.region_fact_sync()`);
    await queryRunner.query(`REVOKE SELECT ON "region_fact" FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP TABLE "region_fact"`);
    await queryRunner.query(`DROP FUNCTION app.region_facts_of(public.initiative)`);
  }
}
