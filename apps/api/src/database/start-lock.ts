import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export class PortalAlreadyRunningError extends Error {
  constructor(
    readonly pid: number,
    readonly dataDir: string,
  ) {
    super(
      `Portalen körs redan (process ${pid}) med datamappen ${dataDir}. ` + 'Stoppa den med Ctrl-C i dess terminal innan du startar igen. Inga data har rörts.',
    );
  }
}

/** True while a process with this pid exists (EPERM: it exists but is another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the lock and returns the pid of a live holder, if there is one. */
export async function runningHolder(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(path.join(dataDir, 'portal.lock'), 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One portal process per data folder: taken atomically (O_EXCL) before PostgreSQL is touched.
 * A lock left by a dead process is taken over.
 */
export async function acquireStartLock(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'portal.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await runningHolder(dataDir);
      if (holder !== undefined) throw new PortalAlreadyRunningError(holder, dataDir);
      await rm(file, { force: true });
    }
  }
  throw new Error(`Kunde inte ta låset ${file}.`);
}
