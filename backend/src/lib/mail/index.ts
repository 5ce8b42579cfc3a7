export { emailQueue, queueEmail } from './queue.js';
export { renderEmail } from './render.js';
export { createMailer, type MailMessage } from './transport.js';
