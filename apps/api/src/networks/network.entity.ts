import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { NetworkAdmissionCode, NetworkKindCode, NetworkLevelCode } from '@portal/shared-domain';
import { TenantRecordRow } from '../tenancy/tenant-record.entity.js';

/**
 * A network across organisations. `organization_id` is the host organisation (who created it);
 * what the network itself may do is decided by its members' roles (`network_member`), which the
 * request carries as `app.networks` / `app.network_leads` / `app.network_chairs`. Networks are
 * listed to everyone signed in (visibility 'region'); members, meetings and minutes only to members.
 */
@Entity({ name: 'network' })
@Check('CHK_network_level', `"level" IN ('regional', 'subregional', 'local', 'after-training')`)
@Check('CHK_network_kind', `"kind" IN ('hr', 'labour-market', 'supervisors', 'theme', 'other')`)
@Check('CHK_network_admission', `"admission" IN ('open', 'invitation')`)
@Check('CHK_network_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
@Index('IDX_network_parent', ['parentId'])
export class NetworkRow extends TenantRecordRow {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ type: 'text' })
  level!: NetworkLevelCode;

  @Column({ type: 'text' })
  kind!: NetworkKindCode;

  @Column({ type: 'text', default: 'invitation' })
  admission!: NetworkAdmissionCode;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => NetworkRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: NetworkRow;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
