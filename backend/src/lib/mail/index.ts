export { emailQueue, queueEmail } from './queue.js';
export { renderEmail, type EmailContent } from './render.js';
export { createMailer, type Mailer, type MailMessage } from './transport.js';
