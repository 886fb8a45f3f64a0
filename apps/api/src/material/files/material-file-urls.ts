/** Where a download link points; the token is a ticket's (material_file_ticket), never a bearer token. */
export function materialFileUrl(token: string, preview: boolean): string {
  return `/api/material-files/${preview ? 'preview' : 'download'}/${encodeURIComponent(token)}`;
}
