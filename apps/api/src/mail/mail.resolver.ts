import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorator.js';
import { MailStopService } from './mail-stop.service.js';
import { MailStop } from './mail.model.js';

@Resolver(() => MailStop)
export class MailResolver {
  constructor(private readonly stops: MailStopService) {}

  @Public()
  @Mutation(() => MailStop, {
    description:
      'Avslutar en sorts e-post till en adress, med token från länken i ett brev (ingen inloggning behövs). En ogiltig eller ändrad token ger BAD_USER_INPUT på fältet token.',
  })
  stopMail(@Args('token') token: string): Promise<MailStop> {
    return this.stops.stop(token);
  }
}
