import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { toast } from '../components/toast';
import { resetSessionForTests } from '../lib/auth';
import { server } from './server';

const unhandled: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // 'error' makes the request fail; recording it as well makes the test fail even if the UI swallowed it.
  server.events.on('request:unhandled', ({ request }) => {
    unhandled.push(`${request.method} ${request.url}`);
  });
});

// Most tests load a page as a returning visitor, whose refresh cookie is worth asking for; the
// tests of a first visit clear this hint themselves.
beforeEach(() => {
  localStorage.setItem('shelfwise.hasSession', '1');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetSessionForTests();
  toast.clearAll();
  const leaked = unhandled.splice(0);
  if (leaked.length > 0) throw new Error(`Requests without a mock handler: ${leaked.join(', ')}`);
});

afterAll(() => server.close());
