import type { EntityManager } from 'typeorm';

/**
 * The rows of any statement. `EntityManager.query` returns `[rows, count]` for UPDATE and DELETE
 * but plain rows otherwise; the structured result is the same for all.
 */
export async function sqlRows<T>(manager: EntityManager, sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('sqlRows needs the request transaction’s manager');
  const result = await runner.query(sql, [...parameters], true);
  return result.records as T[];
}
