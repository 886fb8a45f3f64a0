import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.js';

/** One mail as the receiver got it: the envelope and the parsed message. */
export interface ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly parsed: ParsedMail;
}

/**
 * A real SMTP server on a loopback port (smtp-server), parsing what it receives with mailparser:
 * the tests read sent mail here, never through a mock transport. `stop()` closes the port (an
 * outage: the portal's connections are refused) and `start()` opens the same port again.
 */
export class SmtpReceiver {
  readonly received: ReceivedMail[] = [];
  /** Recipients refused for good (550), as a real server refuses an unknown mailbox. */
  readonly refused = new Set<string>();
  private server: SMTPServer | undefined;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly port: number) {}

  static async start(): Promise<SmtpReceiver> {
    const receiver = new SmtpReceiver(await freePort());
    await receiver.start();
    return receiver;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      // Plain SMTP on loopback, as a local relay: no STARTTLS (self-signed) and no login.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address)) return callback();
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
            for (const wake of this.waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails to `address` (envelope recipient), in the order received. */
  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => mail.envelopeTo.includes(address)).map((mail) => mail.parsed);
  }

  /** Resolves with the first received mail matching `predicate`, woken by each arrival; fails after `timeoutMs`. */
  async waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
    const found = () => this.received.find((mail) => predicate(mail.parsed))?.parsed;
    const now = found();
    if (now) return now;
    return new Promise<ParsedMail>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`No matching mail within ${timeoutMs} ms; received: ${this.received.map((m) => m.parsed.subject).join(' | ')}`));
      }, timeoutMs);
      const check = () => {
        const mail = found();
        if (!mail) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(mail);
      };
      this.waiters.add(check);
    });
  }
}

/** Polls `check` until it returns a value other than undefined/false; for state the receiver cannot see (the outbox). */
export async function waitUntil<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
