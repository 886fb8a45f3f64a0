import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';

/**
 * The columns every tenant-owned table starts with: its id and owning organisation. Row-level
 * security keys on `organization_id`; the row-level-security meta-test finds every table that has
 * it and requires FORCE'd RLS with a policy for each command the API role is granted.
 */
export abstract class OrganizationOwnedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}
