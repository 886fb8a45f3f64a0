import { TenantRecordModel } from '../tenancy/tenant-record.model.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { VisibilityCode } from '@portal/shared-domain';
import { Initiative, ParticipantCount, Person, RelationDirection } from '../initiatives/initiative.model.js';
import { Visibility } from '../tenancy/visibility.js';
import type { StoredMethodRelation } from './method.entity.js';

@ObjectType({ description: 'Ett steg (eller en komponent) i hur metoden genomförs.' })
export class MethodStep {
  @Field()
  title!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'Vad metoden kräver. Tomt där inget är känt.' })
export class MethodRequirements {
  @Field({ description: 'Utbildning.' })
  training!: string;

  @Field({ description: 'Certifiering eller licens.' })
  certification!: string;

  @Field({ description: 'Bemanning.' })
  staffing!: string;

  @Field({ description: 'Ungefärlig kostnad, som text.' })
  indicativeCost!: string;
}

@ObjectType({ description: 'En källa till metodens evidensnivå. Portalen bedömer aldrig själv.' })
export class EvidenceSource {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Länk (https://…), om källan har en.' })
  url!: string | null;

  @Field({ description: 'Kod ur METHOD_SOURCE_KINDS: metodguiden, sbu, research, evaluation, local-follow-up.' })
  kind!: string;
}

@ObjectType({ description: 'En metod i metodbanken: vad den är, hur den görs, vad den kräver och vilken evidens källorna anger.' })
export class Method extends TenantRecordModel {
  @Field()
  name!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown; saneras när den visas.' })
  description!: string;

  @Field({ description: 'Problemet metoden möter.' })
  problem!: string;

  /** Resolved from the request's organisation cache. */
  organizationId!: string;

  @Field(() => Visibility)
  visibility!: VisibilityCode;

  @Field(() => [String], { description: 'Koder ur vokabulären target-group.' })
  targetGroups!: string[];

  @Field(() => [String], { description: 'Koder ur vokabulären theme.' })
  themes!: string[];

  @Field(() => [MethodStep], { description: 'Hur metoden genomförs, i ordning.' })
  steps!: MethodStep[];

  @Field(() => MethodRequirements)
  requirements!: MethodRequirements;

  @Field(() => String, { nullable: true, description: 'Kod ur vokabulären evidence-level, som källorna anger den; null när den inte är angiven.' })
  evidenceLevel!: string | null;

  @Field(() => [EvidenceSource])
  evidenceSources!: EvidenceSource[];

  /** Stored relations by id; the field resolver keeps only the methods the reader may read. */
  storedRelations!: readonly StoredMethodRelation[];

  @Field(() => Person, { nullable: true })
  contactPerson!: Person | null;
}

@ObjectType({ description: 'En relation mellan två metoder, sedd från en av dem. Bara metoder du får se.' })
export class MethodRelation {
  @Field({ description: 'variant-of eller part-of, läst från metoden som har relationen till den andra.' })
  kind!: string;

  @Field(() => RelationDirection, { description: 'OUTGOING: den här metoden är variant av / ingår i den andra. INCOMING: tvärtom.' })
  direction!: RelationDirection;

  @Field(() => Method, { description: 'Metoden i andra änden.' })
  other!: Method;
}

@ObjectType({ description: 'En insats som använder metoden.' })
export class MethodUse {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => String, {
    nullable: true,
    description: 'Vad som levde vidare: status (after-life-status) i insatsens senast gjorda uppföljning; null om ingen är gjord.',
  })
  afterLifeStatus!: string | null;
}

@ObjectType({ description: 'En organisation som använder metoden i insatser du får se ("fråga dem").' })
export class MethodUser {
  /** Resolved as `organization` from the request's organisation cache. */
  organizationId!: string;

  @Field(() => Int, { description: 'Antal insatser (som du får se) där organisationen använder metoden.' })
  initiativeCount!: number;

  @Field(() => [Person], { description: 'Kontaktpersonerna för de insatserna, där de är angivna.' })
  contacts!: Person[];
}

@ObjectType({ description: 'Samlade utfall för insatser som använder metoden (de du får se). Små tal maskeras som i registret.' })
export class MethodOutcomes {
  @Field(() => Int, { description: 'Antal insatser som räknats.' })
  initiativeCount!: number;

  @Field(() => ParticipantCount, { description: 'Deltagare totalt.' })
  participants!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Gick till arbete.' })
  toWork!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Gick till studier.' })
  toStudies!: ParticipantCount;
}
