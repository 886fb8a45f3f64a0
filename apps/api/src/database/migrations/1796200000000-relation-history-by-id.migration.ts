import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A relation's history entry used to store the other end's title ("Bygger på: Connect 1"), which
 * then showed to every reader of the history, also when that initiative was private or archived.
 * Entries now store `{ kind, initiativeId }` and the API looks the title up through row-level
 * security when the history is read. This converts the entries already written:
 * - the id is the other end of a relation that still exists from the entry's initiative, with
 *   that kind and title; else the one initiative anywhere with that title;
 * - when neither gives exactly one id, `initiativeId` is null: the entry keeps its kind but no
 *   title remains stored (it reads "ett initiativ du inte har behörighet att se").
 *
 * The tables are FORCE'd row-level security, so even the owner sees only public rows; the
 * migration lifts FORCE for its own transaction (the owner then bypasses RLS) and restores it.
 */
const TABLES = ['initiative', 'initiative_relation', 'initiative_change'] as const;

/** The Swedish labels the old entries were written with, frozen here so later label edits do not change this migration. */
const KIND_LABELS: ReadonlyArray<readonly [code: string, label: string]> = [
  ['builds-on', 'Bygger på'],
  ['successor-of', 'Efterföljare till'],
  ['part-of', 'Ingår i'],
];
const UNIDENTIFIED = 'ett initiativ du inte har behörighet att se';

interface StoredChange {
  field: string;
  before: unknown;
  after: unknown;
}
interface ChangeRow {
  id: string;
  initiative_id: string;
  changes: StoredChange[];
}
interface Reference {
  kind: string;
  initiativeId: string | null;
}

function parseTitled(text: string): { kind: string; title: string } {
  for (const [code, label] of KIND_LABELS) {
    if (text.startsWith(`${label}: `)) return { kind: code, title: text.slice(label.length + 2) };
  }
  // Not written by the portal's relationChange: keep no text of it at all.
  return { kind: '', title: '' };
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>)['kind'] === 'string';
}

export class RelationHistoryById1796200000000 implements MigrationInterface {
  name = 'RelationHistoryById1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.withoutForcedRls(queryRunner, async () => {
      const rows = await this.relationChanges(queryRunner);
      const titled = rows.flatMap((row) =>
        row.changes
          .filter((c) => c.field === 'relations')
          .flatMap((c) => [c.before, c.after])
          .filter((v): v is string => typeof v === 'string')
          .map(parseTitled),
      );
      if (titled.length === 0) return;
      const initiativeIds = [...new Set(rows.map((r) => r.initiative_id))];
      const titles = [...new Set(titled.map((t) => t.title).filter(Boolean))];
      // Relations that still exist from these initiatives: (from, kind, title of to) → to ids.
      const linked = new Map<string, Set<string>>();
      const relations: Array<{ from_id: string; kind: string; to_id: string; title: string }> = await queryRunner.query(
        `SELECT r.from_id, r.kind, r.to_id, t.title FROM initiative_relation r JOIN initiative t ON t.id = r.to_id WHERE r.from_id = ANY($1::uuid[])`,
        [initiativeIds],
      );
      for (const r of relations) {
        const key = `${r.from_id}\n${r.kind}\n${r.title}`;
        linked.set(key, (linked.get(key) ?? new Set()).add(r.to_id));
      }
      // Any initiative with the title, for relations removed since: title → ids.
      const byTitle = new Map<string, Set<string>>();
      const named: Array<{ id: string; title: string }> = await queryRunner.query(`SELECT id, title FROM initiative WHERE title = ANY($1::text[])`, [titles]);
      for (const n of named) byTitle.set(n.title, (byTitle.get(n.title) ?? new Set()).add(n.id));

      const only = (ids: Set<string> | undefined, self: string) => {
        const others = [...(ids ?? [])].filter((id) => id !== self);
        return others.length === 1 ? others[0]! : undefined;
      };
      const convert = (value: unknown, self: string): unknown => {
        if (typeof value !== 'string') return value;
        const { kind, title } = parseTitled(value);
        const initiativeId = title ? (only(linked.get(`${self}\n${kind}\n${title}`), self) ?? only(byTitle.get(title), self) ?? null) : null;
        return { kind, initiativeId } satisfies Reference;
      };
      const updates = rows.map((row) => ({
        id: row.id,
        changes: row.changes.map((c) =>
          c.field === 'relations' ? { ...c, before: convert(c.before, row.initiative_id), after: convert(c.after, row.initiative_id) } : c,
        ),
      }));
      await this.write(queryRunner, updates);
    });
  }

  /** Back to the titled text (as the code before this migration wrote it), looking titles up by id. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await this.withoutForcedRls(queryRunner, async () => {
      const rows = await this.relationChanges(queryRunner);
      const ids = rows.flatMap((row) =>
        row.changes
          .flatMap((c) => [c.before, c.after])
          .filter(isReference)
          .flatMap((r) => (r.initiativeId ? [r.initiativeId] : [])),
      );
      const titles = new Map<string, string>();
      if (ids.length > 0) {
        const named: Array<{ id: string; title: string }> = await queryRunner.query(`SELECT id, title FROM initiative WHERE id = ANY($1::uuid[])`, [
          [...new Set(ids)],
        ]);
        for (const n of named) titles.set(n.id, n.title);
      }
      const label = (kind: string) => KIND_LABELS.find(([code]) => code === kind)?.[1] ?? 'Relation';
      const revert = (value: unknown) =>
        isReference(value) ? `${label(value.kind)}: ${(value.initiativeId && titles.get(value.initiativeId)) || UNIDENTIFIED}` : value;
      await this.write(
        queryRunner,
        rows.map((row) => ({
          id: row.id,
          changes: row.changes.map((c) => (c.field === 'relations' ? { ...c, before: revert(c.before), after: revert(c.after) } : c)),
        })),
      );
    });
  }

  private relationChanges(queryRunner: QueryRunner): Promise<ChangeRow[]> {
    return queryRunner.query(`SELECT id, initiative_id, changes FROM initiative_change WHERE changes @> '[{"field": "relations"}]'::jsonb`);
  }

  private async write(queryRunner: QueryRunner, updates: ReadonlyArray<{ id: string; changes: unknown[] }>): Promise<void> {
    if (updates.length === 0) return;
    await queryRunner.query(
      `UPDATE initiative_change c SET changes = v.changes::jsonb
         FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS changes) v WHERE c.id = v.id`,
      [updates.map((u) => u.id), updates.map((u) => JSON.stringify(u.changes))],
    );
  }

  private async withoutForcedRls(queryRunner: QueryRunner, body: () => Promise<void>): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    await body();
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  }
}
