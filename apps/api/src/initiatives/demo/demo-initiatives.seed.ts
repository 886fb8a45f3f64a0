import pg from 'pg';
import { diffChanges } from '../../change-log/change-log.service.js';
import { INITIATIVE_CHANGE_LOG } from '../initiative-change-log.js';
import { INITIATIVE_RECORD } from '../initiative-row.mapper.js';
import { followUpChange, followUpDueDates, relationChange } from '../initiative-values.js';
import { validateFollowUp, validateInitiative } from '../initiative.validation.js';
import { DEMO_INITIATIVES, type DemoInitiative } from './demo-initiatives.js';

/** Who the history names for demo rows; `actor_id` must equal app.user_id for the insert policy. */
const DEMO_ACTOR = { id: 'demo', name: 'Demodata' } as const;
/** Serialises concurrent starts against one database (two API instances sharing DATABASE_URL). */
const ADVISORY_LOCK_KEY = 5_801_796_175;

interface Organization {
  id: string;
  slug: string;
  name: string;
}

/** Row-level security is FORCE'd for the owner role too: act as a demo user of `organizationId`, like the API does. */
async function actAs(client: pg.ClientBase, organizationId: string): Promise<void> {
  await client.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', 'portal-user', true)`, [
    DEMO_ACTOR.id,
    organizationId,
  ]);
}

async function recordChange(
  client: pg.ClientBase,
  organizationId: string,
  initiativeId: string,
  action: string,
  changes: unknown,
  version: number,
): Promise<void> {
  await client.query(
    `INSERT INTO initiative_change (organization_id, initiative_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [organizationId, initiativeId, version, DEMO_ACTOR.id, DEMO_ACTOR.name, action, JSON.stringify(changes)],
  );
}

/**
 * The version a relation or follow-up is recorded at. Like the API, these do not move the
 * version: it guards the initiative's own fields, which an open edit form holds.
 */
async function currentVersion(client: pg.ClientBase, initiativeId: string): Promise<number> {
  const rows = await client.query<{ version: number }>(`SELECT version FROM initiative WHERE id = $1`, [initiativeId]);
  const version = rows.rows[0]?.version;
  if (version === undefined) throw new Error(`Demodata: insatsen ${initiativeId} gick inte att uppdatera.`);
  return version;
}

function validate(demo: DemoInitiative, bySlug: ReadonlyMap<string, Organization>) {
  try {
    return validateInitiative(demo.input, (slug) => bySlug.get(slug));
  } catch (error) {
    // The field errors say which demo value breaks which rule; without them the message is just "Rätta 2 fält".
    const fieldErrors = (error as { extensions?: { fieldErrors?: unknown } }).extensions?.fieldErrors;
    throw new Error(`Demoinsatsen "${demo.key}" följer inte registrets regler: ${JSON.stringify(fieldErrors ?? (error as Error).message)}`);
  }
}

/**
 * Loads DEMO_INITIATIVES once: if any demo initiative exists (in any organisation, archived or
 * not), nothing is added, so a restart or an admin's edits and archiving never bring rows back.
 * Everything in one transaction as the owner role, through the same validation, history,
 * relation and follow-up rules as the API.
 */
export async function seedDemoInitiatives(ownerUrl: string): Promise<{ added: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const organizations = (await client.query<Organization>('SELECT id, slug, name FROM organization')).rows;
    const bySlug = new Map(organizations.map((o) => [o.slug, o]));

    // A private demo row is visible only to its own organisation, so ask as each one in turn.
    for (const organization of organizations) {
      await actAs(client, organization.id);
      const found = await client.query('SELECT 1 FROM initiative WHERE is_demo AND organization_id = $1 LIMIT 1', [organization.id]);
      if (found.rowCount) {
        await client.query('ROLLBACK');
        return { added: 0 };
      }
    }

    const ids = new Map<string, { id: string; organizationId: string; title: string }>();
    for (const demo of DEMO_INITIATIVES) {
      const owner = bySlug.get(demo.owner);
      if (!owner) throw new Error(`Demoinsatsen "${demo.key}" har en okänd ägare: ${demo.owner}.`);
      const values = validate(demo, bySlug);
      await actAs(client, owner.id);
      const write = INITIATIVE_RECORD.write(values, 2);
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO initiative (organization_id, ${write.columns.join(', ')}, is_demo) VALUES ($1, ${write.placeholders.join(', ')}, true) RETURNING id`,
        [owner.id, ...write.params],
      );
      const id = inserted.rows[0]!.id;
      ids.set(demo.key, { id, organizationId: owner.id, title: values.title });
      await recordChange(client, owner.id, id, 'created', diffChanges(INITIATIVE_CHANGE_LOG, null, values), 1);
      // As the API's syncFollowUps: a completed initiative gets its three follow-ups, with its visibility.
      if (values.status === 'completed' && values.endDate) {
        for (const { milestone, dueDate } of followUpDueDates(values.endDate)) {
          await client.query(
            `INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date) VALUES ($1, $2, $3, $4, $5::date)`,
            [owner.id, values.visibility, id, milestone, dueDate],
          );
        }
      }
    }

    // Relations after all initiatives, since the `to` end must already exist and be visible to the `from` owner.
    for (const demo of DEMO_INITIATIVES) {
      const from = ids.get(demo.key)!;
      await actAs(client, from.organizationId);
      for (const relation of demo.relations) {
        const to = ids.get(relation.to);
        if (!to) throw new Error(`Demoinsatsen "${demo.key}" pekar på en okänd insats: ${relation.to}.`);
        await client.query(`INSERT INTO initiative_relation (organization_id, from_id, to_id, kind, note) VALUES ($1, $2, $3, $4, $5)`, [
          from.organizationId,
          from.id,
          to.id,
          relation.kind,
          relation.note,
        ]);
        const version = await currentVersion(client, from.id);
        await recordChange(client, from.organizationId, from.id, 'relation-added', [relationChange(relation.kind, to.id, true)], version);
      }
      for (const followUp of demo.followUps) {
        const values = validateFollowUp({ status: followUp.status, livesOn: followUp.livesOn, ownerNow: followUp.ownerNow, evidenceUrl: '' });
        // Recorded a couple of weeks after it fell due, but never in the future.
        const updated = await client.query(
          `UPDATE initiative_follow_up SET status = $3, lives_on = $4, owner_now = $5, evidence_url = $6,
                  recorded_at = LEAST(now(), due_date + interval '14 days' + interval '10 hours'), recorded_by = $7
            WHERE initiative_id = $1 AND milestone = $2 AND due_date <= current_date`,
          [from.id, followUp.milestone, values.status, values.livesOn, values.ownerNow, values.evidenceUrl, DEMO_ACTOR.id],
        );
        // Not yet due (a clock far in the past) or not completed: leave it open rather than record the future.
        if (!updated.rowCount) continue;
        const version = await currentVersion(client, from.id);
        await recordChange(client, from.organizationId, from.id, 'follow-up-recorded', [followUpChange(followUp.milestone, values.status)], version);
      }
    }

    await client.query('COMMIT');
    return { added: ids.size };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
