import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeAuth } from '../../test/fixtures';
import { liveStream, makeEvent } from '../../test/live-stream';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { endSession, startSession } from '../auth';
import type { LiveEvent } from './client';
import { useLiveConnected, useLiveEvents } from './provider';

function Listener() {
  const [seen, setSeen] = useState<LiveEvent[]>([]);
  useLiveEvents((event) => setSeen((all) => [...all, event]));
  const connected = useLiveConnected();
  return (
    <>
      <p>{connected ? 'Connected' : 'Not connected'}</p>
      <ul aria-label="Events">
        {seen.map((event) => (
          <li key={event.id}>{event.type}</li>
        ))}
      </ul>
    </>
  );
}

describe('LiveEventsProvider and useLiveEvents', () => {
  it('when signed in, then the listeners get each event and the connection is reported open', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    renderWithProviders(<Listener />, { session: makeAuth() });
    const first = await stream.connection(1);
    expect(await screen.findByText('Connected')).toBeInTheDocument();
    first.send(makeEvent({ type: 'product.updated' }));
    first.send(makeEvent({ type: 'job.updated' }));
    expect(await screen.findByText('job.updated')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['product.updated', 'job.updated']);
  });

  it('when signed out, then nothing is asked for and nothing is connected', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    renderWithProviders(<Listener />, { session: 'anonymous' });
    expect(screen.getByText('Not connected')).toBeInTheDocument();
    // A render later, still nothing.
    await act(() => Promise.resolve());
    expect(stream.connections).toHaveLength(0);
  });

  it('when the user signs out, then the stream closes; another user gets a stream of their own, from the start', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    renderWithProviders(<Listener />, { session: makeAuth({ accessToken: 'first-user' }) });
    const first = await stream.connection(1);
    first.send(makeEvent({ type: 'product.created' }));
    await screen.findByText('product.created');

    act(() => endSession('signed_out'));
    expect(await screen.findByText('Not connected')).toBeInTheDocument();
    expect(stream.connections).toHaveLength(1);

    act(() => startSession(makeAuth({ accessToken: 'second-user' })));
    const second = await stream.connection(2);
    expect(second.headers.get('authorization')).toBe('Bearer second-user');
    expect(second.headers.get('last-event-id')).toBeNull();
  });

  it('when the stream says reset, then every query is read again', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    const read = vi.fn(() => Promise.resolve(read.mock.calls.length));
    function Reader() {
      const query = useQuery({ queryKey: ['anything'], queryFn: read, staleTime: Infinity });
      return <p>Read {query.data ?? 0} times</p>;
    }
    renderWithProviders(<Reader />, { session: makeAuth() });
    expect(await screen.findByText('Read 1 times')).toBeInTheDocument();
    const first = await stream.connection(1);
    first.write('id: 9000\nevent: reset\ndata: {"reason":"too_old"}\n\n');
    expect(await screen.findByText('Read 2 times')).toBeInTheDocument();
  });
});
