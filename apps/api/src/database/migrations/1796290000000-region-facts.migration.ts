import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';
import { secureTenantTable } from '../../tenancy/tenant-table.migration.js';

/** The facts one initiative adds to the region overview (see the class comment). */
const FACTS_OF = `
  CREATE FUNCTION app.region_facts_of(organization_id uuid, status text, kind text, start_date date, themes text[], target_groups text[],
                                      funder_types text[], partners jsonb, funding jsonb, participants jsonb)
  RETURNS TABLE (fact text, k1 text, k2 text, n bigint, amount numeric, women bigint, men bigint, other bigint,
                 women_small bigint, men_small bigint, other_small bigint)
  LANGUAGE sql STABLE SET search_path = pg_catalog, public
  AS $$
    WITH r AS (SELECT organization_id, status, kind, start_date, themes, target_groups, funder_types, partners, funding, participants),
    granted AS (
      SELECT f->>'funderType' AS funder_type, sum((f->>'amountSek')::numeric) AS amount
        FROM r, jsonb_array_elements(r.funding) f
       WHERE f->>'status' = 'granted' AND jsonb_typeof(f->'amountSek') = 'number'
       GROUP BY 1
    ),
    involved AS (
      SELECT r.organization_id AS organization_id FROM r
      UNION
      SELECT (p->>'organizationId')::uuid FROM r, jsonb_array_elements(r.partners) p WHERE coalesce(p->>'organizationId', '') <> ''
    ),
    people AS (
      SELECT count(*) AS periods,
             coalesce(sum((p->>'women')::int), 0) AS women, coalesce(sum((p->>'men')::int), 0) AS men,
             coalesce(sum((p->>'otherOrUnknown')::int), 0) AS other,
             count(*) FILTER (WHERE (p->>'women')::int BETWEEN 1 AND 4) AS women_small,
             count(*) FILTER (WHERE (p->>'men')::int BETWEEN 1 AND 4) AS men_small,
             count(*) FILTER (WHERE (p->>'otherOrUnknown')::int BETWEEN 1 AND 4) AS other_small
        FROM r, jsonb_array_elements(r.participants) p
    )
    SELECT 'status', r.status, '', 1::bigint, 0::numeric, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint FROM r
    UNION ALL
    SELECT 'ended-kind', r.kind, '', 1, 0, 0, 0, 0, 0, 0, 0 FROM r WHERE r.status = 'completed'
    UNION ALL
    SELECT 'ended-funder', ft, '', 1, 0, 0, 0, 0, 0, 0, 0 FROM r CROSS JOIN unnest(r.funder_types) ft WHERE r.status = 'completed'
    UNION ALL
    SELECT 'funding', g.funder_type, coalesce(extract(year FROM r.start_date)::int::text, ''), 1, g.amount, 0, 0, 0, 0, 0, 0 FROM r, granted g
    UNION ALL
    SELECT 'theme', t, '', 1, coalesce((SELECT sum(amount) FROM granted), 0), 0, 0, 0, 0, 0, 0 FROM r CROSS JOIN unnest(r.themes) t
    UNION ALL
    SELECT 'involved', v.organization_id::text, CASE WHEN v.organization_id = r.organization_id THEN 'owner' ELSE 'partner' END, 1, 0, 0, 0, 0, 0, 0, 0
      FROM r, involved v
    UNION ALL
    SELECT 'theme-cover', t, v.organization_id::text, 1, 0, 0, 0, 0, 0, 0, 0 FROM r CROSS JOIN unnest(r.themes) t CROSS JOIN involved v
    UNION ALL
    SELECT 'target-cover', t, v.organization_id::text, 1, 0, 0, 0, 0, 0, 0, 0 FROM r CROSS JOIN unnest(r.target_groups) t CROSS JOIN involved v
    UNION ALL
    SELECT 'people', '', '', p.periods, 0, p.women, p.men, p.other, p.women_small, p.men_small, p.other_small FROM people p WHERE p.periods > 0
  $$`;

const FACT_ARGS = (r: string) =>
  `${r}.organization_id, ${r}.status, ${r}.kind, ${r}.start_date, ${r}.themes, ${r}.target_groups, ${r}.funder_types, ${r}.partners, ${r}.funding, ${r}.participants`;

