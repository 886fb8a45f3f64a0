import pg from 'pg';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { diffChanges, type StoredFieldChange } from '../../change-log/change-log.service.js';
import { METHOD_CHANGE_LOG } from '../method-change-log.js';
import { METHOD_RECORD } from '../method-row.mapper.js';
import type { MethodInput } from '../method.inputs.js';
import { methodTextInput } from '../method-values.js';
import { validateMethod, type MethodValues } from '../method.validation.js';
import { DEMO_INITIATIVE_METHODS, DEMO_METHODS, type DemoMethod } from './demo-methods.js';

/** Who the history names for demo rows; `actor_id` must equal app.user_id for the insert policy. */
const DEMO_ACTOR = { id: 'demo', name: 'Demodata' } as const;
/** The history's actor of the methods the free-text migration (1796270001000) made. */
const MIGRATION_ACTOR_ID = 'migration';
/** Names compared folded (case, accents, runs of spaces) by the same rule as that migration, so both find the same method. */
const FOLD = (expression: string) => `regexp_replace(app.fold(trim(${expression})), '\\s+', ' ', 'g')`;
/** Serialises concurrent starts against one database (two API instances sharing DATABASE_URL). */
const ADVISORY_LOCK_KEY = 5_801_796_270;

interface Organization {
  id: string;
  slug: string;
}

/** Row-level security is FORCE'd for the owner role too: act as a demo user of `organizationId`, like the API does. */
async function actAs(client: pg.ClientBase, organizationId: string): Promise<void> {
  await client.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', 'portal-user', true), set_config('app.member', 'on', true)`,
    [DEMO_ACTOR.id, organizationId],
  );
}

function validate(demo: DemoMethod): MethodValues {
  try {
    return validateMethod(demo.input);
  } catch (error) {
    const fieldErrors = (error as { extensions?: { fieldErrors?: unknown } }).extensions?.fieldErrors;
    throw new Error(`Demometoden "${demo.key}" följer inte metodbankens regler: ${JSON.stringify(fieldErrors ?? (error as Error).message)}`);
  }
}

async function insertMethod(client: pg.ClientBase, organizationId: string, values: MethodValues): Promise<string> {
  const write = METHOD_RECORD.write(values, 2);
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO method (organization_id, ${write.columns.join(', ')}, is_demo) VALUES ($1, ${write.placeholders.join(', ')}, true) RETURNING id`,
    [organizationId, ...write.params],
  );
  const id = inserted.rows[0]!.id;
  await recordChange(client, organizationId, id, 1, 'created', diffChanges(METHOD_CHANGE_LOG, null, values));
  return id;
}

/**
 * The organisation's own method of that folded name, if it has one: on a portal whose demo
 * initiatives were loaded before the method bank, the free-text migration has made one already.
 * `placeholder` when it is that migration's untouched, name-only method.
 */
async function existingMethod(
  client: pg.ClientBase,
  organizationId: string,
  name: string,
): Promise<{ id: string; name: string; placeholder: boolean } | undefined> {
  const found = await client.query<{ id: string; name: string; placeholder: boolean }>(
    `SELECT m.id, m.name,
            (m.version = 1 AND EXISTS (SELECT 1 FROM method_change c WHERE c.method_id = m.id AND c.actor_id = $3)) AS placeholder
       FROM method m WHERE m.organization_id = $1 AND ${FOLD('m.name')} = ${FOLD('$2')}
      ORDER BY m.created_at, m.id LIMIT 1`,
    [organizationId, name, MIGRATION_ACTOR_ID],
  );
  return found.rows[0];
}

/** Fills the migration's name-only method with the demo method's content, recorded in its history like an edit. */
async function fillPlaceholder(client: pg.ClientBase, organizationId: string, existing: { id: string; name: string }, values: MethodValues): Promise<void> {
  const assignments = METHOD_RECORD.assignments(values, 2);
  const updated = await client.query<{ version: number }>(
    `UPDATE method SET ${assignments.sql}, is_demo = true, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
    [existing.id, ...assignments.params],
  );
  const before = validateMethod({ ...EMPTY_INPUT, name: existing.name });
  await recordChange(client, organizationId, existing.id, updated.rows[0]!.version, 'updated', diffChanges(METHOD_CHANGE_LOG, before, values));
}

