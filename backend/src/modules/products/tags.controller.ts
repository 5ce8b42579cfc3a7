import type { Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { ProductsDeps } from './deps.js';
import { suggestTags } from './tags.service.js';

export function tagsController(deps: ProductsDeps) {
  return {
    suggest: async (req: Request, res: Response) => {
      const { prefix, limit } = inputOf<{ prefix: string; limit: number }>(res, 'query');
      const data = await suggestTags(deps, signedIn(res), String(req.params.slug), prefix, limit);
      // Per caller (membership decides), and new tags arrive with every product write.
      res.set('Cache-Control', 'private, no-cache').vary('Authorization').json({ data });
    },
  };
}
