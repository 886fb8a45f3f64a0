import { connect, type Socket } from 'node:net';

/** Where clamd listens and how long a scan may take (CLAMAV_HOST, CLAMAV_PORT, CLAMAV_TIMEOUT_SECONDS). */
export interface ClamdSettings {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
}

/**
 * What a scan found. `failed` covers everything that is not a verdict: the scanner down, a
 * timeout, a file over its limits (ClamAV calls such files clean unless told otherwise, and with
 * `AlertExceedsMax` names them `Heuristics.Limits.Exceeded…`): the caller must fail closed.
 */
export type ScanVerdict =
  { readonly status: 'clean' } | { readonly status: 'infected'; readonly signature: string } | { readonly status: 'failed'; readonly detail: string };

/** clamd's INSTREAM frames may be up to its StreamMaxLength in total; frames themselves stay small. */
const MAX_FRAME = 64 * 1024;
const MAX_REPLY = 4096;

/** Reads clamd's one-line reply ("stream: OK", "stream: Eicar-Test-Signature FOUND", "… ERROR"). */
export function parseClamdReply(raw: string): ScanVerdict {
  const reply = raw.replace(/\0/g, '').trim();
  if (/^(stream|\S+): OK$/.test(reply)) return { status: 'clean' };
  const found = /^(?:stream|\S+): (.+) FOUND$/.exec(reply);
  if (found?.[1]) {
    const signature = found[1];
    // Over a limit is no verdict: the rest of the file was never looked at.
    if (/^Heuristics\.Limits\.Exceeded/i.test(signature)) return { status: 'failed', detail: `Filen är större än virusskyddets gränser (${signature}).` };
    return { status: 'infected', signature };
  }
  if (/size limit exceeded/i.test(reply)) return { status: 'failed', detail: `Filen är större än virusskyddets gräns (${reply}).` };
  return { status: 'failed', detail: reply ? `Oväntat svar från virusskyddet: ${reply.slice(0, 300)}` : 'Virusskyddet svarade inte.' };
}

/**
 * One INSTREAM scan, fed while the upload is stored. It never throws: a scanner that breaks down
 * halfway makes `finish()` answer `failed`, and the upload goes on without it.
 */
export class ClamdScan {
  private readonly socket: Socket;
  private reply = '';
  private error: string | undefined;
  private closed = false;
  private readonly ended: Promise<void>;

  constructor(settings: ClamdSettings) {
    this.socket = connect({ host: settings.host, port: settings.port });
    this.socket.setTimeout(settings.timeoutMs);
    this.socket.setEncoding('latin1');
    this.socket.on('data', (data: string) => {
      if (this.reply.length < MAX_REPLY) this.reply += data;
    });
    this.socket.on('timeout', () => this.fail(`Virusskyddet svarade inte inom ${Math.round(settings.timeoutMs / 1000)} s.`));
    this.socket.on('error', (error: NodeJS.ErrnoException) => this.fail(`Virusskyddet kunde inte nås (${error.code ?? error.message}).`));
    this.ended = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.once('close', () => {
      this.closed = true;
    });
    this.socket.write('zINSTREAM\0');
  }

  private fail(detail: string): void {
    this.error ??= detail;
    this.socket.destroy();
  }

  /** Sends bytes to the scanner, waiting while its socket is full (the upload waits with it). */
  async write(data: Buffer): Promise<void> {
    for (let offset = 0; offset < data.length && !this.closed && this.error === undefined; offset += MAX_FRAME) {
      const piece = data.subarray(offset, offset + MAX_FRAME);
      const header = Buffer.alloc(4);
      header.writeUInt32BE(piece.length, 0);
      this.socket.write(header);
      if (!this.socket.write(piece)) await this.drained();
    }
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.once('drain', done);
      this.socket.once('close', done);
    });
  }

  /** Ends the stream and waits for the verdict (or the timeout). */
  async finish(): Promise<ScanVerdict> {
    if (!this.closed && this.error === undefined) this.socket.end(Buffer.alloc(4));
    await this.ended;
    // clamd answers "size limit exceeded" and closes while we are still sending: that reply wins over the broken pipe.
    if (this.reply.trim()) return parseClamdReply(this.reply);
    return { status: 'failed', detail: this.error ?? 'Virusskyddet stängde anslutningen utan svar.' };
  }

  /** Stops a scan whose upload was given up. */
  abort(): void {
    this.socket.destroy();
  }
}

/** A clamd daemon over TCP. */
export class ClamdClient {
  constructor(readonly settings: ClamdSettings) {}

  startScan(): ClamdScan {
    return new ClamdScan(this.settings);
  }

  /** Scans stored bytes, piece by piece (the rescan job). */
  async scan(pieces: AsyncIterable<Buffer>): Promise<ScanVerdict> {
    const scan = this.startScan();
    try {
      for await (const piece of pieces) await scan.write(piece);
    } catch (error) {
      scan.abort();
      throw error;
    }
    return scan.finish();
  }

  /** True when clamd answers PING with PONG within the timeout. */
  ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: this.settings.host, port: this.settings.port });
      let reply = '';
      socket.setTimeout(this.settings.timeoutMs);
      socket.setEncoding('latin1');
      socket.on('data', (data: string) => {
        reply += data;
      });
      socket.on('timeout', () => socket.destroy());
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(reply.replace(/\0/g, '').trim() === 'PONG'));
      socket.end('zPING\0');
    });
  }
}
