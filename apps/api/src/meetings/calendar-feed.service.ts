import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MEETING_TIME_ZONE } from '@portal/shared-domain';
import { notFound } from '../graphql/portal-error.js';
import { NetworkService } from '../networks/network.service.js';
import { requirePrincipal } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { calendarFeedIcs, meetingUid, type CalendarMeeting } from './calendar/ics.js';
import type { CalendarSubscription, Meeting, NewCalendarSubscription } from './meeting.model.js';
import { MEETING_SELECT, type MeetingSqlRow } from './meeting.service.js';

export const CALENDAR_FEED_PATH = '/kalender';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** How much history a feed carries: what a calendar shows when scrolled back a season. */
const FEED_HISTORY_DAYS = 180;

/** One meeting as a calendar event; the portal page as its link when there is no digital meeting. */
export function calendarMeeting(
  meeting: Pick<Meeting, 'id' | 'sequence' | 'startsAt' | 'endsAt' | 'title' | 'location' | 'onlineUrl' | 'status' | 'updatedAt'> & { networkName: string },
): CalendarMeeting {
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: meeting.endsAt,
    timeZone: MEETING_TIME_ZONE,
    summary: `${meeting.title} (${meeting.networkName})`,
    ...(meeting.location ? { location: meeting.location } : {}),
    ...(meeting.onlineUrl ? { url: meeting.onlineUrl, description: `Digitalt möte: ${meeting.onlineUrl}` } : {}),
    cancelled: meeting.status === 'cancelled',
    lastModified: meeting.updatedAt,
  };
}

/**
 * Calendar feeds at unguessable, revocable addresses. Only the token's SHA-256 is stored. A feed
 * request is not signed in: the token finds its subscription (app.calendar_subscription_by_token),
 * then the request acts as the subscriber, so row-level security gives exactly the meetings they
 * may read today; a removed member's feed empties on the next fetch.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly networks: NetworkService,
  ) {}

  async mine(): Promise<CalendarSubscription[]> {
    requirePrincipal();
    const rows = await sqlRows<{ id: string; network_id: string | null; network_name: string | null; created_at: Date }>(
      await this.database.manager(),
      `SELECT s.id, s.network_id, n.name AS network_name, s.created_at FROM calendar_subscription s LEFT JOIN network n ON n.id = s.network_id
        WHERE s.revoked_at IS NULL ORDER BY s.created_at, s.id`,
    );
    return rows.map((row) => ({
      id: row.id,
      network: row.network_id && row.network_name !== null ? { id: row.network_id, name: row.network_name } : null,
      createdAt: row.created_at,
    }));
  }

  async create(networkId: string | null): Promise<NewCalendarSubscription> {
    const principal = requirePrincipal();
    let network = null;
    if (networkId) {
      const found = await this.networks.get(networkId);
      if (found.myStatus !== 'active') throw notFound('Du kan bara prenumerera på möten i nätverk du är medlem i.');
      network = { id: found.id, name: found.name };
    }
    const token = randomBytes(32).toString('base64url');
    const [row] = await sqlRows<{ id: string; created_at: Date }>(
      await this.database.manager(),
      `INSERT INTO calendar_subscription (user_id, network_id, token_hash) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [principal.userId, network?.id ?? null, hashOf(token)],
    );
    return { subscription: { id: row!.id, network, createdAt: row!.created_at }, path: `${CALENDAR_FEED_PATH}/${token}.ics` };
  }

  async revoke(id: string): Promise<boolean> {
    requirePrincipal();
    if (!isUuid(id)) throw notFound('Prenumerationen finns inte.');
    const rows = await sqlRows<{ id: string }>(
      await this.database.manager(),
      `UPDATE calendar_subscription SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [id],
    );
    if (rows.length === 0) throw notFound('Prenumerationen finns inte.');
    return true;
  }

  /** The feed's iCalendar text, or null for an unknown or revoked token. */
  async feed(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const manager = await this.database.manager();
    const [subscription] = await sqlRows<{ id: string; user_id: string; network_id: string | null }>(
      manager,
      `SELECT id, user_id, network_id FROM app.calendar_subscription_by_token($1)`,
      [hashOf(token)],
    );
    if (!subscription) return null;
    // From here the request reads as the subscriber (read-only; the transaction is rolled back).
    await sqlRows(manager, `SELECT app.begin_request($1, '', '', '', '')`, [subscription.user_id]);
    const rows = await sqlRows<MeetingSqlRow>(
      manager,
      `${MEETING_SELECT} WHERE ($1::uuid IS NULL OR m.network_id = $1) AND m.ends_at > now() - make_interval(days => $2) ORDER BY m.starts_at, m.id LIMIT 2000`,
      [subscription.network_id, FEED_HISTORY_DAYS],
    );
    const networkName = subscription.network_id ? (rows[0]?.network_name ?? (await this.networkName(subscription.network_id))) : null;
    const meetings = rows.map((row) =>
      calendarMeeting({
        id: row.id,
        sequence: row.sequence,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        title: row.title,
        location: row.location,
        onlineUrl: row.online_url,
        status: row.status,
        updatedAt: row.updated_at,
        networkName: row.network_name,
      }),
    );
    const newest = rows.reduce<Date | undefined>((latest, row) => (!latest || row.updated_at > latest ? row.updated_at : latest), undefined);
    return calendarFeedIcs({
      name: networkName ? `${networkName} – Projektkontor Östergötland` : 'Mina nätverksmöten – Projektkontor Östergötland',
      description: 'Möten i nätverk du är medlem i, från Projektkontor Östergötland.',
      meetings,
      ...(newest ? { generatedAt: newest } : {}),
    });
  }

  private async networkName(id: string): Promise<string | null> {
    const [row] = await sqlRows<{ name: string }>(await this.database.manager(), `SELECT name FROM network WHERE id = $1`, [id]);
    return row?.name ?? null;
  }
}
