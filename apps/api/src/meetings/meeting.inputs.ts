import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Upprepningen (MeetingRecurrence i @portal/shared-domain).' })
export class MeetingRecurrenceInput {
  @Field()
  frequency!: string;

  @Field(() => Int, { defaultValue: 1 })
  interval!: number;

  @Field(() => String, { nullable: true })
  weekday?: string | null;

  @Field(() => Int, { nullable: true })
  setPosition?: number | null;

  @Field(() => Int, { nullable: true })
  monthDay?: number | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;
}

@InputType({ description: 'En mötesserie. Tider är lokala (Europe/Stockholm), HH:MM.' })
export class MeetingSeriesInput {
  @Field(() => ID)
  networkId!: string;

  @Field()
  title!: string;

  @Field(() => MeetingRecurrenceInput)
  recurrence!: MeetingRecurrenceInput;

  @Field()
  firstDate!: string;

  @Field()
  startTime!: string;

  @Field()
  endTime!: string;

  @Field({ defaultValue: '' })
  location!: string;

  @Field({ defaultValue: '' })
  onlineUrl!: string;
}

@InputType({ description: 'Ett enstaka möte, eller ändringar av ett möte (flytta ett tillfälle i en serie). Lokala tider.' })
export class MeetingInput {
  @Field()
  title!: string;

  @Field()
  date!: string;

  @Field()
  startTime!: string;

  @Field()
  endTime!: string;

  @Field({ defaultValue: '' })
  location!: string;

  @Field({ defaultValue: '' })
  onlineUrl!: string;
}

@InputType()
export class AgendaLinkInput {
  @Field({ description: '`initiative` eller `method`.' })
  kind!: string;

  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'En dagordningspunkt.' })
export class AgendaItemInput {
  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  presenter!: string;

  @Field({ defaultValue: '' })
  startsAt!: string;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => [AgendaLinkInput], { defaultValue: [] })
  links!: AgendaLinkInput[];
}

@InputType({ description: 'Någon som var med: en medlem (userId) eller en gäst.' })
export class AttendeeInput {
  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field()
  name!: string;

  @Field({ defaultValue: '' })
  organizationName!: string;
}

@InputType({ description: 'Ett beslut på ett möte; numret sätts i tur och ordning per nätverk och år.' })
export class DecisionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  text!: string;

  @Field({ defaultValue: '' })
  responsible!: string;

  @Field(() => String, { nullable: true, description: 'Beslutsdatum; utan det mötets datum.' })
  decidedOn?: string | null;
}

@InputType({ description: 'En åtgärd från ett möte.' })
export class ActionItemInput {
  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  ownerName!: string;

  @Field(() => ID, { nullable: true, description: 'Medlemmen som äger åtgärden (får markera den klar).' })
  ownerUserId?: string | null;

  @Field(() => String, { nullable: true })
  dueDate?: string | null;
}
