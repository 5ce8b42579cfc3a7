import { Router } from 'express';
import { healthController } from './health.controller.js';
import type { HealthDeps } from './health.service.js';

/** GET (and so HEAD) /health and /health/ready, for load balancers and orchestrators. */
export function healthRouter(deps: HealthDeps): Router {
  const controller = healthController(deps);
  return Router().get('/health', controller.live).get('/health/ready', controller.ready);
}
