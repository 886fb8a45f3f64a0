import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Vad en avregistreringslänk stoppade: den här sortens e-post skickas inte längre till adressen.' })
export class MailStop {
  @Field({ description: 'Adressen som inte längre får e-post av det här slaget (med små bokstäver).' })
  email!: string;

  @Field({
    description:
      'Vad som stoppades, som kod: network-invitations, meetings, minutes eller follow-up-reminders (orden finns i MAIL_TOPICS i @portal/shared-domain).',
  })
  topic!: string;
}
