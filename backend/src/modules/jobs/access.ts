import type { Actor } from '../workspaces/index.js';

// Who may see (and cancel) a job: the user who started it, the owners and admins of its workspace,
// and platform admins. Anyone else, the workspace's other members included, is told it does not
// exist. Row-level security lets every member read it (migration 20261206090000_jobs): the finer
// rule is this one.

export function maySeeJob(userId: string, actor: Actor, job: { ownerId: string | null }): boolean {
  return job.ownerId === userId || mayOverseeJobs(actor);
}

/** Owners and admins of a workspace (and platform admins) see all of its jobs. */
export const mayOverseeJobs = (actor: Actor) => actor.platformAdmin || actor.role === 'owner' || actor.role === 'admin';
