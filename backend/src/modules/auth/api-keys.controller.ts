import type { Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { CreateApiKeyBody } from './api-keys.schemas.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.js';
import type { AuthDeps } from './deps.js';

export function apiKeysController(deps: AuthDeps) {
  // Arrow functions: the router is handed each handler on its own, detached from this object.
  return {
    list: async (_req: unknown, res: Response) => {
      res.json({ data: await listApiKeys(deps, signedIn(res)) });
    },

    create: async (_req: unknown, res: Response) => {
      res.status(201).json(await createApiKey(deps, signedIn(res), inputOf<CreateApiKeyBody>(res, 'body')));
    },

    revoke: async (_req: unknown, res: Response) => {
      await revokeApiKey(deps, signedIn(res), inputOf<{ id: string }>(res, 'params').id);
      res.status(204).end();
    },
  };
}
