import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

/** A message ready to send: rendered in the request that caused it, sent later by a job. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * nodemailer over the SMTP server SMTP_URL names (smtp:// or smtps://, credentials in the URL).
 * Timeouts are short: a job that cannot reach the server fails this attempt and is retried with
 * backoff, rather than holding a worker for nodemailer's default of minutes.
 */
export function createMailer({ smtpUrl, from, logger }: { smtpUrl: string; from: string; logger: Logger }): Mailer {
  const transport = nodemailer.createTransport(
    { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
    { from },
  );
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      logger.info({ event: 'email_sent', messageId: info.messageId, subject: message.subject }, 'email sent');
    },
    close: () => transport.close(),
  };
}
