/**
 * The two PostgreSQL roles the portal uses. The owner role runs migrations and owns every table;
 * the app role is what the API connects as: it owns nothing, so row-level security always applies.
 * Migrations grant table privileges to APP_ROLE by this name.
 */
export const OWNER_ROLE = 'portal_owner';
export const APP_ROLE = 'portal_app';
/**
 * NOLOGIN, BYPASSRLS: owns only `app.search_initiatives`, so its index scans are not held back
 * by row-level security (the search operators are not leakproof). The function applies the
 * same visibility rule itself. Without this role the function runs as the caller (slower).
 */
export const SEARCH_ROLE = 'portal_search';
export const DATABASE_NAME = 'portal';

export interface DatabaseUrls {
  /** The API's connection (APP_ROLE). */
  readonly appUrl: string;
  /** The migration connection (OWNER_ROLE). */
  readonly ownerUrl: string;
}

export function postgresUrl(user: string, password: string, host: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
}

/** A URL safe to print or log: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[ogiltig databas-URL]';
  }
}
