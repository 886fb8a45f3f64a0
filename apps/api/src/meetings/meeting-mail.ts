import { Injectable } from '@nestjs/common';
import { describeRecurrence, formatRecurrenceDate } from '@portal/shared-domain';
import { composeMail } from '../mail/mail-layout.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import type { Network } from '../networks/network.model.js';
import { networkPath } from '../networks/network-mail.js';
import { NetworkService, type NetworkRecipient } from '../networks/network.service.js';
import { requirePrincipal } from '../request/actor.js';
import { icsContentType, meetingInvitationIcs } from './calendar/ics.js';
import { calendarMeeting } from './calendar-feed.service.js';
import type { Meeting, MeetingSeries } from './meeting.model.js';

/** Above this many changed meetings in one go, members get one summary instead of a mail per meeting. */
const MAX_SEPARATE_MAILS = 3;

export const meetingPath = (networkId: string, meetingId: string) => `/natverk/${networkId}/moten/${meetingId}`;

function when(meeting: Meeting): string {
  return `${formatRecurrenceDate(meeting.localDate, 'sv')}, ${meeting.startTime}–${meeting.endTime}`;
}

function where(meeting: Pick<Meeting, 'location' | 'onlineUrl'>): string[] {
  return [...(meeting.location ? [`Plats: ${meeting.location}`] : []), ...(meeting.onlineUrl ? [`Digitalt möte: ${meeting.onlineUrl}`] : [])];
}

/**
 * The mails meetings send: invitations with the .ics (METHOD:REQUEST), updates and cancellations
 * (METHOD:CANCEL), and "minutes published". Every active member but the one acting gets one,
 * queued in the request's transaction (nothing is sent for a change that does not commit).
 */
