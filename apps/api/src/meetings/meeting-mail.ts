import { Injectable } from '@nestjs/common';
import { describeRecurrence, formatRecurrenceDate, type Locale, type MailKind, type MeetingRecurrence } from '@portal/shared-domain';
import { composeMail } from '../mail/mail-layout.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import type { MailAttachment } from '../mail/outgoing-mail.js';
import { networkPath } from '../networks/network-mail.js';
import type { Network } from '../networks/network.model.js';
import { NetworkService, type NetworkRecipient } from '../networks/network.service.js';
import { requirePrincipal } from '../request/actor.js';
import { icsContentType, meetingInvitationIcs } from './calendar/ics.js';
import { calendarMeeting } from './calendar-feed.service.js';
import type { Meeting, MeetingSeries } from './meeting.model.js';

/** Above this many changed meetings in one go, members get one summary instead of a mail per meeting. */
const MAX_SEPARATE_MAILS = 3;

export const meetingPath = (networkId: string, meetingId: string) => `/natverk/${networkId}/moten/${meetingId}`;

const when = (meeting: Meeting, locale: Locale) => `${formatRecurrenceDate(meeting.localDate, locale)}, ${meeting.startTime}–${meeting.endTime}`;

/** Every text the meeting mails use, in both languages; a recipient gets the one they use the portal in. */
const TEXTS = {
  sv: {
    reason: (network: string) => `Du får det här brevet för att du är medlem i nätverket ${network} i Projektkontor Östergötland.`,
    stopMeetings: 'Sluta få kallelser till möten',
    stopMinutes: 'Sluta få meddelanden om protokoll',
    place: (place: string) => `Plats: ${place}`,
    online: (url: string) => `Digitalt möte: ${url}`,
    openNetwork: 'Öppna nätverket',
    openMeeting: 'Öppna mötet',
    seriesSubject: (title: string, network: string) => `Kallelse: ${title} (${network})`,
    seriesHeading: (title: string) => `Kallelse: ${title}`,
    seriesPlanned: (network: string, title: string) => `${network} har planerat en mötesserie: ${title}.`,
    seriesWhen: (rule: string, start: string, end: string, first: string) => `${rule}, ${start}–${end}. Första mötet: ${first}.`,
    seriesAttached:
      'Kallelsen till det första mötet är bifogad. Vill du ha alla möten i din kalender kan du prenumerera på nätverkets kalender på nätverkets sida.',
    changedHeading: (network: string) => `Ändrade möten i ${network}`,
    changedCount: (n: number, cancelled: number, network: string) =>
      `${n} möten i ${network} har ändrats${cancelled > 0 ? `, varav ${cancelled} är inställda` : ''}.`,
    changedLine: (title: string, time: string, cancelled: boolean) => `${title}: ${time}${cancelled ? ' (inställt)' : ''}`,
    feedFollows: 'Prenumererar du på nätverkets kalender uppdateras den av sig själv.',
    seeMeetings: 'Se mötena',
    cancelledSubject: (title: string) => `Inställt: ${title}`,
    newSubject: (title: string) => `Kallelse: ${title}`,
    updatedSubject: (title: string) => `Ändrat möte: ${title}`,
    cancelledText: (network: string, time: string) => `Mötet i ${network} den ${time} är inställt.`,
    meetsText: (network: string, time: string) => `${network} möts ${time}.`,
    removesFromCalendar: 'Den bifogade filen tar bort mötet ur din kalender.',
    addsToCalendar: 'Den bifogade filen lägger in mötet i din kalender (eller uppdaterar det).',
    minutesSubject: (title: string, network: string) => `Protokoll: ${title} (${network})`,
    minutesHeading: (title: string) => `Protokollet från ${title} är publicerat`,
    minutesText: (network: string, time: string) => `Protokollet från mötet i ${network} den ${time} finns nu i portalen, med mötets beslut och åtgärder.`,
    readMinutes: 'Läs protokollet',
  },
  en: {
    reason: (network: string) => `You receive this because you are a member of the network ${network} in Projektkontor Östergötland.`,
    stopMeetings: 'Stop meeting invitations',
    stopMinutes: 'Stop notices of minutes',
    place: (place: string) => `Place: ${place}`,
    online: (url: string) => `Online meeting: ${url}`,
    openNetwork: 'Open the network',
    openMeeting: 'Open the meeting',
    seriesSubject: (title: string, network: string) => `Invitation: ${title} (${network})`,
    seriesHeading: (title: string) => `Invitation: ${title}`,
    seriesPlanned: (network: string, title: string) => `${network} has planned a series of meetings: ${title}.`,
    seriesWhen: (rule: string, start: string, end: string, first: string) => `${rule}, ${start}–${end}. First meeting: ${first}.`,
    seriesAttached:
      "The invitation to the first meeting is attached. To have every meeting in your calendar, subscribe to the network's calendar on the network's page.",
    changedHeading: (network: string) => `Changed meetings in ${network}`,
    changedCount: (n: number, cancelled: number, network: string) =>
      `${n} meetings of ${network} have changed${cancelled > 0 ? `, ${cancelled} of them cancelled` : ''}.`,
    changedLine: (title: string, time: string, cancelled: boolean) => `${title}: ${time}${cancelled ? ' (cancelled)' : ''}`,
    feedFollows: "If you subscribe to the network's calendar, it updates by itself.",
    seeMeetings: 'See the meetings',
    cancelledSubject: (title: string) => `Cancelled: ${title}`,
    newSubject: (title: string) => `Invitation: ${title}`,
    updatedSubject: (title: string) => `Changed meeting: ${title}`,
    cancelledText: (network: string, time: string) => `The meeting of ${network} on ${time} is cancelled.`,
    meetsText: (network: string, time: string) => `${network} meets on ${time}.`,
    removesFromCalendar: 'The attached file removes the meeting from your calendar.',
    addsToCalendar: 'The attached file adds the meeting to your calendar (or updates it).',
    minutesSubject: (title: string, network: string) => `Minutes: ${title} (${network})`,
    minutesHeading: (title: string) => `The minutes of ${title} are published`,
    minutesText: (network: string, time: string) =>
      `The minutes of the meeting of ${network} on ${time} are now in the portal, with the meeting's decisions and action items.`,
    readMinutes: 'Read the minutes',
  },
} as const;

