import type { Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { CreateCategoryInput, UpdateCategoryInput } from './categories.schemas.js';
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories.service.js';
import type { CategoriesDeps } from './deps.js';

const idOf = (res: Response) => inputOf<{ id: string }>(res, 'params').id;

export function categoriesController(deps: CategoriesDeps) {
  // Arrow functions: the router is handed each handler on its own, detached from this object.
  return {
    list: async (_req: Request, res: Response) => {
      // Public and the same for everyone: revalidated with the ETag Express derives from the body.
      res.set('Cache-Control', 'no-cache').json({ data: await listCategories(deps) });
    },
    create: async (req: Request, res: Response) => {
      const created = await createCategory(deps, signedIn(res), inputOf<CreateCategoryInput>(res, 'body'));
      res.status(201).location(`${req.baseUrl}/${created.id}`).json(created);
    },
    update: async (_req: Request, res: Response) => {
      res.json(await updateCategory(deps, signedIn(res), idOf(res), inputOf<UpdateCategoryInput>(res, 'body')));
    },
    remove: async (_req: Request, res: Response) => {
      await deleteCategory(deps, signedIn(res), idOf(res));
      res.status(204).end();
    },
  };
}
