import { Router } from 'express';
import { requireScope, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { eventsController } from './events.controller.js';
import type { Streams } from './stream.js';

/** /api/v1/events: the live stream, for a session or an API key that may read products. */
export function eventsRouter(streams: Streams, authenticate: AuthMiddleware): Router {
  const c = eventsController(streams);
  const router = Router();
  router.get('/stream', authenticate.orApiKey.required, requireScope('products:read'), c.stream);
  return router;
}