/**
 * The mails meetings send: invitations with the .ics (METHOD:REQUEST), updates and cancellations
 * (METHOD:CANCEL), and "minutes published". Every active member but the one acting gets one, in
 * the language they use the portal in, queued in the request's transaction (nothing is sent for a
 * change that does not commit).
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

  private where(meeting: Pick<Meeting, 'location' | 'onlineUrl'>, locale: Locale): string[] {
    const t = TEXTS[locale];
    return [...(meeting.location ? [t.place(meeting.location)] : []), ...(meeting.onlineUrl ? [t.online(meeting.onlineUrl)] : [])];
  }

  private async send(
    to: NetworkRecipient,
    kind: MailKind,
    network: Network,
    content: { subject: string; heading: string; paragraphs: string[]; action: { label: string; url: string }; stop: string; attachments?: MailAttachment[] },
  ): Promise<void> {
    const links = this.outbox.links;
    const mail = composeMail({
      locale: to.locale,
      heading: content.heading,
      paragraphs: content.paragraphs,
      action: content.action,
      reason: TEXTS[to.locale].reason(network.name),
      stop: { label: content.stop, url: links.stop(to.email, kind, to.locale) },
      portalUrl: links.portalUrl,
    });
    await this.outbox.enqueue({
      kind,
      to: { email: to.email, name: to.displayName },
      locale: to.locale,
      subject: content.subject,
      ...mail,
      ...(content.attachments ? { attachments: content.attachments } : {}),
    });
  }

  async seriesPlanned(network: Network, series: MeetingSeries, meetings: readonly Meeting[]): Promise<void> {
    const first = meetings.find((m) => m.status === 'planned');
    if (!first) return;
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      const t = TEXTS[to.locale];
      const rule = describeRecurrence(series.recurrence as MeetingRecurrence, to.locale);
      await this.send(to, 'meeting-invitation', network, {
        subject: t.seriesSubject(series.title, network.name),
        heading: t.seriesHeading(series.title),
        paragraphs: [
          t.seriesPlanned(network.name, series.title),
          t.seriesWhen(rule, series.startTime, series.endTime, when(first, to.locale)),
          ...this.where(first, to.locale),
          t.seriesAttached,
        ],
        action: { label: t.openNetwork, url: links.portal(networkPath(network.id)) },
        stop: t.stopMeetings,
        attachments: [this.ics('REQUEST', first, network, to)],
      });
    }
  }

  /** New, moved, changed or cancelled meetings. */
  async meetingsChanged(network: Network, meetings: readonly Meeting[]): Promise<void> {
    if (meetings.length === 0) return;
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      const t = TEXTS[to.locale];
      if (meetings.length > MAX_SEPARATE_MAILS) {
        const cancelled = meetings.filter((m) => m.status === 'cancelled').length;
        await this.send(to, 'meeting-update', network, {
          subject: t.changedHeading(network.name),
          heading: t.changedHeading(network.name),
          paragraphs: [
            t.changedCount(meetings.length, cancelled, network.name),
            ...meetings.slice(0, 10).map((m) => t.changedLine(m.title, when(m, to.locale), m.status === 'cancelled')),
            t.feedFollows,
          ],
          action: { label: t.seeMeetings, url: links.portal(networkPath(network.id)) },
          stop: t.stopMeetings,
        });
        continue;
      }
      for (const meeting of meetings) {
        const cancelled = meeting.status === 'cancelled';
        const isNew = meeting.sequence === 0;
        const kind: MailKind = cancelled ? 'meeting-cancellation' : isNew ? 'meeting-invitation' : 'meeting-update';
        const heading = cancelled ? t.cancelledSubject(meeting.title) : isNew ? t.newSubject(meeting.title) : t.updatedSubject(meeting.title);
        await this.send(to, kind, network, {
          subject: `${heading} (${network.name})`,
          heading,
          paragraphs: [
            cancelled ? t.cancelledText(network.name, when(meeting, to.locale)) : t.meetsText(network.name, when(meeting, to.locale)),
            ...(cancelled ? [] : this.where(meeting, to.locale)),
            cancelled ? t.removesFromCalendar : t.addsToCalendar,
          ],
          action: { label: t.openMeeting, url: links.portal(meetingPath(network.id, meeting.id)) },
          stop: t.stopMeetings,
          attachments: [this.ics(cancelled ? 'CANCEL' : 'REQUEST', meeting, network, to)],
        });
      }
    }
  }

  async minutesPublished(network: Network, meeting: Meeting): Promise<void> {
    const links = this.outbox.links;
    for (const to of await this.recipients(network)) {
      const t = TEXTS[to.locale];
      await this.send(to, 'minutes-published', network, {
        subject: t.minutesSubject(meeting.title, network.name),
        heading: t.minutesHeading(meeting.title),
        paragraphs: [t.minutesText(network.name, when(meeting, to.locale))],
        action: { label: t.readMinutes, url: links.portal(meetingPath(network.id, meeting.id)) },
        stop: t.stopMinutes,
      });
    }
  }

  private ics(method: 'REQUEST' | 'CANCEL', meeting: Meeting, network: Network, to: NetworkRecipient): MailAttachment {
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
