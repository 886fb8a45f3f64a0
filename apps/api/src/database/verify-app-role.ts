import pg from 'pg';

/**
 * Refuses to serve when the API's connection could bypass row-level security: it must be
 * APP_ROLE-like, own no table, and be neither superuser nor BYPASSRLS.
 */
export async function verifyAppRole(appUrl: string, expectedRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: appUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; superuser: boolean; bypassrls: boolean; owned: number }>(
      `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
              (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relowner = r.oid AND n.nspname NOT IN ('pg_catalog', 'information_schema')) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const row = rows[0];
    if (!row) throw new Error('Kunde inte läsa API-rollens egenskaper.');
    const problems = [
      row.superuser ? 'är superanvändare' : undefined,
      row.bypassrls ? 'har BYPASSRLS' : undefined,
      row.owned > 0 ? `äger ${row.owned} tabeller eller andra objekt` : undefined,
    ].filter(Boolean);
    if (problems.length > 0) {
      throw new Error(
        `API:ts databasroll "${row.role}" ${problems.join(' och ')}. API:t måste ansluta som en roll utan egna tabeller ` +
          `(${expectedRole}); migreringarna körs som ägarrollen via DATABASE_MIGRATION_URL. Se README, "Konfiguration".`,
      );
    }
  } finally {
    await client.end();
  }
}
