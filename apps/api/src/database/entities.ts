import { AuditEvent } from '../audit/audit-event.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.entity.js';

/** Every TypeORM entity; the migration check compares exactly these with the migrated schema. */
export const ENTITIES = [Organization, VocabularyTerm, AuditEvent];
