import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MAIL_SETTINGS, MailOutbox, type MailSettings } from './mail-outbox.js';
import { MailStopService } from './mail-stop.service.js';
import { MailResolver } from './mail.resolver.js';

/** The settings the outbox and the stop links need, given once by the app module. */
@Global()
@Module({})
export class MailSettingsModule {
  static forRoot(settings: MailSettings): DynamicModule {
    return { module: MailSettingsModule, providers: [{ provide: MAIL_SETTINGS, useValue: settings }], exports: [MAIL_SETTINGS] };
  }
}

/**
 * Outgoing mail. A feature that sends mail imports this module and injects `MailOutbox`
 * (`enqueue`, `links`), and composes the text with `composeMail` (mail-layout.ts). The worker
 * that sends the queue runs beside Nest (worker/mail-worker.ts), started by bootstrap.ts.
 */
@Module({
  providers: [MailOutbox, MailStopService, MailResolver],
  exports: [MailOutbox],
})
export class MailModule {}
