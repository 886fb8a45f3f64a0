import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles.js';
import { RECORD_RULE_BEFORE_NETWORKS, secureTenantTable } from '../../tenancy/tenant-table.migration.js';

/** What an initiative's jsonb gives the region overview, as plain arrays and numbers (see the class comment). */
const FIGURES_OF = `
  CREATE FUNCTION app.region_figures_of(owner uuid, partners jsonb, funding jsonb, participants jsonb,
                                        OUT involved uuid[], OUT granted_types text[], OUT granted_amounts numeric[],
                                        OUT periods integer, OUT women bigint, OUT men bigint, OUT other bigint,
                                        OUT women_least integer, OUT men_least integer, OUT other_least integer)
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public
  AS $$
    SELECT ARRAY(SELECT owner
                  UNION
                 SELECT (p->>'organizationId')::uuid FROM jsonb_array_elements(partners) p WHERE coalesce(p->>'organizationId', '') <> ''
                  ORDER BY 1),
           coalesce(g.types, '{}'), coalesce(g.amounts, '{}'),
           pp.periods, pp.women, pp.men, pp.other, pp.women_least, pp.men_least, pp.other_least
      FROM (SELECT array_agg(funder_type ORDER BY funder_type) AS types, array_agg(amount ORDER BY funder_type) AS amounts
              FROM (SELECT f->>'funderType' AS funder_type, sum((f->>'amountSek')::numeric) AS amount
                      FROM jsonb_array_elements(funding) f
                     WHERE f->>'status' = 'granted' AND jsonb_typeof(f->'amountSek') = 'number'
                     GROUP BY 1) per_type) g,
           (SELECT count(*)::integer AS periods,
                   coalesce(sum(w), 0)::bigint AS women, coalesce(sum(m), 0)::bigint AS men, coalesce(sum(o), 0)::bigint AS other,
                   min(w) FILTER (WHERE w > 0) AS women_least, min(m) FILTER (WHERE m > 0) AS men_least, min(o) FILTER (WHERE o > 0) AS other_least
              FROM (SELECT coalesce((p->>'women')::integer, 0) AS w, coalesce((p->>'men')::integer, 0) AS m,
                           coalesce((p->>'otherOrUnknown')::integer, 0) AS o
                      FROM jsonb_array_elements(participants) p) per_period) pp
  $$`;

/** The columns copied as they are from `initiative`. */
const COPIED = ['organization_id', 'visibility', 'archived_at', 'status', 'kind', 'start_date', 'end_date', 'themes', 'target_groups', 'funder_types'] as const;
/** The columns `app.region_figures_of` computes. */
const DERIVED = ['involved', 'granted_types', 'granted_amounts', 'periods', 'women', 'men', 'other', 'women_least', 'men_least', 'other_least'] as const;
const COLUMNS = ['id', ...COPIED, 'start_year', ...DERIVED] as const;

/** What the copy reads of an initiative: when none of it changed, an update leaves the copy alone. */
const INPUT = (r: string) => `(${[...COPIED, 'partners', 'funding', 'participants'].map((c) => `${r}.${c}`).join(', ')})`;

/** The copy's rows for a set of `initiative` rows (`rows`, aliased r). */
const SELECT_FROM = (rows: string) =>
  `SELECT r.id, ${COPIED.map((c) => `r.${c}`).join(', ')}, extract(year FROM r.start_date)::integer, ${DERIVED.map((c) => `d.${c}`).join(', ')}
     FROM ${rows} CROSS JOIN LATERAL app.region_figures_of(r.organization_id, r.partners, r.funding, r.participants) d`;

