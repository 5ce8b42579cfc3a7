import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { WebhookAccess, WebhooksDeps } from './deps.js';
import { webhooksController } from './webhooks.controller.js';
import { createWebhookBody, deliveriesQuery, deliveryParams, updateWebhookBody, webhookParams, workspaceParams } from './webhooks.schemas.js';

// Secrets and receivers' answers: never kept by a shared or a browser cache.
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * /api/v1/workspaces/:slug/webhooks: a workspace's endpoints and their delivery logs, for its
 * owners and admins (and platform admins). A session only: integrations are set up by people.
 */
export function webhooksRouter(deps: WebhooksDeps, authenticate: AuthMiddleware, access: WebhookAccess): Router {
  const c = webhooksController(deps, access);
  const router = Router({ mergeParams: true });
  router.use(authenticate.required, noStore);
  router.get('/', validate({ params: workspaceParams }), c.list);
  router.post('/', validate({ params: workspaceParams, body: createWebhookBody }), c.create);
  router.get('/:id', validate({ params: webhookParams }), c.get);
  router.patch('/:id', validate({ params: webhookParams, body: updateWebhookBody }), c.update);
  router.delete('/:id', validate({ params: webhookParams }), c.remove);
  router.post('/:id/rotate-secret', validate({ params: webhookParams }), c.rotate);
  router.post('/:id/ping', validate({ params: webhookParams }), c.ping);
  router.get('/:id/deliveries', validate({ params: webhookParams, query: deliveriesQuery }), c.deliveries);
  router.get('/:id/deliveries/:deliveryId', validate({ params: deliveryParams }), c.delivery);
  router.post('/:id/deliveries/:deliveryId/redeliver', validate({ params: deliveryParams }), c.redeliver);
  return router;
}
