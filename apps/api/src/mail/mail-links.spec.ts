import { describe, expect, it } from 'vitest';
import { readMailStopToken } from '@portal/shared-domain';
import { MailLinks, signMailStop, verifyMailStop } from './mail-links.js';

const secret = Buffer.alloc(32, 7);

describe('stop links', () => {
  it('signs an address and topic that only the same key accepts, unchanged', () => {
    const token = signMailStop(secret, { email: ' Kim@Example.SE ', topic: 'meetings' });
    expect(verifyMailStop(secret, token)).toEqual({ email: 'kim@example.se', topic: 'meetings' });
    expect(verifyMailStop(Buffer.alloc(32, 8), token)).toBeNull();
    const [version, payload, signature] = token.split('.') as [string, string, string];
    const otherPayload = signMailStop(secret, { email: 'annan@example.se', topic: 'meetings' }).split('.')[1];
    expect(verifyMailStop(secret, `${version}.${otherPayload}.${signature}`)).toBeNull();
    expect(verifyMailStop(secret, `${version}.${payload}.${signature.slice(0, -1)}`)).toBeNull();
    expect(verifyMailStop(secret, `${version}.${payload}`)).toBeNull();
    expect(verifyMailStop(secret, '')).toBeNull();
  });

  it('keeps åäö in the address readable for the stop page', () => {
    const token = signMailStop(secret, { email: 'åsa.öberg@exempel.se', topic: 'minutes' });
    expect(readMailStopToken(token)?.claim).toEqual({ email: 'åsa.öberg@exempel.se', topic: 'minutes' });
  });

  it('builds absolute links into the portal, the stop link with the mail’s language', () => {
    const links = new MailLinks('https://portal.example.se/', secret);
    expect(links.portal('/initiativ/1')).toBe('https://portal.example.se/initiativ/1');
    const stop = new URL(links.stop('kim@example.se', 'meeting-update', 'en'));
    expect(stop.pathname).toBe('/e-post/avsluta');
    expect(stop.searchParams.get('sprak')).toBe('en');
    expect(links.verifyStop(stop.searchParams.get('t')!)).toEqual({ email: 'kim@example.se', topic: 'meetings' });
    expect(new URL(links.stop('kim@example.se', 'follow-up-reminder', 'sv')).searchParams.has('sprak')).toBe(false);
  });
});
