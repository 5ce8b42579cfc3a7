import Joi from 'joi';
import { SCOPES, type Scope } from '../../lib/http/authenticate.js';
import { singleLineText } from '../../lib/http/text.js';

const MAX_EXPIRY_DAYS = 3_650;

const siblingsOf = (helpers: Joi.CustomHelpers) => (helpers.state.ancestors as Array<Record<string, unknown>>)[0] ?? {};

// Either an instant or a number of days from now, or neither (the key does not expire). The
// either-or is a rule on the field rather than Joi's oxor(), whose derived JSON Schema (a `not`
// over `required`) linters misread.
export const createApiKeyBody = Joi.object({
  name: singleLineText().trim().min(1).max(100).required(),
  scopes: Joi.array().items(Joi.string().valid(...SCOPES)).min(1).unique().required(),
  expiresAt: Joi.date().iso().greater('now'),
  expiresInDays: Joi.number()
    .integer()
    .min(1)
    .max(MAX_EXPIRY_DAYS)
    .custom((days: number, helpers) => (siblingsOf(helpers).expiresAt === undefined ? days : helpers.error('expiry.both')))
    .messages({ 'expiry.both': '"expiresInDays" cannot be combined with "expiresAt"; give one of them' }),
});

export const apiKeyIdParams = Joi.object({ id: Joi.string().guid().required() });

export interface CreateApiKeyBody {
  name: string;
  scopes: Scope[];
  expiresAt?: Date;
  expiresInDays?: number;
}
