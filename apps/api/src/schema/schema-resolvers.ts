import { AuditResolver } from '../audit/audit.resolver.js';
import { InitiativeConnectionResolver, InitiativeRelationResolver, InitiativeResolver } from '../initiatives/initiative.resolver.js';
import { CalendarSubscriptionResolver, MeetingResolver, NetworkMeetingsResolver } from '../meetings/meeting.resolver.js';
import { MailResolver } from '../mail/mail.resolver.js';
import { MATERIAL_RESOLVERS } from '../material/material.resolver.js';
import { MeResolver } from '../me/me.resolver.js';
import { InitiativeNetworksResolver, MethodNetworksResolver, NetworkResolver } from '../networks/network.resolver.js';
import { InitiativeMethodsResolver, MethodConnectionResolver, MethodResolver, MethodUserResolver } from '../methods/method.resolver.js';
import { OverlapResolver } from '../overlaps/overlap.resolver.js';
import { OrganizationAdminResolver } from '../organization-admin/organization-admin.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { RegionOverviewResolver } from '../region-overview/region-overview.resolver.js';
import { VocabularyResolver } from '../vocabularies/vocabulary.resolver.js';

/**
 * Every resolver class, for generating schema.gql without a database. A test compares the
 * running API's schema with schema.gql, so a resolver missing here cannot go unnoticed.
 */
export const SCHEMA_RESOLVERS = [
  AuditResolver,
  InitiativeResolver,
  InitiativeRelationResolver,
  InitiativeConnectionResolver,
  MailResolver,
  MeResolver,
  MethodResolver,
  MethodUserResolver,
  MethodConnectionResolver,
  InitiativeMethodsResolver,
  OverlapResolver,
  NetworkResolver,
  InitiativeNetworksResolver,
  MethodNetworksResolver,
  ...MATERIAL_RESOLVERS,
  MeetingResolver,
  NetworkMeetingsResolver,
  CalendarSubscriptionResolver,
  OrganizationAdminResolver,
  OrganizationResolver,
  RegionOverviewResolver,
  VocabularyResolver,
];
