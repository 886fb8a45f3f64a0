import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ShareableKind } from '@portal/shared-domain';
import { Organization } from '../organizations/organization.entity.js';
import { NetworkRow } from './network.entity.js';

/**
 * A record (initiative, method) shared with a network by its owner. With the record's visibility
 * `network`, the network's members read it (`app.can_read(owner, visibility, record)`).
 */
@Entity({ name: 'network_share' })
@Check('CHK_network_share_kind', `"record_kind" IN ('initiative', 'method', 'material')`)
@Index('IDX_network_share_record', ['recordId'])
export class NetworkShareRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ name: 'record_kind', type: 'text' })
  recordKind!: ShareableKind;

  /** The record's owner: only it shares and unshares. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'shared_by_id', type: 'text' })
  sharedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
