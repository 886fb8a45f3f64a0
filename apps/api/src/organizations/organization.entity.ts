import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganizationKind {
  MUNICIPALITY = 'municipality',
  REGION = 'region',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Kommun eller region (vocabulary `organization-kind`).',
  valuesMap: {
    MUNICIPALITY: { description: 'Kommun' },
    REGION: { description: 'Region' },
  },
});

/** A tenant: one municipality or the region. Every tenant-owned record points at one. */
@ObjectType({ description: 'En organisation i portalen: en kommun eller regionen.' })
@Entity({ name: 'organization' })
@Check('CHK_organization_kind', `"kind" IN ('municipality', 'region')`)
@Check('CHK_organization_slug', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Stabil kortform, t.ex. `linkoping`; samma som aliaset i Keycloak.' })
  @Column({ type: 'text', unique: true })
  slug!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Field({ description: 'Kommunkod (fyra siffror) eller länskod (två siffror) enligt SCB.' })
  @Column({ name: 'municipality_code', type: 'text', unique: true })
  municipalityCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
