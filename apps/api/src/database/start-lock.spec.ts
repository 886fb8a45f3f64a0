import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalAlreadyRunningError, acquireStartLock } from './start-lock.js';

describe('acquireStartLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'portal-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes our pid and removes the lock on release', async () => {
    const release = await acquireStartLock(dir);
    expect(await readFile(path.join(dir, 'portal.lock'), 'utf8')).toBe(String(process.pid));
    await release();
    await expect(readFile(path.join(dir, 'portal.lock'), 'utf8')).rejects.toThrow();
  });

  it('refuses while a live process holds the lock', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await writeFile(path.join(dir, 'portal.lock'), String(holder.pid));
      await expect(acquireStartLock(dir)).rejects.toBeInstanceOf(PortalAlreadyRunningError);
      await expect(acquireStartLock(dir)).rejects.toThrow(/Portalen körs redan \(process \d+\)/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a dead process', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(path.join(dir, 'portal.lock'), String(dead.pid));
    const release = await acquireStartLock(dir);
    expect(await readFile(path.join(dir, 'portal.lock'), 'utf8')).toBe(String(process.pid));
    await release();
  });
});
