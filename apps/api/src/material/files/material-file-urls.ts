/** Where the file routes live (the web app's proxy, nginx and the tests name the same prefix). */
export const MATERIAL_FILES_PATH = '/api/material-files';

/**
 * The link a download ticket opens: `/api/material-files/download/<token>` (attachment) or
 * `/api/material-files/preview/<token>` (inline, for the preview frame). The token is the only
 * secret; it is never a bearer token.
 */
export function materialFileUrl(token: string, preview: boolean): string {
  return `${MATERIAL_FILES_PATH}/${preview ? 'preview' : 'download'}/${encodeURIComponent(token)}`;
}
