import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
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

afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetSessionForTests();
  toast.clearAll();
  const leaked = unhandled.splice(0);
  if (leaked.length > 0) throw new Error(`Requests without a mock handler: ${leaked.join(', ')}`);
});

afterAll(() => server.close());
