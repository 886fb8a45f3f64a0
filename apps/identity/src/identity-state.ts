import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LoadedRealm, StoredGroup, StoredOrganization, StoredUser } from './realm.js';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${(await scrypt(password, salt, 32)).toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  if (!stored) return false;
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const actual = await scrypt(password, Buffer.from(salt, 'hex'), 32);
  return timingSafeEqual(actual, Buffer.from(hash, 'hex'));
}

export interface OutboxMessage {
  readonly to: string | undefined;
  readonly userId: string;
  readonly actions: readonly string[];
  readonly sentAt: string;
}

interface StateFile {
  users: StoredUser[];
  organizations: StoredOrganization[];
  groups: StoredGroup[];
  outbox: OutboxMessage[];
}

/**
 * Users, organisations and the "sent" e-mails. Starts from the realm and dev files; changes made
 * through the Admin API are written to `<dataDir>/state.json` and win on the next start.
 */
export class IdentityState {
  private constructor(
    private readonly file: string,
    private readonly data: StateFile,
  ) {}

  static async open(dataDir: string, loaded: LoadedRealm): Promise<IdentityState> {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, 'state.json');
    if (existsSync(file)) {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<StateFile> & Omit<StateFile, 'groups'>;
      // A state file written before groups existed: take the realm's groups, no memberships.
      return new IdentityState(file, { ...data, groups: data.groups ?? loaded.groups, users: data.users.map((u) => ({ ...u, groups: u.groups ?? [] })) });
    }
    const users: StoredUser[] = [];
    for (const { password, ...user } of loaded.users) users.push({ ...user, passwordHash: password ? await hashPassword(password) : undefined });
    const state = new IdentityState(file, { users, organizations: loaded.organizations, groups: loaded.groups, outbox: [] });
    await state.save();
    return state;
  }

  async save(): Promise<void> {
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify(this.data, null, 2), { mode: 0o600 });
    await rename(temporary, this.file);
  }

  get users(): StoredUser[] {
    return this.data.users;
  }
  get organizations(): StoredOrganization[] {
    return this.data.organizations;
  }
  get groups(): StoredGroup[] {
    return this.data.groups;
  }
  get outbox(): OutboxMessage[] {
    return this.data.outbox;
  }

  user(id: string): StoredUser | undefined {
    return this.data.users.find((u) => u.id === id);
  }
  userByLogin(login: string): StoredUser | undefined {
    const wanted = login.trim().toLowerCase();
    return this.data.users.find((u) => u.username === wanted || u.email?.toLowerCase() === wanted);
  }
  groupPathsOf(userId: string): string[] {
    const ids = new Set(this.user(userId)?.groups ?? []);
    return this.data.groups.filter((g) => ids.has(g.id)).map((g) => g.path);
  }
  organizationsOf(userId: string): StoredOrganization[] {
    return this.data.organizations.filter((o) => o.enabled && o.members.includes(userId));
  }
}
