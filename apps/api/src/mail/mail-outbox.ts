import { Inject, Injectable, Logger } from '@nestjs/common';
import { requirePrincipal } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import type { MailLinks } from './mail-links.js';
import { mailInsert } from './mail-rows.js';
import type { OutgoingMail } from './outgoing-mail.js';

/** What the mail module is started with (see bootstrap.ts). */
export interface MailSettings {
  readonly links: MailLinks;
  readonly maxAttempts: number;
  /** SMTP_URL is set here; without it mail waits in the queue. */
  readonly smtpConfigured: boolean;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/**
 * The features' way to send mail: `enqueue` writes the mail into the outbox in the request's
 * own transaction (one statement), and a trigger queues the job in the same transaction. So the
 * mail goes if and only if the change that caused it commits, and a slow or absent SMTP server
 * never holds a request up.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger('MailOutbox');

  constructor(
    private readonly database: RequestDatabase,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  /** Links into the portal and stop links, for `composeMail`. */
  get links(): MailLinks {
    return this.settings.links;
  }

  /** Queues the mail and returns its id; mail of a kind the address has stopped is recorded as `skipped` instead. */
  async enqueue(mail: OutgoingMail): Promise<string> {
    const principal = requirePrincipal();
    const insert = mailInsert(mail, { maxAttempts: this.settings.maxAttempts, createdBy: principal.userId });
    await sqlRows(await this.database.manager(), insert.sql, insert.params);
    if (!this.settings.smtpConfigured) {
      this.logger.log(`E-post ${insert.id} (${mail.kind}) ligger i kön; den skickas när en instans med SMTP_URL kör.`);
    }
    return insert.id;
  }
}
