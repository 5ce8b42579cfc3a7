import type { PrismaTransactionLike } from 'pg-boss';
import type { JobQueue, QueueDefinition } from '../jobs.js';
import type { Mailer, MailMessage } from './transport.js';

const EMAIL_QUEUE = 'email.send';

/**
 * Emails go out from a job, never inside the request: the request answers at once whether or not
 * the SMTP server is up, and a failed send is retried with exponential backoff (about 5 s, 10 s,
 * 20 s... capped at 10 minutes; 8 attempts over roughly half an hour, a password-reset link's
 * lifetime). Sent jobs are deleted after a day: their payload holds a link, which by then has expired.
 */
export function emailQueue(mailer: Mailer | null): QueueDefinition<MailMessage> {
  return {
    name: EMAIL_QUEUE,
    options: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 60, deleteAfterSeconds: 86_400 },
    handle: mailer ? (message) => mailer.send(message) : undefined,
  };
}

/** Queues one email; with `tx` it is sent only if that transaction commits. */
export function queueEmail(jobs: JobQueue, message: MailMessage, tx?: PrismaTransactionLike): Promise<void> {
  return jobs.send(EMAIL_QUEUE, message, tx);
}
