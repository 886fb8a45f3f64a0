import { readFileSync } from 'node:fs';
import type { NetworkRoleCode } from '@portal/shared-domain';

/**
 * Demo networks (apps/api/demo-data/networks.json): the networks the Connect reports propose, with
 * the demo users as members and one monthly series in the HR chiefs' network whose last meeting
 * was held (agenda, minutes, decisions, action items). Only types are imported, so a unit test
 * can check the file against the rules and the realm export.
 */

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly organization: string;
}

export interface DemoNetwork {
  readonly key: string;
  readonly host: string;
  readonly parent?: string;
  readonly name: string;
  readonly purpose: string;
  readonly level: string;
  readonly kind: string;
  readonly admission: string;
  readonly members: readonly { readonly user: string; readonly role: NetworkRoleCode }[];
}

export interface DemoAgendaItem {
  readonly title: string;
  readonly presenter: string;
  readonly startsAt: string;
  readonly durationMinutes: number;
  /** Demo key of an initiative (demo-data/initiatives.json) the point is about. */
  readonly initiative?: string;
}

export interface DemoSeries {
  readonly network: string;
  readonly title: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string;
  readonly onlineUrl: string;
  readonly heldMeeting: {
    readonly agenda: readonly DemoAgendaItem[];
    readonly attendance: readonly string[];
    readonly guests: readonly { readonly name: string; readonly organizationName: string }[];
    readonly minutes: string;
    readonly decisions: readonly { readonly text: string; readonly responsible: string }[];
    readonly actionItems: readonly { readonly title: string; readonly owner: string; readonly dueInDays: number }[];
  };
}

export interface DemoNetworkData {
  readonly users: Readonly<Record<string, DemoUser>>;
  readonly networks: readonly DemoNetwork[];
  readonly series: DemoSeries;
  readonly shares: readonly { readonly network: string; readonly initiative: string; readonly by: string }[];
}

const DATA_FILE = new URL('../../../demo-data/networks.json', import.meta.url);

export const DEMO_NETWORKS: DemoNetworkData = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as DemoNetworkData;

/** The most recent second Tuesday before `today` (local date): the held meeting of the demo series. */
export function lastSecondTuesday(today: string): string {
  const [y, m] = today.split('-').map(Number);
  const secondTuesday = (year: number, month: number) => {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const day = 1 + ((2 - first + 7) % 7) + 7;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const thisMonth = secondTuesday(y!, m!);
  if (thisMonth < today) return thisMonth;
  return m === 1 ? secondTuesday(y! - 1, 12) : secondTuesday(y!, m! - 1);
}
