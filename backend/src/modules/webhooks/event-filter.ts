import { WEBHOOK_EVENT_TYPES } from '../events/index.js';

// What an endpoint asks for: event types (`product.updated`), a subject's wildcard (`product.*`)
// or everything (`*`). Job events never reach a webhook (events module: WEBHOOK_EVENT_TYPES).

const ALL_EVENTS = '*';
const SUBJECTS = [...new Set(WEBHOOK_EVENT_TYPES.map((type) => type.slice(0, type.indexOf('.'))))];

/** Every value an endpoint's `events` may hold. */
export const EVENT_FILTERS: readonly string[] = [ALL_EVENTS, ...SUBJECTS.map((s) => `${s}.*`), ...WEBHOOK_EVENT_TYPES];

/** Whether an endpoint with this selection is sent an event of `type`. */
export function wants(selection: readonly string[], type: string): boolean {
  if (selection.includes(ALL_EVENTS) || selection.includes(type)) return true;
  const dot = type.indexOf('.');
  return dot > 0 && selection.includes(`${type.slice(0, dot)}.*`);
}

/** The selection without repeats, in the order given. */
export const normalizeFilters = (selection: readonly string[]) => [...new Set(selection)];
