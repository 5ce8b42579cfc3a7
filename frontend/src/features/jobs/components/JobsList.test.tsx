import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth } from '../../../test/fixtures';
import { makeJob } from '../../../test/jobs';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';

describe('the jobs page (/jobs)', () => {
  it('lists the jobs newest first; a running one shows its live bar and is cancelled; the filters go to the API', async () => {
    const running = makeJob({ kind: 'import', state: 'running', total: 200, done: 50, percent: 25, etaSeconds: 90, owner: { id: 'u1', name: 'Olive Owner' } });
    const done = makeJob({ kind: 'bulk_edit', result: { applied: 2 } });
    const queries: string[] = [];
    const cancelled: string[] = [];
    server.use(
      http.get(`${API}/jobs`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ data: [running, done], nextCursor: null });
      }),
      http.get(`${API}/jobs/${running.id}`, () => HttpResponse.json(cancelled.length ? { ...running, cancelRequestedAt: '2026-12-03T09:01:00.000Z' } : running)),
      http.post(`${API}/jobs/${running.id}/cancel`, () => {
        cancelled.push(running.id);
        return HttpResponse.json({ ...running, cancelRequestedAt: '2026-12-03T09:01:00.000Z' }, { status: 202 });
      }),
    );
    const { user } = renderApp('/jobs', { session: makeAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeInTheDocument();
    const table = within(await screen.findByRole('table', { name: 'Jobs, newest first' }));
    const [, first, second] = table.getAllByRole('row');
    expect(first).toHaveTextContent('CSV import');
    expect(first).toHaveTextContent('Olive Owner');
    expect(within(first!).getByRole('progressbar', { name: 'CSV import progress' })).toHaveAccessibleDescription('50 of 200 rows (25%) · about 2 minutes left');
    expect(second).toHaveTextContent('Bulk change');
    expect(second).toHaveTextContent('Finished');
    await waitFor(() => expect(document.title).toBe('Jobs · Shelfwise'));

    await user.click(within(first!).getByRole('button', { name: /^Cancel CSV import of/ }));
    expect(cancelled).toEqual([running.id]);
    expect(await within(first!).findByRole('button', { name: /^Cancel CSV import of/ })).toHaveTextContent('Cancelling…');

    await user.selectOptions(screen.getByLabelText('State'), 'failed');
    await waitFor(() => expect(queries.at(-1)).toBe('?state=failed'));
  });
});
