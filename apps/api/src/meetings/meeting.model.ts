import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { NetworkRef } from '../networks/network.model.js';

@ObjectType({ description: 'En upprepning som ordföranden valt, t.ex. andra tisdagen varje månad (se MeetingRecurrence i @portal/shared-domain).' })
export class MeetingRecurrenceModel {
  @Field({ description: '`weekly` eller `monthly`.' })
  frequency!: string;

  @Field(() => Int)
  interval!: number;

  @Field(() => String, { nullable: true, description: 'MO, TU, WE, TH eller FR.' })
  weekday?: string | null;

  @Field(() => Int, { nullable: true, description: '1–4, eller -1 för sista.' })
  setPosition?: number | null;

  @Field(() => Int, { nullable: true })
  monthDay?: number | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;
}

@ObjectType({ description: 'En mötesserie: återkommande möten på samma lokala tid (Europe/Stockholm, även över sommartid).' })
export class MeetingSeries {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field()
  title!: string;

  @Field({ description: 'RRULE utan DTSTART, t.ex. FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2.' })
  rrule!: string;

  @Field(() => MeetingRecurrenceModel)
  recurrence!: MeetingRecurrenceModel;

  @Field({ description: 'Upprepningen i ord på svenska, t.ex. ”Andra tisdagen varje månad”.' })
  description!: string;

  @Field()
  firstDate!: string;

  @Field()
  startTime!: string;

  @Field()
  endTime!: string;

  @Field()
  location!: string;

  @Field()
  onlineUrl!: string;

  @Field()
  ended!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'En post som en dagordningspunkt handlar om; bara de du får läsa visas.' })
export class AgendaLink {
  @Field({ description: '`initiative` eller `method`.' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;
}

@ObjectType({ description: 'En punkt på dagordningen.' })
export class AgendaItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field()
  presenter!: string;

  @Field({ description: 'Lokal starttid HH:MM eller tomt.' })
  startsAt!: string;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => [AgendaLink])
  links!: AgendaLink[];

  /** Stored links, resolved to titles under the reader's row-level security. */
  storedLinks!: ReadonlyArray<{ kind: string; id: string }>;
}

@ObjectType({ description: 'Någon som var med på mötet.' })
export class Attendee {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field()
  name!: string;

  @Field()
  organizationName!: string;
}

@ObjectType({ description: 'Mötets protokoll (Markdown). Utkast syns bara för ordförande och sekreterare.' })
export class MeetingMinutes {
  @Field()
  body!: string;

  @Field({ description: '`draft` eller `published`.' })
  status!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field()
  updatedByName!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: 'Ett beslut, numrerat per nätverk och år.' })
export class NetworkDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'Beslutets beteckning, t.ex. ”2027:3”.' })
  label!: string;

  @Field()
  decidedOn!: string;

  @Field()
  text!: string;

  @Field()
  responsible!: string;
}

@ObjectType({ description: 'En åtgärd som någon ska göra; följer med till nästa möte tills den är klar.' })
export class ActionItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field()
  title!: string;

  @Field()
  ownerName!: string;

  @Field(() => ID, { nullable: true })
  ownerUserId!: string | null;

  @Field(() => String, { nullable: true })
  dueDate!: string | null;

  @Field({ description: '`open` eller `done`.' })
  status!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Du får ändra status: ordförande, sekreterare eller den som äger åtgärden.' })
  canUpdate!: boolean;
}

@ObjectType({ description: 'Ett möte i ett nätverk: enstaka eller ett tillfälle i en serie.' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => NetworkRef)
  network!: NetworkRef;

  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: 'Lokalt datum (Europe/Stockholm), ÅÅÅÅ-MM-DD.' })
  localDate!: string;

  @Field({ description: 'Lokal starttid HH:MM.' })
  startTime!: string;

  @Field({ description: 'Lokal sluttid HH:MM.' })
  endTime!: string;

  @Field()
  location!: string;

  @Field()
  onlineUrl!: string;

  @Field({ description: '`planned`, `held` eller `cancelled`.' })
  status!: string;

  @Field({ description: 'Flyttat eller ändrat på egen hand: en ändring av serien rör det inte.' })
  detached!: boolean;

  @Field(() => Int, { description: 'iCalendar SEQUENCE: ökar vid varje ändring kalendern ska se.' })
  sequence!: number;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Du planerar mötet (ordförande eller sekreterare).' })
  canPlan!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: 'En kalenderprenumeration: ett nätverks möten, eller alla dina nätverks.' })
export class CalendarSubscription {
  @Field(() => ID)
  id!: string;

  @Field(() => NetworkRef, { nullable: true, description: 'Tomt: alla dina nätverks möten.' })
  network!: NetworkRef | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'En ny prenumeration med sin adress. Adressen visas bara nu; den som har den kan läsa mötena.' })
export class NewCalendarSubscription {
  @Field(() => CalendarSubscription)
  subscription!: CalendarSubscription;

  @Field({ description: 'Sökvägen till flödet, t.ex. /kalender/<nyckel>.ics; lägg till portalens adress framför.' })
  path!: string;
}
