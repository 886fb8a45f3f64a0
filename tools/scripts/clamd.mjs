// A private clamd for tests and `npm start`: its own folder with a clamd.conf and a signature
// database holding only a one-line EICAR signature (freshclam's downloads are not used), TCP on
// loopback. Without /usr/sbin/clamd it does nothing and says so.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';

export const CLAMD_PATH = process.env.CLAMD_PATH || '/usr/sbin/clamd';
export const CLAMD_MISSING_MESSAGE = 'clamd är inte installerat: virusskanningstesterna hoppas över';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export function clamdInstalled() {
  return existsSync(CLAMD_PATH);
}

/** Whether clamd on host:port answers PING with PONG. */
export function clamdAnswers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let reply = '';
    socket.setTimeout(2000);
    socket.setEncoding('latin1');
    socket.on('data', (data) => (reply += data));
    socket.on('timeout', () => socket.destroy());
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(reply.replace(/\0/g, '').trim() === 'PONG'));
    socket.end('zPING\0');
  });
}

/**
 * Starts clamd in the foreground on 127.0.0.1:`port` with its files under `dir`, and resolves
 * once it answers PING (or rejects when it exits first). Limits: a stream up to 60 MB by default
 * (uploads are at most 50 MiB), and files over the limits are reported (AlertExceedsMax), never
 * passed.
 */
export async function startClamd({ dir, port, timeoutMs = 60_000, streamMaxLength = '60M' }) {
  const database = path.join(dir, 'database');
  const temporary = path.join(dir, 'tmp');
  await mkdir(database, { recursive: true });
  await mkdir(temporary, { recursive: true });
  await writeFile(path.join(database, 'eicar.ndb'), `Eicar-Test-Signature:0:*:${Buffer.from(EICAR, 'latin1').toString('hex')}\n`);
  const config = path.join(dir, 'clamd.conf');
  await writeFile(
    config,
    [
      'Foreground yes',
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `DatabaseDirectory ${database}`,
      `TemporaryDirectory ${temporary}`,
      `LogFile ${path.join(dir, 'clamd.log')}`,
      `PidFile ${path.join(dir, 'clamd.pid')}`,
      `StreamMaxLength ${streamMaxLength}`,
      'MaxFileSize 60M',
      'MaxScanSize 120M',
      'AlertExceedsMax yes',
      'Bytecode no',
      'SelfCheck 0',
      'ConcurrentDatabaseReload no',
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD_PATH, ['--foreground', `--config-file=${config}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data) => {
    if (stderr.length < 4000) stderr += data;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`clamd avslutades innan den svarade: ${stderr.trim()}`);
    if (await clamdAnswers(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`clamd svarade inte på PING inom ${timeoutMs / 1000} s: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host: '127.0.0.1',
    port,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
