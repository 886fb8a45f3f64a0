import { ORGANIZATION_KINDS, type Locale, type OrganizationKindCode } from '@portal/shared-domain';
import type { OrganizationKind } from '../gql/graphql';
import { termLabel } from '../i18n/term-label';

// The API's enum is the vocabulary code in upper case; map it explicitly so a new enum value
// fails to compile here instead of showing a raw code.
const KIND_CODES: Readonly<Record<OrganizationKind, OrganizationKindCode>> = {
  MUNICIPALITY: 'municipality',
  REGION: 'region',
};

export function organizationKindLabel(kind: OrganizationKind, locale: Locale): string {
  return termLabel(ORGANIZATION_KINDS, KIND_CODES[kind], locale);
}
