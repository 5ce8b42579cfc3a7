import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveStream, makeEvent } from '../../test/live-stream';
import { makeAuth, problem } from '../../test/fixtures';
import { API, server } from '../../test/server';
import { freshAccessToken } from '../api-client';
import { getAccessToken, getSession, startSession } from '../auth';
import { connectLiveEvents, type LiveConnection, type LiveEvent, type LiveStatus } from './client';

let connection: LiveConnection | null = null;
afterEach(() => connection?.close());

/** The client as the app runs it (the app's token and its shared refresh), without waiting between attempts. */
function connect() {
  const events: LiveEvent[] = [];
  const statuses: LiveStatus[] = [];
  const onReset = vi.fn();
  connection = connectLiveEvents({
    url: `${API}/events/stream`,
    getToken: getAccessToken,
    refreshToken: freshAccessToken,
    onEvent: (event) => events.push(event),
    onReset,
    onStatus: (status) => statuses.push(status),
    random: () => 0,
  });
  return { events, statuses, onReset };
}

describe('connectLiveEvents', () => {
  it('when the stream sends events, then each arrives once, parsed, whatever the chunks, and heartbeats are no event', async () => {
    startSession(makeAuth({ accessToken: 'token-a' }));
    const stream = liveStream();
    server.use(stream.handler);
    const { events, statuses } = connect();
    const first = await stream.connection(1);
    expect(first.headers.get('authorization')).toBe('Bearer token-a');
    expect(first.headers.get('last-event-id')).toBeNull();

    const one = makeEvent({ type: 'product.updated', version: 2 });
    const two = makeEvent({ type: 'job.updated' });
    const text = `retry: 2000\n\n: heartbeat\n\nid: ${one.seq}\nevent: ${one.type}\ndata: ${JSON.stringify(one)}\n\nid: ${two.seq}\nevent: ${two.type}\ndata: ${JSON.stringify(two)}\n\n`;
    // Cut in the middle of a message (and of its JSON): the parser holds the part until the rest comes.
    first.write(text.slice(0, 40));
    first.write(text.slice(40, 200));
    first.write(text.slice(200));

    await vi.waitFor(() => expect(events).toEqual([one, two]));
    expect(statuses).toEqual(['connecting', 'open']);
  });

  it('when the stream ends, then it reconnects with the last id it handled as Last-Event-ID', async () => {
    startSession(makeAuth());
    const stream = liveStream();
    server.use(stream.handler);
    const { events, statuses } = connect();
    const first = await stream.connection(1);
    const event = makeEvent({ type: 'product.created' });
    first.send(event);
    await vi.waitFor(() => expect(events).toHaveLength(1));
    first.close();

    const second = await stream.connection(2);
    expect(second.headers.get('last-event-id')).toBe(String(event.seq));
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'open', 'connecting', 'open']));
  });

  it('when the network fails, then it tries again (with the id it had)', async () => {
    startSession(makeAuth());
    const stream = liveStream((_, index) => (index === 1 ? HttpResponse.error() : undefined));
    server.use(stream.handler);
    connect();
    const first = await stream.connection(1);
    const event = makeEvent({ type: 'product.created' });
    first.send(event);
    first.close();
    const third = await stream.connection(3);
    expect(stream.connections).toHaveLength(3);
    expect(third.headers.get('last-event-id')).toBe(String(event.seq));
  });

  it('when the API answers 401, then it refreshes the session once through the shared refresh and reconnects with the new token', async () => {
    startSession(makeAuth({ accessToken: 'expired' }));
    const refresh = vi.fn(() => HttpResponse.json(makeAuth({ accessToken: 'fresh' })));
    server.use(http.post(`${API}/auth/refresh`, refresh));
    const stream = liveStream((request) =>
      request.headers.get('authorization') === 'Bearer expired' ? problem(401, 'invalid_token', 'The access token has expired') : undefined,
    );
    server.use(stream.handler);
    const { statuses } = connect();

    const second = await stream.connection(2);
    expect(second.headers.get('authorization')).toBe('Bearer fresh');
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('open'));
  });

  it('when the stream ends for the credential, then it refreshes and resumes from the last id', async () => {
    startSession(makeAuth({ accessToken: 'old' }));
    server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.json(makeAuth({ accessToken: 'new' }))));
    const stream = liveStream();
    server.use(stream.handler);
    connect();
    const first = await stream.connection(1);
    const event = makeEvent({ type: 'product.updated' });
    first.send(event);
    first.write('event: end\ndata: {"reason":"credential","code":"token_expired"}\n\n');

    const second = await stream.connection(2);
    expect(second.headers.get('authorization')).toBe('Bearer new');
    expect(second.headers.get('last-event-id')).toBe(String(event.seq));
  });

  it('when the refresh is refused, then the session ends and no stream is asked for again', async () => {
    startSession(makeAuth({ accessToken: 'revoked' }));
    server.use(http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_refresh_token', 'The refresh token is invalid')));
    const stream = liveStream(() => problem(401, 'invalid_token', 'The session was ended', undefined, undefined, { reason: 'logout_all' }));
    server.use(stream.handler);
    const { statuses } = connect();

    await vi.waitFor(() => expect(statuses.at(-1)).toBe('closed'));
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'signed_out_everywhere' });
    expect(stream.connections).toHaveLength(1);
  });

  it('when the server drains, then it reconnects and resumes', async () => {
    startSession(makeAuth());
    const stream = liveStream();
    server.use(stream.handler);
    connect();
    const first = await stream.connection(1);
    const event = makeEvent({ type: 'product.trashed' });
    first.send(event);
    first.write('event: end\ndata: {"reason":"draining"}\n\n');
    const second = await stream.connection(2);
    expect(second.headers.get('last-event-id')).toBe(String(event.seq));
  });

  it('when the stream says reset, then everything is to be read again and it goes on from the reset id', async () => {
    startSession(makeAuth());
    const stream = liveStream();
    server.use(stream.handler);
    const { onReset, events } = connect();
    const first = await stream.connection(1);
    first.write('id: 5000\nevent: reset\ndata: {"reason":"too_old"}\n\n');
    await vi.waitFor(() => expect(onReset).toHaveBeenCalledTimes(1));
    expect(events).toEqual([]);
    first.close();
    const second = await stream.connection(2);
    expect(second.headers.get('last-event-id')).toBe('5000');
  });

  it('when closed, then it reads no more and does not reconnect', async () => {
    startSession(makeAuth());
    const stream = liveStream();
    server.use(stream.handler);
    const { events, statuses } = connect();
    const first = await stream.connection(1);
    connection!.close();
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('closed'));
    first.send(makeEvent({ type: 'product.created' }));
    first.close();
    expect(events).toEqual([]);
    expect(stream.connections).toHaveLength(1);
  });

  it('when the tab has no session, then it asks for nothing', async () => {
    const stream = liveStream();
    server.use(stream.handler);
    const { statuses } = connect();
    await vi.waitFor(() => expect(statuses).toEqual(['closed']));
    expect(stream.connections).toHaveLength(0);
  });
});
