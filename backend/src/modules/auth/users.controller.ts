import type { Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { AuthDeps } from './deps.js';
import type { ChangeRoleBody, ListUsersQuery } from './users.schemas.js';
import { deactivateUser, reactivateUser } from './user-status.service.js';
import { changeRole, listUsers } from './users.service.js';

export function usersController(deps: AuthDeps) {
  // Arrow functions rather than methods: the router is handed each handler on its own, detached from
  // this object, and an arrow function has no `this` to lose.
  return {
    list: async (_req: unknown, res: Response) => {
      res.json(await listUsers(deps, inputOf<ListUsersQuery>(res, 'query')));
    },

    changeRole: async (_req: unknown, res: Response) => {
      const principal = signedIn(res);
      const { id } = inputOf<{ id: string }>(res, 'params');
      const { role } = inputOf<ChangeRoleBody>(res, 'body');
      res.json({ user: await changeRole(deps, principal, id, role) });
    },

    deactivate: async (_req: unknown, res: Response) => {
      const principal = signedIn(res);
      res.json({ user: await deactivateUser(deps, principal, inputOf<{ id: string }>(res, 'params').id) });
    },

    reactivate: async (_req: unknown, res: Response) => {
      const principal = signedIn(res);
      res.json({ user: await reactivateUser(deps, principal, inputOf<{ id: string }>(res, 'params').id) });
    },
  };
}
