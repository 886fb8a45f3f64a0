/** Anything that runs SQL with parameters: an EntityManager, a pg client. */
export interface SqlQuery {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Sets `material.file_text` (searched with the lowest weight) to the text extracted from the
 * files of the material's current version, in their order. Runs when a version is published and
 * when an extraction finishes, so either order of the two gives the same result.
 */
export async function refreshMaterialFileText(db: SqlQuery, materialId: string): Promise<void> {
  await db.query(
    `UPDATE material ma SET file_text = coalesce((
        SELECT string_agg(f.text_content, E'\\n' ORDER BY x.n)
          FROM material_version v
          CROSS JOIN LATERAL unnest(v.file_ids) WITH ORDINALITY AS x(id, n)
          JOIN material_file f ON f.id = x.id
         WHERE v.material_id = ma.id AND v.number = ma.current_version AND f.text_content IS NOT NULL), '')
      WHERE ma.id = $1`,
    [materialId],
  );
}
