import Joi from 'joi';
import { EVENT_FILTERS } from './event-filter.js';
import { DELIVERY_STATUSES } from './webhook-view.js';

const DELIVERY_PAGE_MAX = 100;
const URL_MAX = 2_048;
const DESCRIPTION_MAX = 500;

const uuid = Joi.string().guid();

// http(s) only, and no user name or password in it: the signature proves who sends, and a URL's
// credentials would show in every log that prints it. Where it resolves is checked by the service.
const url = Joi.string().trim().max(URL_MAX).uri({ scheme: ['https', 'http'] })
  .custom((value: string, helpers) => {
    const parsed = new URL(value);
    return parsed.username || parsed.password ? helpers.error('url.credentials') : value;
  })
  .messages({
    'string.uriCustomScheme': '"url" must be an http:// or https:// address',
    'url.credentials': '"url" must not contain a user name or password',
  })
  .description('Where deliveries are POSTed: an http(s) URL that resolves to a public address.');

const events = Joi.array().items(Joi.string().valid(...EVENT_FILTERS)).min(1).max(EVENT_FILTERS.length).unique()
  .description('Event types (`product.updated`), a subject\'s wildcard (`product.*`), or `*` for every event.');

const description = Joi.string().trim().allow('').max(DESCRIPTION_MAX).description('What the endpoint is for (shown to admins only).');

export const workspaceParams = Joi.object({ slug: Joi.string().max(64).required().description('The workspace\'s slug.') });
export const webhookParams = workspaceParams.keys({ id: uuid.required().description('The webhook\'s id.') });
export const deliveryParams = webhookParams.keys({ deliveryId: uuid.required().description('The delivery\'s id.') });

export const createWebhookBody = Joi.object({ url: url.required(), events: events.required(), description });

export const updateWebhookBody = Joi.object({
  url,
  events,
  description,
  enabled: Joi.boolean().description('false: nothing is sent (events are not queued for it); true: sending resumes, its failure record cleared.'),
}).min(1);

export const deliveriesQuery = Joi.object({
  status: Joi.string().valid(...DELIVERY_STATUSES).empty(''),
  limit: Joi.number().integer().min(1).max(DELIVERY_PAGE_MAX).default(25),
  cursor: Joi.string().max(200).empty(''),
});
