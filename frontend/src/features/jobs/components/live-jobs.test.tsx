import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, problem } from '../../../test/fixtures';
import { makeJob } from '../../../test/jobs';
import { liveStream, makeEvent } from '../../../test/live-stream';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { JobView } from '../types';

/** A job's event as the API sends it: its row's fields, without the view's names and links. */
function jobEvent(type: 'job.created' | 'job.updated', job: JobView) {
  const { workspace, owner, errors, links, ...row } = job;
  void errors;
  void links;
  return makeEvent({ type, subjectId: job.id, workspaceId: workspace.id, payload: { ...row, workspaceId: workspace.id, ownerId: owner?.id ?? null } });
}

function jobsApi(listed: JobView[], current: () => JobView) {
  const reads = { list: 0, job: 0 };
  server.use(
    http.get(`${API}/jobs`, () => {
      reads.list++;
      return HttpResponse.json({ data: listed, nextCursor: null });
    }),
    http.get(`${API}/jobs/:id`, () => {
      reads.job++;
      return HttpResponse.json(current());
    }),
  );
  return reads;
}

describe('jobs followed live', () => {
  it('when the stream is connected, then its job events move the bar, and a finished job is read once for what no event carries', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    const running = makeJob({ kind: 'import', state: 'running', total: 200, done: 50, failed: 0, percent: 25, etaSeconds: 90, finishedAt: null });
    let served = running;
    const reads = jobsApi([running], () => served);
    renderApp('/jobs', { session: makeAuth() });
    const table = within(await screen.findByRole('table', { name: 'Jobs, newest first' }));
    const connection = await stream.connection(1);
    const bar = () => table.getByRole('progressbar', { name: 'CSV import progress' });
    expect(bar()).toHaveAccessibleDescription('50 of 200 rows (25%) · about 2 minutes left');

    // The API would still say 50: the bar can only move by the event.
    connection.send(jobEvent('job.updated', { ...running, done: 150, percent: 75, etaSeconds: 30 }));
    await waitFor(() => expect(bar()).toHaveAccessibleDescription('150 of 200 rows (75%) · less than a minute left'));

    const before = reads.job;
    served = { ...running, state: 'succeeded', done: 200, percent: 100, etaSeconds: 0, finishedAt: '2026-12-03T09:02:00.000Z', result: { created: 200 } };
    connection.send(jobEvent('job.updated', served));
    await waitFor(() => expect(table.getAllByRole('row')[1]).toHaveTextContent('Finished'));
    await waitFor(() => expect(reads.job).toBe(before + 1));
  });

  it('when a job is created, then the list is read again', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    const first = makeJob({ kind: 'bulk_edit' });
    const listed = [first];
    const reads = jobsApi(listed, () => first);
    renderApp('/jobs', { session: makeAuth() });
    await screen.findByRole('table', { name: 'Jobs, newest first' });
    const connection = await stream.connection(1);
    const created = makeJob({ kind: 'import', state: 'queued', total: null, done: 0, percent: null, etaSeconds: null, finishedAt: null });
    listed.unshift(created);
    connection.send(jobEvent('job.created', created));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    expect(reads.list).toBe(2);
  });

  it('when the stream is not connected, then a running job is polled as before', async () => {
    server.use(http.get(`${API}/events/stream`, () => problem(503, 'events_unavailable', 'Not now')));
    const running = makeJob({ kind: 'import', state: 'running', total: 200, done: 50, percent: 25, etaSeconds: 90, finishedAt: null });
    const reads = jobsApi([running], () => running);
    renderApp('/jobs', { session: makeAuth() });
    await screen.findByRole('table', { name: 'Jobs, newest first' });
    await waitFor(() => expect(reads.job).toBeGreaterThanOrEqual(2), { timeout: 4_000 });
  });
});
