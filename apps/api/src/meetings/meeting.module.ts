import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { NetworkModule } from '../networks/network.module.js';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { MeetingMail } from './meeting-mail.js';
import { CalendarSubscriptionResolver, MeetingResolver, NetworkMeetingsResolver } from './meeting.resolver.js';
import { MeetingService } from './meeting.service.js';
import { NetworkDecisionService } from './network-decision.service.js';

@Module({
  imports: [NetworkModule, MailModule],
  controllers: [CalendarFeedController],
  providers: [MeetingService, NetworkDecisionService, CalendarFeedService, MeetingMail, MeetingResolver, NetworkMeetingsResolver, CalendarSubscriptionResolver],
})
export class MeetingModule {}
