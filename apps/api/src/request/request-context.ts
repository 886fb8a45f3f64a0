import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner } from 'typeorm';
import type { Principal } from '../auth/principal.js';

export interface ActiveOrganization {
  readonly id: string;
  readonly slug: string;
}

/** The row-level security settings of a transaction (`app.begin_request`). */
export interface RequestSettings {
  readonly userId: string;
  readonly organizationId: string;
  /** Comma-separated roles. */
  readonly roles: string;
  readonly member: boolean;
  readonly organizationAdmin: boolean;
}

/** Everything the API knows about one HTTP request, reachable from any code it runs. */
export interface RequestContext {
  readonly requestId: string;
  /** The client's address as Express sees it (`req.ip`, after PORTAL_TRUST_PROXY); rate limits count it. */
  readonly clientAddress: string;
  /** The verified token's user; the policy guard drops rights revoked after the token was issued. */
  principal: Principal | undefined;
  /** The policy guard's one settling of revocations, active organisation and membership; every root field awaits the same one. */
  settled?: Promise<void>;
  /** A token was sent but refused: every operation answers UNAUTHENTICATED. */
  authFailed: boolean;
  /** The language the web app runs in (Accept-Language: `en` or else `sv`), for mail to this person. */
  readonly locale?: 'sv' | 'en';
  /** Raw X-Organization header, checked against the token by the policy guard. */
  readonly organizationHeader: string | undefined;
  activeOrganization: ActiveOrganization | undefined;
  /** The principal belongs to at least one portal organisation (reads 'region'); set by the policy guard. */
  member?: boolean;
  /** Networks the user is an active member of, as the transaction's settings hold them (app.networks); read with the transaction. */
  networkIds?: readonly string[];
  /**
   * Settings the transaction is opened with instead of the principal's: a download ticket's, the
   * user who made the link (see RequestDatabase.reopenAs). Unset for every other request.
   */
  actingAs?: RequestSettings;
  /** The request's database transaction, opened on first use (see RequestDatabase). */
  transaction: QueryRunner | undefined;
}

export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage.getStore();
}
