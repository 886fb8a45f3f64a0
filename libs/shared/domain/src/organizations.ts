import type { OrganizationKindCode } from './vocabularies.js';

export interface OrganizationDefinition {
  /** Stable identifier used in URLs, in the X-Organization header and as the Keycloak alias. */
  readonly slug: string;
  readonly name: string;
  readonly kind: OrganizationKindCode;
  /** SCB municipality code (four digits) or county code (two digits) for the region. */
  readonly code: string;
}

/** The tenants of the portal: the 13 municipalities of Östergötland, Tranås and the region. */
export const REGION_ORGANIZATIONS: readonly OrganizationDefinition[] = [
  { slug: 'boxholm', name: 'Boxholms kommun', kind: 'municipality', code: '0560' },
  { slug: 'finspang', name: 'Finspångs kommun', kind: 'municipality', code: '0562' },
  { slug: 'kinda', name: 'Kinda kommun', kind: 'municipality', code: '0513' },
  { slug: 'linkoping', name: 'Linköpings kommun', kind: 'municipality', code: '0580' },
  { slug: 'mjolby', name: 'Mjölby kommun', kind: 'municipality', code: '0586' },
  { slug: 'motala', name: 'Motala kommun', kind: 'municipality', code: '0583' },
  { slug: 'norrkoping', name: 'Norrköpings kommun', kind: 'municipality', code: '0581' },
  { slug: 'soderkoping', name: 'Söderköpings kommun', kind: 'municipality', code: '0582' },
  { slug: 'vadstena', name: 'Vadstena kommun', kind: 'municipality', code: '0584' },
  { slug: 'valdemarsvik', name: 'Valdemarsviks kommun', kind: 'municipality', code: '0563' },
  { slug: 'ydre', name: 'Ydre kommun', kind: 'municipality', code: '0512' },
  { slug: 'atvidaberg', name: 'Åtvidabergs kommun', kind: 'municipality', code: '0561' },
  { slug: 'odeshog', name: 'Ödeshögs kommun', kind: 'municipality', code: '0509' },
  { slug: 'tranas', name: 'Tranås kommun', kind: 'municipality', code: '0687' },
  { slug: 'region-ostergotland', name: 'Region Östergötland', kind: 'region', code: '05' },
];

/** Slugs are lowercase ASCII with hyphens, so they are safe in URLs and HTTP headers. */
export const ORGANIZATION_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