async function recordChange(
  client: pg.ClientBase,
  organizationId: string,
  methodId: string,
  version: number,
  action: string,
  changes: StoredFieldChange[],
): Promise<void> {
  await client.query(
    `INSERT INTO method_change (organization_id, method_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [organizationId, methodId, version, DEMO_ACTOR.id, DEMO_ACTOR.name, action, JSON.stringify(changes)],
  );
}

/**
 * Loads DEMO_METHODS once and links the demo initiatives to them: if any demo method exists (in
 * any organisation), nothing is added, so a restart or an admin's edits never bring rows back.
 * Everything in one transaction as the owner role, acting in each organisation in turn, through
 * the same validation and history as the API. Run after the demo initiatives; a demo initiative
 * that is missing (deleted, or demo data loaded before the bank existed and then edited) is
 * simply not linked.
 */
export async function seedDemoMethods(ownerUrl: string): Promise<{ added: number; links: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const organizations = (await client.query<Organization>('SELECT id, slug FROM organization')).rows;
    const bySlug = new Map(organizations.map((o) => [o.slug, o]));

    // A private demo method is visible only to its own organisation, so ask as each one in turn.
    for (const organization of organizations) {
      await actAs(client, organization.id);
      const found = await client.query('SELECT 1 FROM method WHERE is_demo AND organization_id = $1 LIMIT 1', [organization.id]);
      if (found.rowCount) {
        await client.query('ROLLBACK');
        return { added: 0, links: 0 };
      }
    }

    const ids = new Map<string, string>();
    const adopted = new Set<string>();
    const kept = new Set<string>();
    for (const demo of DEMO_METHODS) {
      const owner = bySlug.get(demo.owner);
      if (!owner) throw new Error(`Demometoden "${demo.key}" har en okänd ägare: ${demo.owner}.`);
      const values = validate(demo);
      await actAs(client, owner.id);
      // Never a second method of one name in an organisation: the migration's placeholder becomes
      // the demo method; a method the organisation has made or edited itself is left as it is.
      const existing = await existingMethod(client, owner.id, values.name);
      if (existing?.placeholder) await fillPlaceholder(client, owner.id, existing, values);
      ids.set(demo.key, existing?.id ?? (await insertMethod(client, owner.id, values)));
      if (existing) adopted.add(demo.key);
      if (existing && !existing.placeholder) kept.add(demo.key);
    }
    // Relations once every method exists (none in today's data: the reports relate no two methods).
    for (const demo of DEMO_METHODS) {
      // An organisation's own method (kept, not filled) is not the demo data's to relate.
      if (demo.related.length === 0 || kept.has(demo.key)) continue;
      const owner = bySlug.get(demo.owner)!;
      await actAs(client, owner.id);
      const relations = demo.related.map((r) => {
        const to = ids.get(r.to);
        if (!to) throw new Error(`Demometoden "${demo.key}" pekar på en okänd metod: ${r.to}.`);
        return { kind: r.kind, methodId: to };
      });
      const updated = await client.query<{ version: number }>(
        `UPDATE method SET relations = $2::jsonb, version = version + 1 WHERE id = $1 RETURNING version`,
        [ids.get(demo.key), JSON.stringify(relations)],
      );
      await recordChange(client, owner.id, ids.get(demo.key)!, updated.rows[0]!.version, 'updated', [{ field: 'relations', before: [], after: relations }]);
    }

    let links = 0;
    let added = ids.size - adopted.size;
    for (const initiative of DEMO_INITIATIVES) {
      const mapping = DEMO_INITIATIVE_METHODS[initiative.key];
      if (!mapping) continue;
      const owner = bySlug.get(initiative.owner);
      if (!owner) continue;
      await actAs(client, owner.id);
      const found = await client.query<{ id: string }>('SELECT id FROM initiative WHERE is_demo AND organization_id = $1 AND title = $2 LIMIT 1', [
        owner.id,
        initiative.input.title,
      ]);
      const initiativeId = found.rows[0]?.id;
      if (!initiativeId) continue;
      for (const [text, key] of Object.entries(mapping)) {
        let methodId = key ? ids.get(key) : undefined;
        if (key && !methodId) throw new Error(`Demoinsatsen "${initiative.key}" pekar på en okänd metod: ${key}.`);
        if (!methodId) {
          // Not one of the bank's methods: the organisation's own private method named after the text (one per name).
          methodId = (await existingMethod(client, owner.id, text))?.id;
          if (!methodId) {
            methodId = await insertMethod(client, owner.id, validateMethod({ ...EMPTY_INPUT, name: text }));
            added += 1;
          }
        }
        // A method the organisation kept private is not another organisation's to link to.
        const readable = await client.query('SELECT 1 FROM method WHERE id = $1', [methodId]);
        if (!readable.rowCount) continue;
        const link = await client.query(
          `INSERT INTO initiative_method (organization_id, initiative_id, method_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT "UQ_initiative_method" DO NOTHING`,
          [owner.id, initiativeId, methodId],
        );
        links += link.rowCount ?? 0;
      }
    }

    await client.query('COMMIT');
    return { added, links };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A private method with only a name, as the free-text migration makes them. */
const EMPTY_INPUT: MethodInput = {
  ...methodTextInput(() => ''),
  visibility: 'private',
  targetGroups: [],
  themes: [],
  steps: [],
  requirements: null,
  evidenceLevel: null,
  evidenceSources: [],
  relations: [],
  contactPerson: null,
};
