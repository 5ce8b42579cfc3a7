import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';

/** The last route of a router: whatever reaches it has no handler. */
export function routeNotFound(req: Request, _res: Response, next: NextFunction): void {
  next(new AppError(404, 'route_not_found', `No route for ${req.method} ${req.originalUrl.split('?')[0]}`));
}