/**
 * The region overview's filtered views read a narrow copy of each initiative, `region_initiative`,
 * instead of the wide `initiative` rows and their jsonb: at 100 000 initiatives the statement
 * over `initiative` took up to about two seconds, most of it expanding partners, funding lines
 * and participant periods and re-grouping them.
 *
 * - `region_initiative` holds, per initiative, what the figures and the filters read as plain
 *   columns: owner, visibility and archive state (for row-level security), status, kind, dates
 *   and start year, themes, target groups and funder types; the organisations taking part (`involved`: the owner
 *   and partners that are portal organisations); granted funding summed per funder type, as two
 *   parallel arrays (lines with status `granted` and a numeric amount); and the participant
 *   periods summed per gender, with how many periods there are and the smallest count above zero
 *   per gender (a period's count is hidden from others when under the small-cell threshold; the
 *   smallest one says whether any is, for any threshold).
 * - Its select policy is the standard archived-aware rule, the same as `initiative`'s
 *   (`app.can_read_record`, via `secureTenantTable`), so a reader reads exactly the copies of the
 *   initiatives they may read. No index for the filters: `&&` on arrays is not leakproof, so
 *   under row-level security PostgreSQL would not use a GIN index for it anyway.
 * - Statement-level triggers on `initiative` (transition tables) write the copies of a
 *   statement's new rows in one INSERT … ON CONFLICT, on update only for rows where a column the
 *   copy reads changed; a deleted initiative takes its copy with it (foreign key). They run as
 *   the table owner (SECURITY DEFINER), who alone has a write policy; API code never writes it.
 */
export class RegionInitiatives1796320000000 implements MigrationInterface {
  name = 'RegionInitiatives1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "region_initiative" (
        "id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "visibility" text NOT NULL,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        "status" text NOT NULL,
        "kind" text NOT NULL,
        "start_date" date,
        "end_date" date,
        "start_year" integer,
        "themes" text array NOT NULL,
        "target_groups" text array NOT NULL,
        "funder_types" text array NOT NULL,
        "involved" uuid array NOT NULL,
        "granted_types" text array NOT NULL,
        "granted_amounts" numeric array NOT NULL,
        "periods" integer NOT NULL,
        "women" bigint NOT NULL,
        "men" bigint NOT NULL,
        "other" bigint NOT NULL,
        "women_least" integer,
        "men_least" integer,
        "other_least" integer,
        CONSTRAINT "PK_region_initiative" PRIMARY KEY ("id"),
        CONSTRAINT "FK_region_initiative_initiative" FOREIGN KEY ("id") REFERENCES "initiative"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(FIGURES_OF);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_figures_of(uuid, jsonb, jsonb, jsonb) FROM PUBLIC`);

    // Every existing initiative, of every organisation: lift FORCE for this transaction only.
    await queryRunner.query(`ALTER TABLE "initiative" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`INSERT INTO "region_initiative" (${COLUMNS.join(', ')}) ${SELECT_FROM('"initiative" r')}`);
    await queryRunner.query(`ALTER TABLE "initiative" FORCE ROW LEVEL SECURITY`);

    await secureTenantTable(queryRunner, 'region_initiative', { read: 'record', commands: ['SELECT'], readExpression: RECORD_RULE_BEFORE_NETWORKS });
    await queryRunner.query(`CREATE POLICY region_initiative_sync ON "region_initiative" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    const upsert = (rows: string) => `
        INSERT INTO public.region_initiative (${COLUMNS.join(', ')})
        ${SELECT_FROM(rows)}
        ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id')
          .map((c) => `${c} = EXCLUDED.${c}`)
          .join(', ')};`;
    await queryRunner.query(`
      CREATE FUNCTION app.region_initiative_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public
      AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert('new_rows r')}
        ELSE
          ${upsert(`(SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${INPUT('o')} IS DISTINCT FROM ${INPUT('n')}) r`)}
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION app.region_initiative_sync() FROM PUBLIC`);
    // Statement-level with transition tables: a bulk insert computes and writes its copies in one statement.
    await queryRunner.query(
      `CREATE TRIGGER region_initiative_sync_insert AFTER INSERT ON "initiative" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.region_initiative_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER region_initiative_sync_update AFTER UPDATE ON "initiative" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.region_initiative_sync()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update']) await queryRunner.query(`DROP TRIGGER region_initiative_sync_${event} ON "initiative"`);
    await queryRunner.query(`DROP FUNCTION app.region_initiative_sync()`);
    await queryRunner.query(`REVOKE SELECT ON "region_initiative" FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP TABLE "region_initiative"`);
    await queryRunner.query(`DROP FUNCTION app.region_figures_of(uuid, jsonb, jsonb, jsonb)`);
  }
}
