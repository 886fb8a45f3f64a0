import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorator.js';
import { Network } from '../networks/network.model.js';
import { calendarFeedIcs } from './calendar/ics.js';
import { CalendarFeedService, calendarMeeting } from './calendar-feed.service.js';
import { ActionItemInput, AgendaItemInput, AttendeeInput, DecisionInput, MeetingInput, MeetingSeriesInput } from './meeting.inputs.js';
import {
  ActionItem,
  AgendaItem,
  Attendee,
  CalendarSubscription,
  Meeting,
  MeetingMinutes,
  MeetingSeries,
  NetworkDecision,
  NewCalendarSubscription,
} from './meeting.model.js';
import { MeetingService } from './meeting.service.js';
import { NetworkDecisionService } from './network-decision.service.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly decisionLog: NetworkDecisionService,
  ) {}

  @SignedIn()
  @Query(() => Meeting, { description: 'Ett möte (för nätverkets medlemmar). NOT_FOUND annars.' })
  meeting(@Args('id', { type: () => ID }) id: string): Promise<Meeting> {
    return this.meetings.get(id);
  }

  @ResolveField(() => [AgendaItem])
  agenda(@Parent() meeting: Meeting): Promise<AgendaItem[]> {
    return this.meetings.agenda(meeting.id);
  }

  @ResolveField(() => [Attendee], { description: 'Vilka som var med (när mötet är genomfört).' })
  attendance(@Parent() meeting: Meeting): Promise<Attendee[]> {
    return this.meetings.attendance(meeting.id);
  }

  @ResolveField(() => MeetingMinutes, { nullable: true, description: 'Protokollet: publicerat för medlemmar, även utkast för ordförande och sekreterare.' })
  minutes(@Parent() meeting: Meeting): Promise<MeetingMinutes | null> {
    return this.meetings.minutes(meeting.id);
  }

  @ResolveField(() => [NetworkDecision], { description: 'Beslut som fattades på mötet.' })
  decisions(@Parent() meeting: Meeting): Promise<NetworkDecision[]> {
    return this.decisionLog.decisionsOfMeeting(meeting.id);
  }

  @ResolveField(() => [ActionItem], { description: 'Åtgärder som bestämdes på mötet.' })
  actionItems(@Parent() meeting: Meeting): Promise<ActionItem[]> {
    return this.decisionLog.raisedAt(meeting.id);
  }

  @ResolveField(() => [ActionItem], { description: 'Öppna åtgärder från tidigare möten, att följa upp på det här.' })
  carriedActionItems(@Parent() meeting: Meeting): Promise<ActionItem[]> {
    return this.decisionLog.carriedTo(meeting);
  }

  @ResolveField(() => String, { description: 'Mötet som .ics-fil (METHOD:PUBLISH) för ”Lägg till i kalendern”.' })
  icsFile(@Parent() meeting: Meeting): string {
    return calendarFeedIcs({
      name: meeting.network.name,
      meetings: [calendarMeeting({ ...meeting, networkName: meeting.network.name })],
      generatedAt: meeting.updatedAt,
    });
  }

  @SignedIn()
  @Mutation(() => MeetingSeries, {
    description: 'Planerar en mötesserie (ordförande, sekreterare). Tillfällena läggs upp två år framåt och medlemmarna får en kallelse.',
  })
  createMeetingSeries(@Args('input') input: MeetingSeriesInput): Promise<MeetingSeries> {
    return this.meetings.createSeries(input);
  }

  @SignedIn()
  @Mutation(() => MeetingSeries, { description: 'Ändrar en serie. Tillfällen som ändrats var för sig, genomförda och passerade rörs inte.' })
  updateMeetingSeries(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingSeriesInput,
  ): Promise<MeetingSeries> {
    return this.meetings.updateSeries(id, version, input);
  }

  @SignedIn()
  @Mutation(() => MeetingSeries, { description: 'Avslutar en serie: dess kommande tillfällen ställs in.' })
  endMeetingSeries(@Args('id', { type: () => ID }) id: string): Promise<MeetingSeries> {
    return this.meetings.endSeries(id);
  }

  @SignedIn()
  @Mutation(() => Meeting, { description: 'Planerar ett enstaka möte.' })
  createMeeting(@Args('networkId', { type: () => ID }) networkId: string, @Args('input') input: MeetingInput): Promise<Meeting> {
    return this.meetings.createMeeting(networkId, input);
  }

  @SignedIn()
  @Mutation(() => Meeting, { description: 'Flyttar eller ändrar ett möte; i en serie blir det ett undantag. Medlemmarna får en uppdaterad kallelse.' })
  updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return this.meetings.updateMeeting(id, version, input);
  }

  @SignedIn()
  @Mutation(() => Meeting, { description: 'Ställer in ett möte; kalendrarna får det som inställt.' })
  cancelMeeting(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<Meeting> {
    return this.meetings.cancelMeeting(id, version);
  }

  @SignedIn()
  @Mutation(() => Meeting, { description: 'Sätter mötets dagordning i den givna ordningen.' })
  setMeetingAgenda(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('items', { type: () => [AgendaItemInput] }) items: AgendaItemInput[],
  ): Promise<Meeting> {
    return this.meetings.setAgenda(meetingId, items);
  }

  @SignedIn()
  @Mutation(() => Meeting, { description: 'Markerar mötet som genomfört och sparar vilka som var med.' })
  holdMeeting(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('attendees', { type: () => [AttendeeInput] }) attendees: AttendeeInput[],
  ): Promise<Meeting> {
    return this.meetings.holdMeeting(meetingId, attendees);
  }

  @SignedIn()
  @Mutation(() => MeetingMinutes, { description: 'Sparar protokollet (Markdown). `version` är den du läste, eller tomt för ett nytt.' })
  saveMeetingMinutes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('body') body: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<MeetingMinutes> {
    return this.meetings.saveMinutes(meetingId, body, version ?? null);
  }

  @SignedIn()
  @Mutation(() => MeetingMinutes, { description: 'Publicerar protokollet för medlemmarna, som får ett mejl.' })
  publishMeetingMinutes(@Args('meetingId', { type: () => ID }) meetingId: string): Promise<MeetingMinutes> {
    return this.meetings.publishMinutes(meetingId);
  }

  @SignedIn()
  @Mutation(() => NetworkDecision, { description: 'För in ett beslut; det får nästa nummer för nätverket och året.' })
  addNetworkDecision(@Args('input') input: DecisionInput): Promise<NetworkDecision> {
    return this.decisionLog.addDecision(input);
  }

  @SignedIn()
  @Mutation(() => NetworkDecision, { description: 'Rättar ett besluts text, ansvarig eller datum; numret står kvar.' })
  updateNetworkDecision(@Args('id', { type: () => ID }) id: string, @Args('input') input: DecisionInput): Promise<NetworkDecision> {
    return this.decisionLog.updateDecision(id, input);
  }

  @SignedIn()
  @Mutation(() => ActionItem, { description: 'Lägger till en åtgärd från mötet.' })
  addActionItem(@Args('meetingId', { type: () => ID }) meetingId: string, @Args('input') input: ActionItemInput): Promise<ActionItem> {
    return this.decisionLog.addActionItem(meetingId, input);
  }

  @SignedIn()
  @Mutation(() => ActionItem, { description: 'Ändrar en åtgärd (ordförande, sekreterare).' })
  updateActionItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ActionItemInput,
  ): Promise<ActionItem> {
    return this.decisionLog.updateActionItem(id, version, input);
  }

  @SignedIn()
  @Mutation(() => ActionItem, { description: 'Markerar en åtgärd klar (`done`) eller pågående (`open`): den som äger den, ordförande eller sekreterare.' })
  setActionItemStatus(@Args('id', { type: () => ID }) id: string, @Args('status') status: string): Promise<ActionItem> {
    return this.decisionLog.setActionItemStatus(id, status);
  }
}

