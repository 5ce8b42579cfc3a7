import { renderEmail, type MailMessage } from '../../lib/mail/index.js';

/**
 * Every email the auth module sends, worded for the person reading it. Links point at the SPA
 * (PUBLIC_URL), which reads the token from the address and calls the API.
 */

const minutes = (seconds: number) => Math.round(seconds / 60);
const hours = (seconds: number) => Math.round(seconds / 3600);

export function verifyAddressEmail(to: { email: string; name: string }, link: string, ttlSeconds: number): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Confirm your email address for Shelfwise',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        'Thank you for creating a Shelfwise account. Please confirm that this address is yours.',
        `The link works once, for ${hours(ttlSeconds)} hours. If you did not create an account, ignore this email: nothing happens without the link.`,
      ],
      action: { label: 'Confirm my address', url: link },
    }),
  };
}

/** Sent instead of a second account when someone registers with an address that already has one. */
export function accountExistsEmail(to: { email: string; name: string }, links: { signIn: string; reset: string }): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Someone tried to create a Shelfwise account with your address',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        'Someone, perhaps you, tried to create a Shelfwise account with this email address. You already have one, so no new account was made and your account is unchanged.',
        `If it was you, sign in at ${links.signIn}. If you have forgotten your password, you can set a new one.`,
        'If it was not you, you need not do anything.',
      ],
      action: { label: 'Set a new password', url: links.reset },
    }),
  };
}

export function passwordResetEmail(to: { email: string; name: string }, link: string, ttlSeconds: number): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Reset your Shelfwise password',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        'We received a request to set a new password for your Shelfwise account.',
        `The link works once, for ${minutes(ttlSeconds)} minutes. If you did not ask for this, ignore this email: your password stays as it is.`,
      ],
      action: { label: 'Choose a new password', url: link },
    }),
  };
}

export function passwordChangedByResetEmail(to: { email: string; name: string }, resetLink: string): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Your Shelfwise password was changed',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        'The password of your Shelfwise account was just changed with a reset link. Every device was signed out and every API key was revoked.',
        'If this was you, there is nothing more to do. If it was not, set a new password now and check the email addresses you use.',
      ],
      action: { label: 'Set a new password', url: resetLink },
    }),
  };
}

export function confirmNewAddressEmail(to: { email: string; name: string }, link: string, ttlSeconds: number): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Confirm your new email address for Shelfwise',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        'You asked to use this address for your Shelfwise account. It replaces the old one once you confirm it.',
        `The link works once, for ${hours(ttlSeconds)} hours. If you did not ask for this, ignore this email.`,
      ],
      action: { label: 'Use this address', url: link },
    }),
  };
}

export function addressChangeNoticeEmail(to: { email: string; name: string }, newEmail: string, resetLink: string): MailMessage {
  return {
    to: to.email,
    ...renderEmail({
      subject: 'Your Shelfwise email address is being changed',
      greeting: `Hello ${to.name},`,
      paragraphs: [
        `Someone signed in to your Shelfwise account asked to change its email address to ${newEmail}. The change happens only when the link sent to that address is followed.`,
        'If this was you, there is nothing more to do. If it was not, someone knows your password: set a new one now, which also signs out every device.',
      ],
      action: { label: 'Set a new password', url: resetLink },
    }),
  };
}
