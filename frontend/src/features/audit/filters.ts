import type { AuditFilters } from './types';

/** What the filter form holds: text as typed, times as datetime-local values (the user's time zone). */
export interface AuditFilterForm {
  actor: string;
  action: string;
  target: string;
  from: string;
  to: string;
}

export type AuditFilterField = keyof AuditFilterForm;

export const EMPTY_FILTER_FORM: AuditFilterForm = { actor: '', action: '', target: '', from: '', to: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TARGET_TYPES = ['user', 'api_key', 'invitation', 'workspace', 'audit_log'];

function validTarget(value: string): boolean {
  const at = value.lastIndexOf(':');
  if (at < 0) return UUID.test(value);
  return TARGET_TYPES.includes(value.slice(0, at)) && UUID.test(value.slice(at + 1));
}

/** A datetime-local value as an ISO time, or null when it is not one. */
function isoOf(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The form as the API's filters, with the same rules the API applies (so a typo is caught here, by
 * its field): ids are UUIDs, a target is `type:id` or an id, and the range runs forwards.
 */
export function toAuditFilters(form: AuditFilterForm): { filters: AuditFilters; errors: Partial<Record<AuditFilterField, string>> } {
  const errors: Partial<Record<AuditFilterField, string>> = {};
  const filters: AuditFilters = {};
  const actor = form.actor.trim();
  const target = form.target.trim();
  if (actor) {
    if (UUID.test(actor)) filters.actor = actor.toLowerCase();
    else errors.actor = 'Enter a user\'s or an API key\'s id.';
  }
  if (form.action) filters.action = form.action as AuditFilters['action'];
  if (target) {
    if (validTarget(target)) filters.target = target;
    else errors.target = 'Enter an id, or type:id (user, api_key, invitation, workspace).';
  }
  for (const field of ['from', 'to'] as const) {
    if (!form[field]) continue;
    const iso = isoOf(form[field]);
    if (iso) filters[field] = iso;
    else errors[field] = 'Enter a date and time.';
  }
  if (filters.from && filters.to && filters.from > filters.to) errors.to = 'The end must not be before the start.';
  return { filters, errors };
}
