import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config/app-config.js';
import type { LimitedKind } from './operation-classifier.js';

const WINDOW_SECONDS = 60;

/** Who a request is counted against: the verified user (if any) and the client address. */
export interface RateLimitKeys {
  readonly userId: string | undefined;
  readonly address: string;
}

export interface RateLimitRefusal {
  /** Whole seconds, at least 1, until the limit that refused has room again (Retry-After). */
  readonly retryAfterSeconds: number;
  readonly scope: 'user' | 'address';
  /** The request that went over the limit, rather than one of those after it: worth one log line. */
  readonly firstInWindow: boolean;
}

/**
 * The address a per-address limit counts: IPv4 as it is, IPv6 by its /64 network, since one
 * client (one home, one office router) usually has a whole /64 and can pick any address in it.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().replace(/%.*$/, '').split('::');
  const headGroups = head === '' ? [] : head.split(':');
  let groups = headGroups;
  if (tail !== undefined) {
    const tailGroups = tail === '' ? [] : tail.split(':');
    // An embedded IPv4 address at the end fills two groups.
    const tailLength = tailGroups.length + (tail.includes('.') ? 1 : 0);
    groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailLength).fill('0'), ...tailGroups];
  }
  const network = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
  return `${network.join(':')}::/64`;
}

function limiter(points: number, keyPrefix: string): RateLimiterMemory | undefined {
  // 0 means off; rate-limiter-flexible itself would read 0 points as "refuse everything".
  return points > 0 ? new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix }) : undefined;
}

function refusal(result: RateLimiterRes, points: number, limit: number, scope: RateLimitRefusal['scope']): RateLimitRefusal {
  return {
    retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    scope,
    firstInWindow: result.consumedPoints - points <= limit,
  };
}

/**
 * Fixed one-minute windows per user and per address, for writes and for searches, in this
 * process's memory: each API instance limits on its own (see decisions.md), which is enough to
 * stop one client from flooding an instance and needs no shared state.
 */
export class PortalRateLimiter {
  private readonly limiters: Record<LimitedKind, { user?: RateLimiterMemory; address?: RateLimiterMemory; userLimit: number; addressLimit: number }>;

  constructor(config: RateLimitConfig) {
    this.limiters = {
      write: {
        user: limiter(config.writesPerUser, 'write-user'),
        address: limiter(config.writesPerAddress, 'write-address'),
        userLimit: config.writesPerUser,
        addressLimit: config.writesPerAddress,
      },
      search: {
        user: limiter(config.searchesPerUser, 'search-user'),
        address: limiter(config.searchesPerAddress, 'search-address'),
        userLimit: config.searchesPerUser,
        addressLimit: config.searchesPerAddress,
      },
    };
  }

  /**
   * Counts `points` against both limits; undefined when the request may run. The user's limit is
   * asked first, so a user over their own limit does not use up the address that colleagues
   * share; a request the address refuses is given back to the user.
   */
  async consume(kind: LimitedKind, keys: RateLimitKeys, points: number): Promise<RateLimitRefusal | undefined> {
    const limits = this.limiters[kind];
    const userKey = keys.userId;
    if (limits.user && userKey !== undefined) {
      const refused = await consumeOrRefusal(limits.user, userKey, points);
      if (refused) return refusal(refused, points, limits.userLimit, 'user');
    }
    if (limits.address) {
      const refused = await consumeOrRefusal(limits.address, addressKey(keys.address), points);
      if (refused) {
        if (limits.user && userKey !== undefined) await limits.user.reward(userKey, points);
        return refusal(refused, points, limits.addressLimit, 'address');
      }
    }
    return undefined;
  }
}

/** rate-limiter-flexible rejects with a RateLimiterRes when over the limit; anything else is a real error. */
async function consumeOrRefusal(store: RateLimiterMemory, key: string, points: number): Promise<RateLimiterRes | undefined> {
  try {
    await store.consume(key, points);
    return undefined;
  } catch (error: unknown) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}
