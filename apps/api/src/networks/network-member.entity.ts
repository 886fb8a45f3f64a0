import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NetworkMemberStatusCode, NetworkRoleCode } from '@portal/shared-domain';
import { Organization } from '../organizations/organization.entity.js';
import { NetworkRow } from './network.entity.js';

/**
 * A person in a network, from any organisation (or none yet: an invited new account). Removing
 * or leaving deletes the row; the network's event log keeps what happened.
 */
@Entity({ name: 'network_member' })
@Unique('UQ_network_member_user', ['networkId', 'userId'])
@Check('CHK_network_member_role', `"role" IN ('chair', 'secretary', 'member')`)
@Check('CHK_network_member_locale', `"locale" IN ('sv', 'en')`)
@Check('CHK_network_member_status', `"status" IN ('invited', 'requested', 'active')`)
@Index('IDX_network_member_user', ['userId'])
export class NetworkMemberRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  /** Keycloak user id (`sub`). */
  @Column({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ type: 'text', default: '' })
  email!: string;

  @Column({ name: 'display_name', type: 'text', default: '' })
  displayName!: string;

  /** The organisation the person came with (their active one when joining); null until known. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text', default: 'member' })
  role!: NetworkRoleCode;

  @Column({ type: 'text' })
  status!: NetworkMemberStatusCode;

  @Column({ name: 'invited_by_id', type: 'text', nullable: true })
  invitedById!: string | null;

  /** The language the person uses the portal in (when they last joined or answered), for their mail. */
  @Column({ type: 'text', default: 'sv' })
  locale!: 'sv' | 'en';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
