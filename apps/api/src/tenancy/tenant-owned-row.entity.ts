import type { VisibilityCode } from '@portal/shared-domain';
import { Check, Column } from 'typeorm';
import { OrganizationOwnedRow } from './organization-owned-row.entity.js';
import { visibilityCheck } from './visibility.js';

/** The `visibility` column of a tenant table, with the table's default level. */
export function VisibilityColumn(defaultLevel: VisibilityCode = 'private'): PropertyDecorator {
  return Column({ type: 'text', default: defaultLevel });
}

/**
 * A tenant-owned row that others may read by its visibility (`app.can_read`). The CHECK comes
 * from the shared list of levels, so a new level is added in one place. Each table declares the
 * column with `@VisibilityColumn(default)`: the defaults differ (history is 'region', links
 * 'public'), and TypeORM mixes up a column that subclasses override.
 */
@Check('CHK_visibility', visibilityCheck())
export abstract class TenantOwnedRow extends OrganizationOwnedRow {
  abstract visibility: VisibilityCode;
}
