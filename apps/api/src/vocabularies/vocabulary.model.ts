import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'En text på portalens båda språk.' })
export class LocalizedText {
  @Field({ description: 'Svenska' })
  sv!: string;

  @Field({ description: 'Engelska' })
  en!: string;
}

@ObjectType('VocabularyTerm', { description: 'Ett begrepp i en vokabulär, t.ex. ett tema eller en målgrupp.' })
export class VocabularyTermModel {
  @Field({ description: 'Stabil kod som lagras på posterna.' })
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field({ description: 'Falskt för begrepp som inte längre ska väljas för nya poster.' })
  active!: boolean;
}

@ObjectType({ description: 'En vokabulär: teman, målgrupper, typer av insatser, finansiärer …' })
export class Vocabulary {
  @Field({ description: 'Vokabulärens namn, t.ex. `theme` eller `target-group`.' })
  name!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [VocabularyTermModel])
  terms!: VocabularyTermModel[];
}
