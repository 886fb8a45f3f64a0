import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType({ description: 'En person i ett nätverk, från vilken organisation som helst.' })
export class NetworkMember {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Personens användar-id (Keycloak `sub`).' })
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { description: 'Visas bara för nätverkets ordförande och personen själv.', nullable: true })
  email?: string | null;

  @Field(() => Organization, { nullable: true, description: 'Organisationen personen kom med; saknas för en inbjuden utan organisation.' })
  organization?: Organization | null;

  @Field({ description: '`chair` (ordförande), `secretary` (sekreterare) eller `member` (medlem).' })
  role!: string;

  @Field({ description: '`invited` (väntar på svar), `requested` (har ansökt) eller `active`.' })
  status!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'Något som hänt i nätverket: medlemmar, roller, ändringar, publicerade protokoll.' })
export class NetworkEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  actorName!: string;

  @Field({ description: 't.ex. `network.created`, `member.invited`, `member.joined`, `member.role-changed`, `member.removed`, `member.left`.' })
  action!: string;

  @Field()
  subject!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'En post som delats med nätverket och som du får läsa.' })
export class SharedRecord {
  @Field({ description: '`initiative` eller `method`.' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => GraphQLISODateTime)
  sharedAt!: Date;
}

@ObjectType({ description: 'Ett nätverk kort: namn och id (t.ex. överordnat nätverk, eller där en post är delad).' })
export class NetworkRef {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'Ett nätverk mellan kommunerna och Regionen: regionalt, delregionalt/kluster, lokal arbetsgrupp eller efter en utbildning.' })
export class Network {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  purpose!: string;

  @Field({ description: '`regional`, `subregional`, `local` eller `after-training`.' })
  level!: string;

  @Field({ description: '`hr`, `labour-market`, `supervisors`, `theme` eller `other`.' })
  kind!: string;

  @Field({ description: '`open` (alla inloggade kan ansöka) eller `invitation` (genom inbjudan).' })
  admission!: string;

  @Field(() => NetworkRef, { nullable: true })
  parent!: NetworkRef | null;

  /** The parent's id, for the tree; `parent` carries its name. */
  parentId!: string | null;

  @Field(() => Organization, { description: 'Organisationen som är värd för nätverket.' })
  hostOrganization!: Organization;

  organizationId!: string;

  @Field(() => Int, { description: 'Antal aktiva medlemmar; 0 för den som inte är medlem (medlemmarna syns bara för medlemmar).' })
  memberCount!: number;

  @Field(() => String, { nullable: true, description: 'Din roll om du är medlem, annars tomt.' })
  myRole!: string | null;

  @Field(() => String, { nullable: true, description: 'Ditt medlemskap: `invited`, `requested`, `active` eller tomt.' })
  myStatus!: string | null;

  @Field({ description: 'Du är ordförande: du bjuder in, godkänner, ändrar roller och tar bort medlemmar.' })
  canManage!: boolean;

  @Field({ description: 'Du är ordförande eller sekreterare: du planerar möten och skriver protokoll.' })
  canPlan!: boolean;

  @Field(() => Int)
  version!: number;

  @Field()
  isDemo!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