@Injectable()
export class MeetingMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly networks: NetworkService,
  ) {}

  private async recipients(network: Network): Promise<NetworkRecipient[]> {
    const me = requirePrincipal().userId;
    return (await this.networks.recipients(network.id)).filter((r) => r.userId !== me && r.email);
  }

  private organizer(): { name: string; email: string } {
    const principal = requirePrincipal();
    return { name: principal.name ?? principal.username, email: principal.email ?? 'noreply@projektkontor.example' };
  }

  private reason(network: Network): string {
    return `Du får det här brevet för att du är medlem i nätverket ${network.name} i Projektkontor Östergötland.`;
  }

  async seriesPlanned(network: Network, series: MeetingSeries, meetings: readonly Meeting[]): Promise<void> {
    const first = meetings.find((m) => m.status === 'planned');
    if (!first) return;
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      const paragraphs = [
        `${network.name} har planerat en mötesserie: ${series.title}.`,
        `${describeRecurrence(series.recurrence as Parameters<typeof describeRecurrence>[0], 'sv')}, ${series.startTime}–${series.endTime}. Första mötet: ${when(first)}.`,
        ...where(first),
        'Kallelsen till det första mötet är bifogad. Vill du ha alla möten i din kalender kan du prenumerera på nätverkets kalender på nätverkets sida.',
      ];
      const mail = composeMail({
        locale: 'sv',
        heading: `Kallelse: ${series.title}`,
        paragraphs,
        action: { label: 'Öppna nätverket', url: links.portal(networkPath(network.id)) },
        reason: this.reason(network),
        stop: { label: 'Sluta få kallelser till möten', url: links.stop(to.email, 'meeting-invitation', 'sv') },
        portalUrl: links.portalUrl,
      });
      await this.outbox.enqueue({
        kind: 'meeting-invitation',
        to: { email: to.email, name: to.displayName },
        locale: 'sv',
        subject: `Kallelse: ${series.title} (${network.name})`,
        ...mail,
        attachments: [this.ics('REQUEST', first, network, to)],
      });
    }
  }

  /** New, moved, changed or cancelled meetings. */
  async meetingsChanged(network: Network, meetings: readonly Meeting[]): Promise<void> {
    if (meetings.length === 0) return;
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      if (meetings.length > MAX_SEPARATE_MAILS) {
        const cancelled = meetings.filter((m) => m.status === 'cancelled');
        const mail = composeMail({
          locale: 'sv',
          heading: `Ändrade möten i ${network.name}`,
          paragraphs: [
            `${meetings.length} möten i ${network.name} har ändrats${cancelled.length > 0 ? `, varav ${cancelled.length} är inställda` : ''}.`,
            ...meetings.slice(0, 10).map((m) => `${m.title}: ${when(m)}${m.status === 'cancelled' ? ' (inställt)' : ''}`),
            'Prenumererar du på nätverkets kalender uppdateras den av sig själv.',
          ],
          action: { label: 'Se mötena', url: links.portal(networkPath(network.id)) },
          reason: this.reason(network),
          stop: { label: 'Sluta få kallelser till möten', url: links.stop(to.email, 'meeting-update', 'sv') },
          portalUrl: links.portalUrl,
        });
        await this.outbox.enqueue({
          kind: 'meeting-update',
          to: { email: to.email, name: to.displayName },
          locale: 'sv',
          subject: `Ändrade möten i ${network.name}`,
          ...mail,
        });
        continue;
      }
      for (const meeting of meetings) {
        const cancelled = meeting.status === 'cancelled';
        const isNew = meeting.sequence === 0;
        const kind = cancelled ? 'meeting-cancellation' : isNew ? 'meeting-invitation' : 'meeting-update';
        const subject = cancelled ? `Inställt: ${meeting.title}` : isNew ? `Kallelse: ${meeting.title}` : `Ändrat möte: ${meeting.title}`;
        const mail = composeMail({
          locale: 'sv',
          heading: subject,
          paragraphs: [
            cancelled ? `Mötet i ${network.name} den ${when(meeting)} är inställt.` : `${network.name} möts ${when(meeting)}.`,
            ...(cancelled ? [] : where(meeting)),
            cancelled ? 'Den bifogade filen tar bort mötet ur din kalender.' : 'Den bifogade filen lägger in mötet i din kalender (eller uppdaterar det).',
          ],
          action: { label: 'Öppna mötet', url: links.portal(meetingPath(network.id, meeting.id)) },
          reason: this.reason(network),
          stop: { label: 'Sluta få kallelser till möten', url: links.stop(to.email, kind, 'sv') },
          portalUrl: links.portalUrl,
        });
        await this.outbox.enqueue({
          kind,
          to: { email: to.email, name: to.displayName },
          locale: 'sv',
          subject: `${subject} (${network.name})`,
          ...mail,
          attachments: [this.ics(cancelled ? 'CANCEL' : 'REQUEST', meeting, network, to)],
        });
      }
    }
  }

  async minutesPublished(network: Network, meeting: Meeting): Promise<void> {
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      const mail = composeMail({
        locale: 'sv',
        heading: `Protokollet från ${meeting.title} är publicerat`,
        paragraphs: [`Protokollet från mötet i ${network.name} den ${when(meeting)} finns nu i portalen, med mötets beslut och åtgärder.`],
        action: { label: 'Läs protokollet', url: links.portal(meetingPath(network.id, meeting.id)) },
        reason: this.reason(network),
        stop: { label: 'Sluta få meddelanden om protokoll', url: links.stop(to.email, 'minutes-published', 'sv') },
        portalUrl: links.portalUrl,
      });
      await this.outbox.enqueue({
        kind: 'minutes-published',
        to: { email: to.email, name: to.displayName },
        locale: 'sv',
        subject: `Protokoll: ${meeting.title} (${network.name})`,
        ...mail,
      });
    }
  }

  private ics(method: 'REQUEST' | 'CANCEL', meeting: Meeting, network: Network, to: NetworkRecipient) {
    return {
      filename: method === 'CANCEL' ? 'installt-mote.ics' : 'mote.ics',
      contentType: icsContentType(method),
      content: meetingInvitationIcs({
        method,
        meeting: calendarMeeting({ ...meeting, networkName: network.name }),
        organizer: this.organizer(),
        attendee: { name: to.displayName, email: to.email },
      }),
    };
  }
}
