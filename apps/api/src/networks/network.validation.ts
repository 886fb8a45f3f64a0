import {
  isLocale,
  NETWORK_ADMISSIONS,
  NETWORK_KINDS,
  NETWORK_LEVELS,
  NETWORK_LIMITS,
  NETWORK_ROLES,
  SHAREABLE_KINDS,
  type Locale,
  type NetworkRoleCode,
} from '@portal/shared-domain';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { isUuid, text } from '../validation/field-checks.js';
import type { InviteNetworkMemberInput, NetworkInput, NetworkShareInput } from './network.inputs.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export interface NetworkValues {
  name: string;
  purpose: string;
  level: string;
  kind: string;
  admission: string;
  parentId: string | null;
}

function oneOf(errors: FieldErrorCollector, field: string, value: string, allowed: readonly { code: string }[], message: string): string {
  const trimmed = value.trim();
  if (!allowed.some((a) => a.code === trimmed)) errors.add(field, message);
  return trimmed;
}

export function validateNetwork(input: NetworkInput): NetworkValues {
  const errors = new FieldErrorCollector();
  const values: NetworkValues = {
    name: text(errors, 'name', input.name, 'Nätverkets namn', NETWORK_LIMITS.name, true),
    purpose: text(errors, 'purpose', input.purpose, 'Syftet', NETWORK_LIMITS.purpose),
    level: oneOf(errors, 'level', input.level, NETWORK_LEVELS, 'Välj nätverkets nivå.'),
    kind: oneOf(errors, 'kind', input.kind, NETWORK_KINDS, 'Välj vilket slags nätverk det är.'),
    admission: oneOf(errors, 'admission', input.admission, NETWORK_ADMISSIONS, 'Välj om nätverket är öppet eller slutet.'),
    parentId: input.parentId?.trim() || null,
  };
  if (values.parentId && !isUuid(values.parentId)) errors.add('parentId', 'Det överordnade nätverket finns inte.');
  errors.throwIfAny();
  return values;
}

export function validateRole(field: string, role: string): NetworkRoleCode {
  const errors = new FieldErrorCollector();
  const value = oneOf(errors, field, role, NETWORK_ROLES, 'Välj ordförande, sekreterare eller medlem.');
  errors.throwIfAny();
  return value as NetworkRoleCode;
}

export function validateInvitation(input: InviteNetworkMemberInput): {
  email: string;
  firstName?: string;
  lastName?: string;
  role: NetworkRoleCode;
  locale?: Locale;
} {
  const errors = new FieldErrorCollector();
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) errors.add('email', 'Ange en giltig e-postadress, t.ex. namn@kommun.se.');
  const firstName = text(errors, 'firstName', input.firstName, 'Förnamnet', 100) || undefined;
  const lastName = text(errors, 'lastName', input.lastName, 'Efternamnet', 100) || undefined;
  const role = oneOf(errors, 'role', input.role, NETWORK_ROLES, 'Välj ordförande, sekreterare eller medlem.') as NetworkRoleCode;
  const locale = input.locale?.trim() || undefined;
  if (locale !== undefined && !isLocale(locale)) errors.add('locale', 'Välj svenska eller engelska som språk för inbjudan.');
  errors.throwIfAny();
  return { email, firstName, lastName, role, ...(locale !== undefined && isLocale(locale) ? { locale } : {}) };
}

export function validateShare(input: NetworkShareInput): NetworkShareInput {
  const errors = new FieldErrorCollector();
  if (!(SHAREABLE_KINDS as readonly string[]).includes(input.recordKind))
    errors.add('recordKind', 'Bara insatser, metoder och material kan delas med nätverk.');
  errors.throwIfAny();
  return input;
}
