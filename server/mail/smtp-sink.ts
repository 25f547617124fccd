import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The demo's (and tests') mail server: a real SMTP server (smtp-server) on 127.0.0.1 that
 * keeps the last messages in memory instead of delivering them. The demo mailbox page reads
 * them (DEMO_MODE only), and tests wait for the message with the code.
 */
export interface SunkMessage {
  id: number;
  at: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Tenant slug (or @portal) the message was sent for, from the X-Sede-Site header. */
  site?: string;
}

const KEEP = 200;

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_m, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
}

/** Enough of RFC 5322 / MIME for the single-part text messages the sede sends. */
export function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') {
    text = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return { headers, text: text.replace(/\r\n/g, '\n').trim() };
}

export class SmtpSink {
  readonly messages: SunkMessage[] = [];
  private readonly server: SMTPServer;
  private readonly waiters = new Set<{ match: (m: SunkMessage) => boolean; resolve: (m: SunkMessage) => void }>();
  private nextId = 1;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 256 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const { headers, text } = parseMessage(Buffer.concat(chunks).toString('utf8'));
          this.add({
            id: this.nextId++, at: new Date().toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: headers.subject ?? '', text, ...(headers['x-sede-site'] ? { site: headers['x-sede-site'] } : {}),
          });
          callback();
        });
      },
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private add(m: SunkMessage): void {
    this.messages.push(m);
    if (this.messages.length > KEEP) this.messages.splice(0, this.messages.length - KEEP);
    for (const w of this.waiters) if (w.match(m)) {
      this.waiters.delete(w);
      w.resolve(m);
    }
  }

  /** The next message (after `afterId`) for `to`, waiting for it if needed. */
  waitFor(to: string, opts: { afterId?: number; timeoutMs?: number } = {}): Promise<SunkMessage> {
    const match = (m: SunkMessage) => m.to.includes(to.toLowerCase()) && m.id > (opts.afterId ?? 0);
    const found = this.messages.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const w = { match, resolve };
      this.waiters.add(w);
      setTimeout(() => {
        if (this.waiters.delete(w)) reject(new Error(`no mail for ${to}`));
      }, opts.timeoutMs ?? 10_000).unref();
    });
  }

  get lastId(): number {
    return this.nextId - 1;
  }
}