/** What the facts read of a row: when none of it changed, an update leaves the facts alone. */
const FACT_INPUT = (r: string) =>
  `(${r}.organization_id, ${r}.visibility, ${r}.archived_at IS NULL, ${r}.status, ${r}.kind, ${r}.start_date, ${r}.themes, ${r}.target_groups, ${r}.funder_types, ${r}.partners, ${r}.funding, ${r}.participants)`;

/**
 * Adds the facts of `plus` and takes away those of `minus` (non-archived rows of the statement's
 * transition tables), summed per key first, so each fact row is written once per statement, in
 * key order (the same lock order for every writer).
 */
const APPLY = (parts: ReadonlyArray<{ rows: string; sign: 1 | -1 }>) => `
        INSERT INTO public.region_fact AS t (organization_id, visibility, fact, k1, k2, n, amount, women, men, other, women_small, men_small, other_small)
        SELECT x.organization_id, x.visibility, x.fact, x.k1, x.k2, sum(x.sign * x.n), sum(x.sign * x.amount), sum(x.sign * x.women), sum(x.sign * x.men),
               sum(x.sign * x.other), sum(x.sign * x.women_small), sum(x.sign * x.men_small), sum(x.sign * x.other_small)
          FROM (${parts
            .map(
              ({ rows, sign }) =>
                `SELECT r.organization_id, r.visibility, ${sign} AS sign, f.* FROM ${rows} r CROSS JOIN LATERAL app.region_facts_of(${FACT_ARGS('r')}) f WHERE r.archived_at IS NULL`,
            )
            .join(' UNION ALL ')}) x
         GROUP BY x.organization_id, x.visibility, x.fact, x.k1, x.k2
         ORDER BY x.organization_id, x.visibility, x.fact, x.k1, x.k2
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
 * - Statement-level triggers on `initiative` (transition tables) take the old rows' facts away
 *   and add the new rows' (on update only for rows where a column the facts read changed), summed
 *   per key, so a bulk insert writes each fact row once. They run as the table owner (SECURITY
 *   DEFINER); the owner alone has a write policy, as for `initiative_search`. API code never
 *   writes it.
 * - Completed initiatives are counted per kind and per funder type too; their follow-ups are
 *   read as they are (they depend on today's date), only those that exist.
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
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_facts_of(uuid, text, text, date, text[], text[], text[], jsonb, jsonb, jsonb) FROM PUBLIC`);

    // Every existing initiative, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "initiative" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      INSERT INTO "region_fact" (organization_id, visibility, fact, k1, k2, n, amount, women, men, other, women_small, men_small, other_small)
      SELECT i.organization_id, i.visibility, f.fact, f.k1, f.k2, sum(f.n), sum(f.amount), sum(f.women), sum(f.men), sum(f.other),
             sum(f.women_small), sum(f.men_small), sum(f.other_small)
        FROM "initiative" i CROSS JOIN LATERAL app.region_facts_of(${FACT_ARGS('i')}) f
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
        IF TG_OP = 'INSERT' THEN
          ${APPLY([{ rows: 'new_rows', sign: 1 }])}
        ELSIF TG_OP = 'DELETE' THEN
          ${APPLY([{ rows: 'old_rows', sign: -1 }])}
        ELSE
          ${APPLY([
            { rows: `(SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${FACT_INPUT('o')} IS DISTINCT FROM ${FACT_INPUT('n')})`, sign: -1 },
            { rows: `(SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${FACT_INPUT('o')} IS DISTINCT FROM ${FACT_INPUT('n')})`, sign: 1 },
          ])}
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_fact_sync() FROM PUBLIC`);
    // Statement-level with transition tables: a bulk insert writes each fact row once, not once per initiative.
    await queryRunner.query(
      `CREATE TRIGGER region_fact_sync_insert AFTER INSERT ON "initiative" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.region_fact_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER region_fact_sync_update AFTER UPDATE ON "initiative" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.region_fact_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER region_fact_sync_delete AFTER DELETE ON "initiative" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app.region_fact_sync()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER region_fact_sync_${event} ON "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.region_fact_sync()`);
    await queryRunner.query(`REVOKE SELECT ON "region_fact" FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP TABLE "region_fact"`);
    await queryRunner.query(`DROP FUNCTION app.region_facts_of(uuid, text, text, date, text[], text[], text[], jsonb, jsonb, jsonb)`);
  }
}
