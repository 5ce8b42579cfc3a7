import Joi from 'joi';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from './actions.js';

const AUDIT_PAGE_MAX = 100;

const uuid = Joi.string().guid();

// "signed_in,sign_in_failed" to the distinct actions it names; an unknown one is a 400 on the field.
function actionList(value: string, helpers: Joi.CustomHelpers): AuditAction[] | Joi.ErrorReport {
  const names = [...new Set(value.split(',').map((a) => a.trim()).filter(Boolean))];
  const known = new Set<string>(AUDIT_ACTIONS);
  if (names.length === 0 || names.some((a) => !known.has(a))) return helpers.error('action.unknown');
  return names as AuditAction[];
}
// "type:id" or a bare id; checked here so that a bad one is a 400 on the field, never a 500.
const TARGET = new RegExp(`^((${AUDIT_TARGET_TYPES.join('|')}):)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`);

export const auditQuery = Joi.object({
  actor: uuid.empty('').description('A user\'s id (what they did, with any of their keys too) or an API key\'s (what was done with it).'),
  action: Joi.string()
    .max(2_000)
    .custom(actionList)
    .empty('')
    .messages({ 'action.unknown': `{{#label}} must list actions among ${AUDIT_ACTIONS.join(', ')}, separated by commas` })
    .description('One action, or several separated by commas.'),
  target: Joi.string().pattern(TARGET).empty('').description(`\`type:id\` (type one of ${AUDIT_TARGET_TYPES.join(', ')}) or a bare id.`)
    .messages({ 'string.pattern.base': '"target" must be "type:id" (type one of ' + AUDIT_TARGET_TYPES.join(', ') + ') or an id (a UUID)' }),
  from: Joi.date().iso().empty('').description('Entries at or after this time (ISO 8601).'),
  to: Joi.date().iso().empty('').description('Entries at or before this time (ISO 8601).'),
  limit: Joi.number().integer().min(1).max(AUDIT_PAGE_MAX).default(50),
  cursor: Joi.string().max(200).empty(''),
  format: Joi.string().valid('json', 'csv').empty('').description('`csv` streams every matching entry as CSV (as `Accept: text/csv` does); paging does not apply.'),
});

export const workspaceAuditParams = Joi.object({ slug: Joi.string().max(64).required().description('The workspace\'s slug.') });

/** The query as validate() leaves it. */
export interface AuditQuery {
  actor?: string;
  action?: AuditAction[];
  target?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
  format?: 'json' | 'csv';
}

/** A parsed `target` filter. */
export function parseTarget(raw: string): { type?: AuditTargetType; id: string } {
  const at = raw.lastIndexOf(':');
  if (at < 0) return { id: raw.toLowerCase() };
  return { type: raw.slice(0, at) as AuditTargetType, id: raw.slice(at + 1).toLowerCase() };
}
