import { SHAREABLE_KINDS, type ShareableKind } from '@portal/shared-domain';

/** Where each kind of record a network can be shared is stored, and its title column. */
export const SHAREABLE_RECORDS: Readonly<Record<ShareableKind, { readonly table: string; readonly title: string }>> = {
  initiative: { table: 'initiative', title: 'title' },
  method: { table: 'method', title: 'name' },
  material: { table: 'material', title: 'title' },
};

/**
 * LEFT JOINs to every kind of shareable record named by a kind and an id expression, read under
 * the reader's row-level security (archived ones left out), with the readable record's title and
 * id: NULL when the reader may not read it now.
 */
export function readableRecordJoins(kind: string, id: string): { joins: string; title: string; id: string } {
  const joins = SHAREABLE_KINDS.map((k) => {
    const record = SHAREABLE_RECORDS[k];
    return `LEFT JOIN ${record.table} r_${k} ON ${kind} = '${k}' AND r_${k}.id = ${id} AND r_${k}.archived_at IS NULL`;
  }).join('\n         ');
  return {
    joins,
    title: `coalesce(${SHAREABLE_KINDS.map((k) => `r_${k}.${SHAREABLE_RECORDS[k].title}`).join(', ')})`,
    id: `coalesce(${SHAREABLE_KINDS.map((k) => `r_${k}.id`).join(', ')})`,
  };
}

/** `id, title` of the readable records among `$n` ids, every kind. */
export function readableTitlesSql(idsParameter: string): string {
  return SHAREABLE_KINDS.map((k) => {
    const record = SHAREABLE_RECORDS[k];
    return `SELECT id, ${record.title} AS title FROM ${record.table} WHERE id = ANY(${idsParameter}::uuid[])`;
  }).join(' UNION ALL ');
}
