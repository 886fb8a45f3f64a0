import pg from 'pg';
import { MATERIAL_LIMITS } from '@portal/shared-domain';
import { diffChanges, type StoredFieldChange } from '../../change-log/change-log.service.js';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { DEMO_METHODS } from '../../methods/demo/demo-methods.js';
import { DEMO_NETWORKS } from '../../networks/demo/demo-networks.js';
import { refreshMaterialFileText } from '../files/material-file-text.js';
import { MATERIAL_CHANGE_LOG } from '../material-change-log.js';
import { MATERIAL_RECORD } from '../material-row.mapper.js';
import { validateMaterial, type MaterialValues } from '../material.validation.js';
import { DEMO_MATERIAL, demoFileContent, demoMaterialInput, type DemoMaterial, type DemoMaterialVersion } from './demo-material.js';

/** Who the history and versions name for demo rows; `actor_id`/`created_by_id` must equal app.user_id for the insert policies. */
const DEMO_ACTOR = { id: 'demo', name: 'Demodata' } as const;
/** Serialises concurrent starts against one database (two API instances sharing DATABASE_URL). */
const ADVISORY_LOCK_KEY = 5_801_796_420;
/** Bytes per chunk row, as uploads store them. */
const CHUNK_BYTES = 1024 * 1024;

interface Organization {
  id: string;
  slug: string;
}

/**
 * Row-level security is FORCE'd for the owner role too: act as `userId` in `organizationId`, as
 * the API does (begin_request also loads the user's networks, which a share needs).
 */
async function actAs(client: pg.ClientBase, organizationId: string, userId: string = DEMO_ACTOR.id): Promise<void> {
  await client.query(`SELECT app.begin_request($1, $2, 'portal-user', 'on', '')`, [userId, organizationId]);
}

function validate(demo: DemoMaterial, linked?: { initiativeIds: string[]; methodIds: string[] }): MaterialValues {
  try {
    return validateMaterial(demoMaterialInput(demo, linked), demo.responsible);
  } catch (error) {
    const fieldErrors = (error as { extensions?: { fieldErrors?: unknown } }).extensions?.fieldErrors;
    throw new Error(`Demomaterialet "${demo.key}" följer inte materialregistrets regler: ${JSON.stringify(fieldErrors ?? (error as Error).message)}`);
  }
}

async function recordChange(
  client: pg.ClientBase,
  organizationId: string,
  materialId: string,
  version: number,
  action: string,
  changes: StoredFieldChange[],
): Promise<void> {
  await client.query(
    `INSERT INTO material_change (organization_id, material_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [organizationId, materialId, version, DEMO_ACTOR.id, DEMO_ACTOR.name, action, JSON.stringify(changes)],
  );
}

/** Inserts the material (version 1 of the row) and its "created" (or "adapted") history entry. */
async function insertMaterial(
  client: pg.ClientBase,
  organizationId: string,
  values: MaterialValues,
  adaptedFrom?: { id: string; version: number },
): Promise<string> {
  const write = MATERIAL_RECORD.write(values, 2);
  const next = write.params.length + 2;
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO material (organization_id, ${write.columns.join(', ')}, adapted_from_id, original_seen_version, is_demo)
     VALUES ($1, ${write.placeholders.join(', ')}, $${next}, $${next + 1}, true) RETURNING id`,
    [organizationId, ...write.params, adaptedFrom?.id ?? null, adaptedFrom?.version ?? null],
  );
  const id = inserted.rows[0]!.id;
  if (adaptedFrom) {
    await client.query(`INSERT INTO material_adaptation (variant_id, original_id, organization_id) VALUES ($1, $2, $3)`, [id, adaptedFrom.id, organizationId]);
  }
  await recordChange(client, organizationId, id, 1, adaptedFrom ? 'adapted' : 'created', diffChanges(MATERIAL_CHANGE_LOG, null, values));
  return id;
}

/**
 * Publishes a version as the API does: each file staged (as an upload, with its bytes in chunks),
 * then taken in by the material; the version row; the material's current version; its search
 * text; the history entry. Files are stored as extracted already (`text_status` done), so search
 * finds words inside them without waiting for the extractor; no scanner has seen them.
 */
