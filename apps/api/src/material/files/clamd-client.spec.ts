import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the one clamd launcher, shared with `npm start` and the tests (tools/ is no Nx project)
import { CLAMD_MISSING_MESSAGE, clamdInstalled, startClamd, type RunningClamd } from '../../../../../tools/scripts/clamd.mjs';
import { ClamdClient, parseClamdReply } from './clamd-client.js';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const INSTALLED = clamdInstalled();
if (!INSTALLED) console.warn(CLAMD_MISSING_MESSAGE);

async function* pieces(...parts: Array<string | Buffer>): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part, 'latin1');
}

/** A loopback port the OS hands out and nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('parseClamdReply', () => {
  it('reads verdicts, and counts limits and errors as no verdict', () => {
    expect(parseClamdReply('stream: OK\0')).toEqual({ status: 'clean' });
    expect(parseClamdReply('stream: Eicar-Test-Signature FOUND\0')).toEqual({ status: 'infected', signature: expect.stringMatching(/^Eicar-Test-Signature/) });
    expect(parseClamdReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0')).toMatchObject({ status: 'failed' });
    expect(parseClamdReply('INSTREAM size limit exceeded. ERROR\0')).toMatchObject({ status: 'failed', detail: expect.stringContaining('gräns') });
    expect(parseClamdReply('')).toEqual({ status: 'failed', detail: 'Virusskyddet svarade inte.' });
    expect(parseClamdReply('UNKNOWN COMMAND')).toMatchObject({ status: 'failed' });
  });
});

describe('ClamdClient without a scanner', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let silentPort = 0;
  beforeAll(async () => {
    // Accepts and never answers, like a hung daemon.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('fails closed when nobody listens', async () => {
    const client = new ClamdClient({ host: '127.0.0.1', port: await closedPort(), timeoutMs: 5000 });
    expect(await client.scan(pieces('hej'))).toEqual({ status: 'failed', detail: expect.stringContaining('ECONNREFUSED') });
    expect(await client.ping()).toBe(false);
  });

  it('fails closed when the scanner stays silent past the timeout', async () => {
    const client = new ClamdClient({ host: '127.0.0.1', port: silentPort, timeoutMs: 200 });
    expect(await client.scan(pieces('hej'))).toEqual({ status: 'failed', detail: expect.stringContaining('svarade inte inom') });
  });
});

describe.skipIf(!INSTALLED)('ClamdClient against a real clamd', () => {
  let clamd: RunningClamd;
  let small: RunningClamd;
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'clamd-spec-'));
    clamd = await startClamd({ dir: path.join(dir, 'a'), port: await closedPort() });
    // A daemon with a 1 MB stream limit, to meet the limit without sending 60 MB.
    small = await startClamd({ dir: path.join(dir, 'b'), port: await closedPort(), streamMaxLength: '1M' });
  }, 120_000);
  afterAll(async () => {
    await clamd?.stop();
    await small?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers PING, passes clean bytes and finds EICAR even when it arrives in several pieces', async () => {
    const client = new ClamdClient({ host: clamd.host, port: clamd.port, timeoutMs: 30_000 });
    expect(await client.ping()).toBe(true);
    expect(await client.scan(pieces('Hej, ', Buffer.alloc(200_000, 'a'), 'slut'))).toEqual({ status: 'clean' });
    expect(await client.scan(pieces(EICAR.slice(0, 20), EICAR.slice(20)))).toEqual({
      status: 'infected',
      signature: expect.stringMatching(/^Eicar-Test-Signature/),
    });
  });

  it('fails closed on a stream over the scanner’s limit, which ClamAV would otherwise pass', async () => {
    const client = new ClamdClient({ host: small.host, port: small.port, timeoutMs: 30_000 });
    const verdict = await client.scan(pieces(Buffer.alloc(3 * 1024 * 1024, 'a'), EICAR));
    expect(verdict).toMatchObject({ status: 'failed' });
  });
});
