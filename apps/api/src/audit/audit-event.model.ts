import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'En administrativ händelse i en organisation (medlemskap, roller …).' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 't.ex. `member.invited`, `member.removed`, `role.granted`.' })
  action!: string;

  @Field({ description: 'Vem som gjorde ändringen (användarnamn).' })
  actorUsername!: string;

  @Field({ description: 'Vilken användare eller vad ändringen gällde, om det finns.', nullable: true })
  subject?: string;

  @Field()
  createdAt!: Date;
}
