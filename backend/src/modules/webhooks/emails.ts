import { renderEmail, type MailMessage } from '../../lib/mail/index.js';

export function endpointDisabledEmail(
  to: { email: string; name: string },
  endpoint: { workspaceName: string; url: string; failingSince: Date; link: string },
): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: `A webhook of ${endpoint.workspaceName} was disabled`,
      greeting: `Hello ${to.name},`,
      paragraphs: [
        `Every delivery to ${endpoint.url} has failed since ${endpoint.failingSince.toUTCString()}, through all its retries, so Shelfwise stopped sending to it. Events from now on are not queued for it.`,
        'Open the webhook to see what the receiver answered, send a test ping, and enable it again once it answers with a 2xx status. Failed deliveries can be redelivered from its log.',
      ],
      action: { label: 'Open the webhook', url: endpoint.link },
    }),
  };
}
