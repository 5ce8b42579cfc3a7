import type { JobView } from '../features/jobs/types';

let sequence = 0;

/** A job as GET /api/v1/jobs/:id shows it; finished by default. */
export function makeJob(overrides: Partial<JobView> = {}): JobView {
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;
  return {
    id,
    kind: 'bulk_edit',
    state: 'succeeded',
    workspace: { id: 'ws-personal', slug: 'personal' },
    owner: { id: 'user-owner', name: 'Olive Owner' },
    total: 2,
    done: 2,
    failed: 0,
    percent: 100,
    etaSeconds: 0,
    errors: [],
    error: null,
    createdAt: '2026-12-03T09:00:00.000Z',
    startedAt: '2026-12-03T09:00:01.000Z',
    finishedAt: '2026-12-03T09:00:02.000Z',
    cancelRequestedAt: null,
    result: null,
    links: { rows: `/api/v1/jobs/${id}/rows` },
    ...overrides,
  };
}
