import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAuth } from '../test/fixtures';
import { API, server } from '../test/server';
import { getSession, startSession } from './auth';
import { announce, startSessionSync } from './session-sync';

/** Stands for another tab of the same browser. */
function otherTab() {
  const channel = new BroadcastChannel('shelfwise-auth');
  const received: unknown[] = [];
  channel.onmessage = (event) => received.push(event.data);
  return { channel, received };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('session sync across tabs', () => {
  let stop: () => void = () => undefined;
  const tabs: BroadcastChannel[] = [];
  afterEach(() => {
    stop();
    tabs.splice(0).forEach((c) => c.close());
  });

  it('when another tab signs out everywhere, then this tab is signed out too, for that reason', async () => {
    startSession(makeAuth());
    stop = startSessionSync();
    const tab = otherTab();
    tabs.push(tab.channel);

    tab.channel.postMessage({ type: 'signed-out', reason: 'signed_out_everywhere' });

    await until(() => getSession().status === 'anonymous');
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'signed_out_everywhere' });
  });

  it.each([
    ['gives no reason (a tab of an older build)', { type: 'signed-out' }],
    ['gives a reason this build does not know', { type: 'signed-out', reason: 'abducted' }],
  ])('when another tab signs out and %s, then this tab is signed out as by a plain sign-out', async (_case, message) => {
    startSession(makeAuth());
    stop = startSessionSync();
    const tab = otherTab();
    tabs.push(tab.channel);

    tab.channel.postMessage(message);

    await until(() => getSession().status === 'anonymous');
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'signed_out' });
  });

  it('when another tab signs in, then a signed-out tab restores the session from the cookie', async () => {
    const auth = makeAuth();
    server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.json(auth)));
    stop = startSessionSync();
    const tab = otherTab();
    tabs.push(tab.channel);

    tab.channel.postMessage({ type: 'signed-in' });

    await until(() => getSession().status === 'authenticated');
    expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
  });

  it('tells the other tabs when this one signs out, and why', async () => {
    stop = startSessionSync();
    const tab = otherTab();
    tabs.push(tab.channel);

    announce({ type: 'signed-out', reason: 'signed_out_everywhere' });

    await until(() => tab.received.length === 1);
    expect(tab.received).toEqual([{ type: 'signed-out', reason: 'signed_out_everywhere' }]);
  });
});