@Resolver(() => Network)
export class NetworkMeetingsResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly decisionLog: NetworkDecisionService,
  ) {}

  @ResolveField(() => [Meeting], { description: 'Kommande möten, närmast först (högst 20). Bara för medlemmar.' })
  upcomingMeetings(@Parent() network: Network): Promise<Meeting[]> {
    return this.meetings.meetingsOf(network.id, 'upcoming');
  }

  @ResolveField(() => [Meeting], { description: 'Tidigare möten, senast först (högst 20).' })
  pastMeetings(@Parent() network: Network): Promise<Meeting[]> {
    return this.meetings.meetingsOf(network.id, 'past');
  }

  @ResolveField(() => [MeetingSeries], { description: 'Nätverkets mötesserier.' })
  meetingSeries(@Parent() network: Network): Promise<MeetingSeries[]> {
    return this.meetings.seriesOf(network.id);
  }

  @ResolveField(() => [NetworkDecision], { description: 'Beslutsloggen, senaste först.' })
  decisions(@Parent() network: Network): Promise<NetworkDecision[]> {
    return this.decisionLog.decisionsOfNetwork(network.id);
  }

  @ResolveField(() => [ActionItem], { description: 'Öppna åtgärder, efter förfallodag.' })
  openActionItems(@Parent() network: Network): Promise<ActionItem[]> {
    return this.decisionLog.openActionItems(network.id);
  }
}

@Resolver(() => CalendarSubscription)
export class CalendarSubscriptionResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @Query(() => [CalendarSubscription], { description: 'Dina kalenderprenumerationer (adresserna visas bara när de skapas).' })
  calendarSubscriptions(): Promise<CalendarSubscription[]> {
    return this.feeds.mine();
  }

  @SignedIn()
  @Mutation(() => NewCalendarSubscription, { description: 'Skapar en prenumerationsadress: för ett nätverk, eller utan nätverk för alla dina nätverks möten.' })
  createCalendarSubscription(@Args('networkId', { type: () => ID, nullable: true }) networkId: string | null): Promise<NewCalendarSubscription> {
    return this.feeds.create(networkId ?? null);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Tar bort en prenumeration: adressen slutar fungera direkt.' })
  revokeCalendarSubscription(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.feeds.revoke(id);
  }
}
