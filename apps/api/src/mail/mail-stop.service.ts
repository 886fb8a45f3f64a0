import { Inject, Injectable } from '@nestjs/common';
import { mailKindsOf } from '@portal/shared-domain';
import { PortalError } from '../graphql/portal-error.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { MAIL_SETTINGS, type MailSettings } from './mail-outbox.js';
import type { MailStop } from './mail.model.js';

const MAX_TOKEN_LENGTH = 2000;

/** Stops a kind of mail to an address, for whoever holds the address's signed stop link (no sign-in: the link is the proof). */
@Injectable()
export class MailStopService {
  constructor(
    private readonly database: RequestDatabase,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async stop(token: string): Promise<MailStop> {
    const claim = token.length <= MAX_TOKEN_LENGTH ? this.settings.links.verifyStop(token) : null;
    if (!claim) {
      throw new PortalError('BAD_USER_INPUT', 'Länken för att avsluta e-post är ogiltig. Använd länken i det senaste brevet, hela och oförändrad.', {
        token: 'Länken är ogiltig eller ofullständig.',
      });
    }
    // Every kind in the topic, once; stopping again changes nothing and still answers the same.
    await sqlRows(
      await this.database.manager(),
      `INSERT INTO mail_opt_out (email, kind) SELECT $1, kind FROM unnest($2::text[]) AS kind ON CONFLICT DO NOTHING`,
      [claim.email, mailKindsOf(claim.topic)],
    );
    return { email: claim.email, topic: claim.topic };
  }
}
