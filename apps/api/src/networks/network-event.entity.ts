import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkRow } from './network.entity.js';

/**
 * What happened in a network, append-only: created, edited, member invited, joined, asked,
 * approved, role changed, removed, left, minutes published. Read by the network's members.
 */
@Entity({ name: 'network_event' })
@Index('IDX_network_event_network', ['networkId', 'createdAt'])
export class NetworkEventRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkRow;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  /** e.g. `network.created`, `member.invited`, `member.role-changed`, `minutes.published`. */
  @Column({ type: 'text' })
  action!: string;

  /** Whom or what it concerned (a person's name, a meeting's title). */
  @Column({ type: 'text', default: '' })
  subject!: string;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
