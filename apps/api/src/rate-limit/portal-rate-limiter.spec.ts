import { describe, expect, it } from 'vitest';
import { addressKey, PortalRateLimiter } from './portal-rate-limiter.js';

const limits = { writesPerUser: 2, writesPerAddress: 3, searchesPerUser: 0, searchesPerAddress: 0 };

describe('PortalRateLimiter', () => {
  it('refuses a user over their own limit with a whole number of seconds to wait', async () => {
    const limiter = new PortalRateLimiter(limits);
    const anna = { userId: 'anna', address: '10.0.0.1' };
    expect(await limiter.consume('write', anna, 1)).toBeUndefined();
    expect(await limiter.consume('write', anna, 1)).toBeUndefined();
    const refused = await limiter.consume('write', anna, 1);
    expect(refused).toMatchObject({ scope: 'user', firstInWindow: true });
    expect(Number.isInteger(refused?.retryAfterSeconds)).toBe(true);
    expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await limiter.consume('write', anna, 1)).toMatchObject({ scope: 'user', firstInWindow: false });
  });

  it('limits the address that several users share, without charging it for requests a user limit refused', async () => {
    const limiter = new PortalRateLimiter(limits);
    const anna = { userId: 'anna', address: '10.0.0.1' };
    const bo = { userId: 'bo', address: '10.0.0.1' };
    await limiter.consume('write', anna, 1);
    await limiter.consume('write', anna, 1);
    // Refused by Anna's own limit: the shared address keeps its third point for Bo.
    expect(await limiter.consume('write', anna, 1)).toMatchObject({ scope: 'user' });
    expect(await limiter.consume('write', bo, 1)).toBeUndefined();
    expect(await limiter.consume('write', bo, 1)).toMatchObject({ scope: 'address' });
    // The address refused Bo's second write, so it was not counted against Bo himself.
    expect(await limiter.consume('write', { userId: 'bo', address: '10.0.0.2' }, 1)).toBeUndefined();
    expect(await limiter.consume('write', { userId: 'bo', address: '10.0.0.2' }, 1)).toMatchObject({ scope: 'user' });
  });

  it('charges one point per field and keeps writes and searches apart; 0 turns a limit off', async () => {
    const limiter = new PortalRateLimiter({ writesPerUser: 3, writesPerAddress: 0, searchesPerUser: 0, searchesPerAddress: 1 });
    const anonymous = { userId: undefined, address: '192.0.2.7' };
    expect(await limiter.consume('write', { userId: 'anna', address: '192.0.2.7' }, 3)).toBeUndefined();
    expect(await limiter.consume('write', { userId: 'anna', address: '192.0.2.7' }, 1)).toMatchObject({ scope: 'user' });
    // Anonymous writes have no user to count; with the address limit off, nothing limits them here.
    for (let i = 0; i < 10; i++) expect(await limiter.consume('write', anonymous, 1)).toBeUndefined();
    expect(await limiter.consume('search', anonymous, 1)).toBeUndefined();
    expect(await limiter.consume('search', anonymous, 1)).toMatchObject({ scope: 'address' });
  });
});

describe('addressKey', () => {
  it('keeps IPv4 addresses, unwraps IPv4-mapped IPv6 and counts IPv6 by its /64', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
