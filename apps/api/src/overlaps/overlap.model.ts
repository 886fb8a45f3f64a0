import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OVERLAP_BANDS, OVERLAP_DECISIONS, type OverlapBandCode, type OverlapDecisionCode } from '@portal/shared-domain';
import { Initiative } from '../initiatives/initiative.model.js';

type CodeEnum<T extends string> = { readonly [K in T as Uppercase<K extends `${infer A}-${infer B}` ? `${A}_${B}` : K>]: K };
const enumOf = <T extends string>(codes: readonly { code: T }[]) =>
  Object.fromEntries(codes.map(({ code }) => [code.toUpperCase().replace(/-/g, '_'), code])) as CodeEnum<T>;

export const OverlapBand = enumOf<OverlapBandCode>(OVERLAP_BANDS);
registerEnumType(OverlapBand, { name: 'OverlapBand', description: 'Hur troligt det är att två insatser överlappar: hög, medel eller låg.' });

export const OverlapDecisionKind = enumOf<OverlapDecisionCode>(OVERLAP_DECISIONS);
registerEnumType(OverlapDecisionKind, {
  name: 'OverlapDecisionKind',
  description: 'Regionens beslut om ett par: samordna, redan samordnade, ingen överlappning, slå ihop.',
});

@ObjectType({ description: 'Ett skäl till att två insatser kan överlappa, som kod och värden (webben formulerar texten).' })
export class OverlapReason {
  @Field({
    description:
      'target-groups, concurrent, same-kind, neighbouring-kind, same-programme, same-funder, themes, occupations, methods, similar-text, same-municipality, neighbouring-municipality.',
  })
  code!: string;

  @Field(() => [String], {
    description: 'Gemensamma koder: målgrupper, teman, yrken, metod-id, kommunkoder, typ; program som "esf-plus|po2", finansiärer som "state-grant|namn".',
  })
  values!: string[];

  @Field(() => Int, { nullable: true, description: 'Antal månader samtidigt (för concurrent).' })
  months!: number | null;

  @Field(() => Float, { description: 'Skälets del av poängen.' })
  points!: number;
}

@ObjectType({ description: 'Regionens beslut om ett par, med vem som beslutade och när.' })
export class OverlapDecision {
  @Field(() => OverlapDecisionKind)
  decision!: OverlapDecisionCode;

  @Field()
  note!: string;

  @Field()
  decidedByName!: string;

  @Field()
  decidedAt!: Date;

  @Field({ description: 'Om relationen ”Samordnas med” länkar de två insatserna (i någon riktning).' })
  linked!: boolean;
}

/** What a candidate and a pair both carry: the score, its band, the reasons and the region's decision. */
@ObjectType({ isAbstract: true })
abstract class OverlapEvidence {
  @Field(() => Float)
  score!: number;

  @Field(() => OverlapBand)
  band!: OverlapBandCode;

  @Field(() => [OverlapReason])
  reasons!: OverlapReason[];

  @Field(() => OverlapDecision, { nullable: true, description: 'Regionens beslut om paret, om det finns.' })
  decision!: OverlapDecision | null;
}

@ObjectType({ description: 'En insats som kan överlappa en annan, med band och skäl.' })
export class OverlapCandidate extends OverlapEvidence {
  @Field(() => Initiative)
  initiative!: Initiative;
}

@ObjectType({ description: 'Ett möjligt överlappande par av insatser i olika organisationer.' })
export class OverlapPair extends OverlapEvidence {
  @Field(() => Initiative)
  a!: Initiative;

  @Field(() => Initiative)
  b!: Initiative;
}

@ObjectType()
export class OverlapPairPage {
  @Field(() => [OverlapPair])
  pairs!: OverlapPair[];

  @Field(() => String, { nullable: true, description: 'Markör för nästa sida; null på sista sidan.' })
  nextCursor!: string | null;
}
