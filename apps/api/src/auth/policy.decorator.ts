import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions.js';

export const POLICY_METADATA = 'portal:policy';

/** What an operation requires. Every query, mutation and controller route declares one. */
export type Policy = { readonly kind: 'public' } | { readonly kind: 'signed-in' } | { readonly kind: 'permission'; readonly permission: Permission };

/** Anyone, signed in or not (a refused token still gets UNAUTHENTICATED). */
export const Public = () => SetMetadata(POLICY_METADATA, { kind: 'public' } satisfies Policy);
/** Any signed-in user. */
export const SignedIn = () => SetMetadata(POLICY_METADATA, { kind: 'signed-in' } satisfies Policy);
/** A signed-in user holding the permission (in the active organisation, where it applies). */
export const RequirePermission = (permission: Permission) => SetMetadata(POLICY_METADATA, { kind: 'permission', permission } satisfies Policy);
