import type { Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { JobsDeps } from './deps.js';
import type { JobRowsQuery, ListJobsQuery } from './jobs.schemas.js';
import { cancelJob, getJob, listJobRows, listJobs } from './jobs.service.js';

const idOf = (req: Request) => String(req.params.id).toLowerCase();

export function jobsController(deps: JobsDeps) {
  return {
    list: async (_req: Request, res: Response) => {
      res.json(await listJobs(deps, signedIn(res), inputOf<ListJobsQuery>(res, 'query')));
    },
    get: async (req: Request, res: Response) => {
      res.json(await getJob(deps, signedIn(res), idOf(req)));
    },
    cancel: async (req: Request, res: Response) => {
      res.status(202).json(await cancelJob(deps, signedIn(res), idOf(req)));
    },
    rows: async (req: Request, res: Response) => {
      res.json(await listJobRows(deps, signedIn(res), idOf(req), inputOf<JobRowsQuery>(res, 'query')));
    },
  };
}
