import type { Request, Response } from 'express';
import { sendProblem } from '../../lib/http/problem.js';
import { liveness, readiness, type HealthDeps } from './health.service.js';

export function healthController(deps: HealthDeps) {
  return {
    live(_req: Request, res: Response) {
      res.setHeader('Cache-Control', 'no-store');
      res.json(liveness(deps.version));
    },
    async ready(_req: Request, res: Response) {
      res.setHeader('Cache-Control', 'no-store');
      const report = await readiness(deps);
      if (report.status !== 'unavailable') {
        res.json(report);
        return;
      }
      // Not ready is still a problem document, so every non-2xx answer has one shape.
      sendProblem(res, {
        status: 503,
        code: report.draining ? 'draining' : 'not_ready',
        detail: report.draining ? 'The instance is shutting down' : 'The database is unavailable',
        extensions: { checks: report.checks },
      });
    },
  };
}
