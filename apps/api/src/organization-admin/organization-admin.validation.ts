import { ORGANIZATION_SLUG_PATTERN } from '@portal/shared-domain';
import { badUserInput, type FieldErrors } from '../graphql/portal-error.js';
import type { CreateOrganizationInput, InviteMemberInput } from './organization-admin.inputs.js';

// Deliberately simple: Keycloak and the mail server are the real judges of an address.
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

function fail(errors: Record<string, string>): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  const fields: FieldErrors = errors;
  throw badUserInput(entries.length === 1 ? entries[0]![1] : 'Rätta de markerade fälten.', fields);
}

export function validateInvite(input: InviteMemberInput): { email: string; firstName?: string; lastName?: string } {
  const email = input.email.trim();
  const errors: Record<string, string> = {};
  if (!EMAIL.test(email)) errors['email'] = 'Ange en giltig e-postadress, t.ex. namn@kommun.se.';
  const firstName = input.firstName?.trim() || undefined;
  const lastName = input.lastName?.trim() || undefined;
  if (firstName && firstName.length > 100) errors['firstName'] = 'Förnamnet får vara högst 100 tecken.';
  if (lastName && lastName.length > 100) errors['lastName'] = 'Efternamnet får vara högst 100 tecken.';
  fail(errors);
  return { email, firstName, lastName };
}

export function validateNewOrganization(input: CreateOrganizationInput): CreateOrganizationInput {
  const name = input.name.trim();
  const slug = input.slug.trim();
  const municipalityCode = input.municipalityCode.trim();
  const domain = input.domain.trim().toLowerCase();
  const errors: Record<string, string> = {};
  if (name.length < 2 || name.length > 120) errors['name'] = 'Namnet ska vara 2–120 tecken.';
  if (!ORGANIZATION_SLUG_PATTERN.test(slug) || slug.length > 60) errors['slug'] = 'Kortformen får bara innehålla a–z, siffror och bindestreck.';
  if (!/^\d{2}$|^\d{4}$/.test(municipalityCode)) errors['municipalityCode'] = 'Ange en kommunkod med fyra siffror eller en länskod med två.';
  if (!DOMAIN.test(domain)) errors['domain'] = 'Ange en domän som kommun.se.';
  fail(errors);
  return { name, slug, kind: input.kind, municipalityCode, domain };
}
