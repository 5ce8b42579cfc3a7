import { renderEmail, type MailMessage } from '../../lib/mail/index.js';

const days = (seconds: number) => Math.max(1, Math.round(seconds / 86_400));

export function invitationEmail(
  to: string,
  invitation: { workspaceName: string; inviterName: string; role: string; link: string; ttlSeconds: number },
): MailMessage {
  return {
    to,
    ...renderEmail({
      subject: `${invitation.inviterName} invited you to ${invitation.workspaceName} on Shelfwise`,
      greeting: 'Hello,',
      paragraphs: [
        `${invitation.inviterName} invited you to join the workspace "${invitation.workspaceName}" on Shelfwise as ${invitation.role === 'admin' ? 'an' : 'a'} ${invitation.role}.`,
        `The link works once, for ${days(invitation.ttlSeconds)} days. Sign in or create an account with this address to accept. If you do not know why you got this, ignore it: nothing happens without the link.`,
      ],
      action: { label: 'Accept the invitation', url: invitation.link },
    }),
  };
}
