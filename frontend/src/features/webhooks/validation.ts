import { normalizeEvents } from './events';

// The API's limits (issue 19's contract): http(s), at most 2048 characters, no credentials in it.
export const URL_MAX = 2048;
export const DESCRIPTION_MAX = 500;

export interface WebhookFormValues {
  url: string;
  events: string[];
  description: string;
}

export type WebhookField = keyof WebhookFormValues;

/** The client's checks, the same the API makes (it also refuses a target that resolves to a private address). */
export function validateWebhook(values: WebhookFormValues): Partial<Record<WebhookField, string>> {
  const errors: Partial<Record<WebhookField, string>> = {};
  const url = values.url.trim();
  if (url === '') errors.url = 'Enter the address that should receive the events.';
  else if (url.length > URL_MAX) errors.url = `At most ${URL_MAX} characters.`;
  else {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) errors.url = 'Enter a full address starting with https:// (or http://).';
    else if (parsed.username || parsed.password) errors.url = 'Leave the user name and password out of the address: the signature proves who sends.';
  }
  if (normalizeEvents(values.events).length === 0) errors.events = 'Choose at least one event.';
  if (values.description.trim().length > DESCRIPTION_MAX) errors.description = `At most ${DESCRIPTION_MAX} characters.`;
  return errors;
}
