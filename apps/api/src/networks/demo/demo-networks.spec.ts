import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { validateActionItem, validateAgenda, validateDecision, validateMinutes } from '../../meetings/meeting.validation.js';
import { validateNetwork } from '../network.validation.js';
import { DEMO_NETWORKS, lastSecondTuesday } from './demo-networks.js';

const REALM_USERS = JSON.parse(readFileSync(new URL('../../../../../docker/keycloak/dev/portal-users-0.json', import.meta.url), 'utf8')) as {
  users: Array<{ id: string; username: string; email: string; firstName: string; lastName: string }>;
};
const REALM_MEMBERS = JSON.parse(readFileSync(new URL('../../../../../docker/keycloak/dev/organization-members.json', import.meta.url), 'utf8')) as {
  members: Record<string, string[]>;
};

describe('demo networks', () => {
  it('names the realm export’s demo users, with their ids, names, addresses and organisations', () => {
    for (const [username, user] of Object.entries(DEMO_NETWORKS.users)) {
      const realm = REALM_USERS.users.find((u) => u.username === username);
      expect(realm, username).toBeDefined();
      expect({ id: user.id, name: user.name, email: user.email }).toEqual({
        id: realm!.id,
        name: `${realm!.firstName} ${realm!.lastName}`,
        email: realm!.email,
      });
      expect(REALM_MEMBERS.members[user.organization], username).toContain(username);
    }
  });

  it('passes the networks’ own validation, with one chair from the host organisation each, and parents before children', () => {
    const slugs = new Set(REGION_ORGANIZATIONS.map((o) => o.slug));
    const seen = new Set<string>();
    for (const network of DEMO_NETWORKS.networks) {
      expect(() => validateNetwork({ ...network, parentId: null }), network.key).not.toThrow();
      expect(slugs.has(network.host), network.key).toBe(true);
      const chairs = network.members.filter((m) => m.role === 'chair');
      expect(chairs, network.key).toHaveLength(1);
      expect(DEMO_NETWORKS.users[chairs[0]!.user]?.organization, network.key).toBe(network.host);
      for (const member of network.members) expect(DEMO_NETWORKS.users[member.user], `${network.key}: ${member.user}`).toBeDefined();
      if (network.parent) expect(seen.has(network.parent), network.key).toBe(true);
      seen.add(network.key);
    }
    expect(DEMO_NETWORKS.networks.map((n) => n.level)).toEqual(expect.arrayContaining(['regional', 'subregional', 'local']));
  });

  it('holds a meeting whose agenda, minutes, decisions and action items pass the meetings’ checks, about demo initiatives that exist', () => {
    const held = DEMO_NETWORKS.series.heldMeeting;
    expect(() => validateAgenda(held.agenda.map((a) => ({ ...a, links: [] })))).not.toThrow();
    expect(() => validateMinutes(held.minutes)).not.toThrow();
    expect(held.decisions).toHaveLength(2);
    for (const d of held.decisions) expect(() => validateDecision({ meetingId: 'x', ...d })).not.toThrow();
    for (const a of held.actionItems) {
      expect(DEMO_NETWORKS.users[a.owner]).toBeDefined();
      expect(() => validateActionItem({ title: a.title, ownerName: 'x' })).not.toThrow();
    }
    const keys = new Set(DEMO_INITIATIVES.map((d) => d.key));
    for (const item of held.agenda) if (item.initiative) expect(keys.has(item.initiative), item.initiative).toBe(true);
    for (const share of DEMO_NETWORKS.shares) {
      const initiative = DEMO_INITIATIVES.find((d) => d.key === share.initiative);
      expect(initiative?.input.visibility, share.initiative).toBe('network');
      expect(DEMO_NETWORKS.users[share.by]?.organization).toBe(initiative?.owner);
    }
  });

  it('finds the last second Tuesday before a date, also across a year', () => {
    expect(lastSecondTuesday('2026-12-03')).toBe('2026-11-10');
    expect(lastSecondTuesday('2026-12-09')).toBe('2026-12-08');
    expect(lastSecondTuesday('2026-12-08')).toBe('2026-11-10');
    expect(lastSecondTuesday('2027-01-05')).toBe('2026-12-08');
  });
});
