import type { ActiveOrganization } from '../request/request-context.js';
import type { Principal } from './principal.js';

/**
 * Permissions derived from Keycloak realm roles and the per-organisation admin groups. Per-network
 * and per-initiative roles come from the portal's own tables later. Organisation permissions apply
 * to the active organisation: being admin of one organisation gives nothing in another.
 */
export const PERMISSIONS = [
  'organization:manage-members',
  'organization:create',
  'region:overview',
  'initiative:write',
  'method:write',
  'material:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function hasPermission(principal: Principal, permission: Permission, active: ActiveOrganization | undefined): boolean {
  const roles = new Set(principal.roles);
  switch (permission) {
    case 'organization:manage-members':
      return roles.has('platform-admin') || (active !== undefined && principal.adminOf.includes(active.slug));
    case 'organization:create':
      return roles.has('platform-admin');
    case 'initiative:write':
      // Which initiatives may be written is decided by row-level security (the active organisation's).
      return active !== undefined;
    case 'method:write':
    case 'material:write':
      // As for initiatives: row-level security decides which records (the active organisation's).
      return active !== undefined;
    case 'region:overview':
      return roles.has('region-overseer') || roles.has('platform-admin');
  }
}
