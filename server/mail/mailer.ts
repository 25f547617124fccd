import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config.ts';
import { logger } from '../log.ts';
import { SmtpSink } from './smtp-sink.ts';

/**
 * Outgoing mail over real SMTP (nodemailer): SMTP_URL when set; otherwise, in demo mode and in
 * tests, an embedded SMTP sink started on first use (its messages are readable on the demo
 * mailbox page). Messages are single-part plain text.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Tenant slug or @portal, for the demo mailbox. */
  site: string;
}

let transport: Promise<Transporter> | undefined;
let sink: SmtpSink | undefined;

async function openTransport(): Promise<Transporter> {
  const cfg = config();
  if (cfg.SMTP_URL) return nodemailer.createTransport(cfg.SMTP_URL);
  if (!cfg.DEMO_MODE && cfg.NODE_ENV !== 'test') throw new Error('SMTP_URL is required outside demo mode');
  sink = new SmtpSink();
  const port = await sink.start();
  logger().info({ port }, 'demo SMTP sink listening: mail is kept for the demo mailbox page, never delivered');
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 2 });
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  transport ??= openTransport().catch((err) => {
    transport = undefined;
    throw err;
  });
  const t = await transport;
  await t.sendMail({ from: config().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, headers: { 'X-Sede-Site': mail.site }, textEncoding: 'base64' });
}

/** The embedded sink, when mail goes there (demo mode without SMTP_URL, tests). */
export async function demoMailbox(): Promise<SmtpSink | undefined> {
  if (config().SMTP_URL) return undefined;
  if (!sink) {
    transport ??= openTransport();
    await transport;
  }
  return sink;
}

export async function closeMailer(): Promise<void> {
  const t = transport;
  transport = undefined;
  if (t) (await t.catch(() => undefined))?.close();
  await sink?.close();
  sink = undefined;
}