async function publishVersion(client: pg.ClientBase, organizationId: string, materialId: string, version: DemoMaterialVersion, note: string): Promise<void> {
  const fileIds: string[] = [];
  for (const file of version.files) {
    const content = demoFileContent(file);
    if (content.bytes.length > MATERIAL_LIMITS.fileBytes) throw new Error(`Demofilen ${file.name} är för stor.`);
    const staged = await client.query<{ id: string }>(
      `INSERT INTO material_file (organization_id, material_id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status, text_status, text_content)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, 'not-scanned', 'done', $7) RETURNING id`,
      [organizationId, DEMO_ACTOR.id, content.name, content.mediaType, content.bytes.length, content.sha256, content.text],
    );
    const fileId = staged.rows[0]!.id;
    for (let offset = 0, seq = 0; offset < content.bytes.length; offset += CHUNK_BYTES, seq++) {
      await client.query(`INSERT INTO material_file_chunk (file_id, seq, data) VALUES ($1, $2, $3)`, [
        fileId,
        seq,
        content.bytes.subarray(offset, offset + CHUNK_BYTES),
      ]);
    }
    fileIds.push(fileId);
  }
  await client.query(`UPDATE material_file SET material_id = $1 WHERE id = ANY($2::uuid[]) AND material_id IS NULL`, [materialId, fileIds]);
  const current = (await client.query<{ current_version: number }>(`SELECT current_version FROM material WHERE id = $1`, [materialId])).rows[0]!;
  const number = current.current_version + 1;
  await client.query(
    `INSERT INTO material_version (organization_id, material_id, number, note, file_ids, created_by_id, created_by_name) VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7)`,
    [organizationId, materialId, number, note, fileIds, DEMO_ACTOR.id, DEMO_ACTOR.name],
  );
  const updated = await client.query<{ version: number }>(
    `UPDATE material SET current_version = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
    [materialId, number],
  );
  await refreshMaterialFileText(client, materialId);
  await recordChange(client, organizationId, materialId, updated.rows[0]!.version, 'version-published', [
    { field: 'currentVersion', before: current.current_version || null, after: number },
  ]);
}

/**
 * Loads DEMO_MATERIAL once: if any demo material exists (in any organisation), nothing is added,
 * so a restart or an admin's edits never bring rows back; a portal upgraded from before the
 * material register gets it on its next start. One transaction as the owner role, acting in
 * each organisation in turn (and as the sharing member for a network share), through the
 * register's validation and history. Run after the demo initiatives, methods and networks it
 * links to; one that is missing or not readable is left out.
 */
export async function seedDemoMaterial(ownerUrl: string): Promise<{ added: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const organizations = (await client.query<Organization>('SELECT id, slug FROM organization')).rows;
    const bySlug = new Map(organizations.map((o) => [o.slug, o.id]));
    const organizationOf = (slug: string, key: string): string => {
      const id = bySlug.get(slug);
      if (!id) throw new Error(`Demomaterialet "${key}" nämner en okänd organisation: ${slug}.`);
      return id;
    };

    // A private demo material is visible only to its own organisation, so ask as each one in turn.
    for (const organization of organizations) {
      await actAs(client, organization.id);
      if ((await client.query('SELECT 1 FROM material WHERE is_demo AND organization_id = $1 LIMIT 1', [organization.id])).rowCount) {
        await client.query('ROLLBACK');
        return { added: 0 };
      }
    }

    let added = 0;
    const shares: Array<{ materialId: string; organizationId: string; network: string; by: string }> = [];
    for (const demo of DEMO_MATERIAL) {
      const organizationId = organizationOf(demo.owner, demo.key);
      await actAs(client, organizationId);
      const values = validate(demo, await linkedIds(client, demo));
      const id = await insertMaterial(client, organizationId, values);
      added++;
      for (const [i, version] of demo.versions.entries()) {
        await publishVersion(client, organizationId, id, version, version.note);
        // Variants made from this version, before the original moved on ("Originalet har ändrats").
        for (const adaptation of (demo.adaptations ?? []).filter((a) => a.afterVersion === i + 1)) {
          const variantOrganization = organizationOf(adaptation.owner, demo.key);
          await actAs(client, variantOrganization);
          const variant = validate({
            ...demo,
            title: adaptation.title,
            visibility: 'private',
            responsible: adaptation.responsible,
            validFrom: demo.validFrom,
            nextReviewOn: null,
            initiatives: [],
            methods: [],
          });
          const variantId = await insertMaterial(client, variantOrganization, variant, { id, version: i + 1 });
          await publishVersion(client, variantOrganization, variantId, version, `Anpassad från ”${demo.title}”, version ${i + 1}.`);
          added++;
          await actAs(client, organizationId);
        }
      }
      for (const share of demo.shares ?? []) shares.push({ materialId: id, organizationId, ...share });
    }

    for (const share of shares) await shareWithNetwork(client, share);
    await client.query('COMMIT');
    return { added };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The demo initiatives and methods the material names, those the owner may read now. */
async function linkedIds(client: pg.ClientBase, demo: DemoMaterial): Promise<{ initiativeIds: string[]; methodIds: string[] }> {
  const initiativeTitles = demo.initiatives.map((key) => {
    const found = DEMO_INITIATIVES.find((d) => d.key === key);
    if (!found) throw new Error(`Demomaterialet "${demo.key}" pekar på en okänd insats: ${key}.`);
    return found.input.title;
  });
  const methodNames = demo.methods.map((key) => {
    const found = DEMO_METHODS.find((d) => d.key === key);
    if (!found) throw new Error(`Demomaterialet "${demo.key}" pekar på en okänd metod: ${key}.`);
    return found.input.name;
  });
  const initiatives = await client.query<{ id: string; title: string }>(
    `SELECT DISTINCT ON (title) id, title FROM initiative WHERE is_demo AND archived_at IS NULL AND title = ANY($1::text[]) ORDER BY title, created_at`,
    [initiativeTitles],
  );
  const methods = await client.query<{ id: string; name: string }>(
    `SELECT DISTINCT ON (name) id, name FROM method WHERE is_demo AND archived_at IS NULL AND name = ANY($1::text[]) ORDER BY name, created_at`,
    [methodNames],
  );
  const initiativeByTitle = new Map(initiatives.rows.map((r) => [r.title, r.id]));
  const methodByName = new Map(methods.rows.map((r) => [r.name, r.id]));
  return {
    initiativeIds: initiativeTitles.flatMap((t) => initiativeByTitle.get(t) ?? []),
    methodIds: methodNames.flatMap((n) => methodByName.get(n) ?? []),
  };
}

/**
 * Shares as the member named in the data, as the API does (the insert policy wants a member of
 * the network). Skipped when the demo network is missing or they are no longer in it: the
 * material then stays its organisation's own.
 */
async function shareWithNetwork(client: pg.ClientBase, share: { materialId: string; organizationId: string; network: string; by: string }): Promise<void> {
  const user = DEMO_NETWORKS.users[share.by];
  const network = DEMO_NETWORKS.networks.find((n) => n.key === share.network);
  if (!user || !network) throw new Error(`Demomaterialet delas med ett okänt nätverk eller av en okänd användare: ${share.network}, ${share.by}.`);
  await actAs(client, share.organizationId, user.id);
  const found = await client.query<{ id: string }>(`SELECT id FROM network WHERE is_demo AND name = $1 AND app.in_network(id) LIMIT 1`, [network.name]);
  const networkId = found.rows[0]?.id;
  if (!networkId) return;
  await client.query(`INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, 'material', $3, $4)`, [
    networkId,
    share.materialId,
    share.organizationId,
    user.id,
  ]);
  // As the API writes it: the record by id, its title read when the log is read.
  await client.query(
    `INSERT INTO network_event (network_id, actor_id, actor_name, action, subject, details) VALUES ($1, $2, $3, 'record.shared', '', $4::jsonb)`,
    [networkId, user.id, user.name, JSON.stringify({ kind: 'material', id: share.materialId })],
  );
}
