import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/policy.decorator.js';
import { icsContentType } from './calendar/ics.js';
import { CalendarFeedService } from './calendar-feed.service.js';

/** `GET /kalender/<token>.ics`: a subscription feed Outlook and Google Calendar fetch by themselves. */
@Controller('kalender')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : file;
    const body = await this.feeds.feed(token);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (body === null) {
      res.status(404).type('text/plain; charset=utf-8').send('Kalendern finns inte, eller så har prenumerationen tagits bort.');
      return;
    }
    res.status(200).setHeader('Content-Type', icsContentType('PUBLISH'));
    res.setHeader('Content-Disposition', 'inline; filename="moten.ics"');
    res.send(body);
  }
}
