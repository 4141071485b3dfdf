import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export type SmtpSettings = NonNullable<Config['smtp']>;

export interface LoadedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** One message as the sender hands it to a transport; `id` is the outbox row's id. */
export interface OutgoingEmail {
  id: string;
  date: Date;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: LoadedAttachment[];
}

/** What the sender needs from a mail transport; errors it throws carry no credentials. */
export interface MailTransport {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface SmtpTransportOptions {
  /** Implicit TLS; by default nodemailer's choice (on for port 465, otherwise STARTTLS when offered). */
  secure?: boolean;
  /** Never upgrade with STARTTLS: only for a test server on loopback. */
  ignoreTLS?: boolean;
  /** Connection, greeting and socket timeouts in milliseconds (defaults 30 s, 30 s, 60 s). */
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
}

/** The domain of the sender address, for Message-IDs: "Bidra <noreply@bidra.se>" → "bidra.se". */
export function senderDomain(from: string): string {
  const match = /@([^\s<>@]+?)>?\s*$/.exec(from);
  return match?.[1] ?? 'bidra.invalid';
}

/**
 * Removes every form in which the SMTP password could surface in an error: as typed, and base64-encoded
 * alone or inside an AUTH PLAIN token (a server echoing the command would show that).
 */
export function credentialRedactor(user: string | undefined, password: string | undefined): (text: string) => string {
  if (!password) return (text) => text;
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const secrets = [password, b64(password), b64(`\u0000${user ?? ''}\u0000${password}`)].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => secrets.reduce((acc, secret) => acc.split(secret).join('[hidden]'), text);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
}

/**
 * An SMTP transport through nodemailer: one connection per message (no pool: the outbox sends a few
 * letters at a time and an idle pooled connection only ends up timed out by the server).
 */
export function createSmtpTransport(
  smtp: SmtpSettings,
  from: string,
  options: SmtpTransportOptions = {},
): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    pool: false,
    ...(options.secure === undefined ? {} : { secure: options.secure }),
    ...(options.ignoreTLS === undefined ? {} : { ignoreTLS: options.ignoreTLS }),
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    greetingTimeout: options.greetingTimeoutMs ?? 30_000,
    socketTimeout: options.socketTimeoutMs ?? 60_000,
    // nodemailer's logger would print the SMTP dialogue, AUTH included.
    logger: false,
    debug: false,
  });
  // An 'error' event without a listener would crash the process; failures reach us through sendMail.
  transporter.on('error', () => undefined);
  const redact = credentialRedactor(smtp.user, smtp.password);
  const domain = senderDomain(from);
  return {
    async send(email) {
      try {
        await transporter.sendMail({
          from,
          to: email.to,
          ...(email.cc.length > 0 ? { cc: email.cc } : {}),
          subject: email.subject,
          text: email.text,
          ...(email.html === null ? {} : { html: email.html }),
          attachments: email.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
          // Stable per outbox row: a message resent after a crash is recognisably the same one.
          messageId: `<${email.id}@${domain}>`,
          date: email.date,
          // RFC 3834: out-of-office replies must not answer machine-sent mail.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        throw new Error(redact(describeError(error)));
      }
    },
    close: () => transporter.close(),
  };
}
