import { Initial1795401859690 } from './1795401859690-initial.migration.js';
import { OrganizationAdmin1795405200000 } from './1795405200000-organization-admin.migration.js';
import { ReferenceVisibility1795406000000 } from './1795406000000-reference-visibility.migration.js';
import { TenantIsolation1795404342641 } from './1795404342641-tenant-isolation.migration.js';
import { Initiatives1796175493845 } from './1796175493845-initiatives.migration.js';
import { InitiativeSearchFunction1796180000000 } from './1796180000000-initiative-search-function.migration.js';
import { MemberAndArchivedVisibility1796190000000 } from './1796190000000-member-and-archived-visibility.migration.js';
import { RelationHistoryById1796200000000 } from './1796200000000-relation-history-by-id.migration.js';
import { RelationRemovalByEitherOwner1796200001000 } from './1796200001000-relation-removal-by-either-owner.migration.js';
import { OrganizationInvitations1796200002000 } from './1796200002000-organization-invitations.migration.js';
import { VocabulariesInCode1796250000000 } from './1796250000000-vocabularies-in-code.migration.js';
import { TenantChecksFromOneList1796260000000 } from './1796260000000-tenant-checks-from-one-list.migration.js';
import { MethodBank1796270000000 } from './1796270000000-method-bank.migration.js';
import { InitiativeSearchTable1796280200000 } from './1796280200000-initiative-search-table.migration.js';
import { InitiativeMethodsFromText1796270001000 } from './1796270001000-initiative-methods-from-text.migration.js';
import { RegionFacts1796290000000 } from './1796290000000-region-facts.migration.js';
import { OverlapRadar1796300000000 } from './1796300000000-overlap-radar.migration.js';
import { OverlapCoordination1796310000000 } from './1796310000000-overlap-coordination.migration.js';
import { RegionInitiatives1796320000000 } from './1796320000000-region-initiatives.migration.js';
import { Networks1796400000000 } from './1796400000000-networks.migration.js';
import { MailOutbox1796410000000 } from './1796410000000-mail-outbox.migration.js';
import { Material1796420000000 } from './1796420000000-material.migration.js';
import { MaterialSearch1796430000000 } from './1796430000000-material-search.migration.js';

/** In order. A migration, once on main, is never edited: add a new one. */
export const MIGRATIONS = [
  Initial1795401859690,
  TenantIsolation1795404342641,
  OrganizationAdmin1795405200000,
  ReferenceVisibility1795406000000,
  Initiatives1796175493845,
  InitiativeSearchFunction1796180000000,
  MemberAndArchivedVisibility1796190000000,
  RelationHistoryById1796200000000,
  RelationRemovalByEitherOwner1796200001000,
  OrganizationInvitations1796200002000,
  VocabulariesInCode1796250000000,
  TenantChecksFromOneList1796260000000,
  MethodBank1796270000000,
  InitiativeMethodsFromText1796270001000,
  InitiativeSearchTable1796280200000,
  RegionFacts1796290000000,
  OverlapRadar1796300000000,
  OverlapCoordination1796310000000,
  RegionInitiatives1796320000000,
  Networks1796400000000,
  MailOutbox1796410000000,
  Material1796420000000,
  MaterialSearch1796430000000,
];
