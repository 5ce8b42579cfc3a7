import type { Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import { getDelivery, listDeliveries, redeliver, type DeliveryQuery } from './deliveries.service.js';
import type { WebhookAccess, WebhooksDeps } from './deps.js';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, pingWebhook, rotateSecret, updateWebhook, type WebhookChanges, type WebhookInput } from './endpoints.service.js';

interface Params {
  slug: string;
  id: string;
  deliveryId: string;
}

export function webhooksController(deps: WebhooksDeps, access: WebhookAccess) {
  /** The caller, the workspace (if they may manage its webhooks) and the route's params. */
  async function scopeOf(res: Response) {
    const principal = signedIn(res);
    const params = inputOf<Params>(res, 'params');
    const workspace = await access(principal, params.slug);
    return { scope: { principal, workspace }, params };
  }

  return {
    list: async (_req: Request, res: Response) => {
      const { scope } = await scopeOf(res);
      res.json(await listWebhooks(deps, scope));
    },
    create: async (_req: Request, res: Response) => {
      const { scope } = await scopeOf(res);
      const created = await createWebhook(deps, scope, inputOf<WebhookInput>(res, 'body'));
      res.status(201).location(`/api/v1/workspaces/${encodeURIComponent(scope.workspace.slug)}/webhooks/${created.id}`).json(created);
    },
    get: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.json(await getWebhook(deps, scope, params.id));
    },
    update: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.json(await updateWebhook(deps, scope, params.id, inputOf<WebhookChanges>(res, 'body')));
    },
    remove: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      await deleteWebhook(deps, scope, params.id);
      res.status(204).end();
    },
    rotate: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.json(await rotateSecret(deps, scope, params.id));
    },
    ping: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.status(202).json(await pingWebhook(deps, scope, params.id));
    },
    deliveries: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.json(await listDeliveries(deps, scope, params.id, inputOf<DeliveryQuery>(res, 'query')));
    },
    delivery: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.json(await getDelivery(deps, scope, params.id, params.deliveryId));
    },
    redeliver: async (_req: Request, res: Response) => {
      const { scope, params } = await scopeOf(res);
      res.status(202).json(await redeliver(deps, scope, params.id, params.deliveryId));
    },
  };
}
