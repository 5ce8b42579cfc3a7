import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, useState } from 'react';
import { createMemoryRouter, Route, RouterProvider, Routes, useLocation } from 'react-router';
import { AppProviders } from '../app/providers';
import { AppRoutes } from '../app/routes';
import { type AuthResponse, endSession, startSession } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';

/** Shows the router's current URL so tests can assert on it. */
function LocationDisplay() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

/** A data router, as the app's (App.tsx), so useBlocker works in the tested forms. */
function TestRouter({ route, children }: { route: string; children: ReactElement }) {
  const [router] = useState(() => createMemoryRouter([{ path: '*', element: children }], { initialEntries: [route] }));
  return <RouterProvider router={router} />;
}

type SessionSetup = AuthResponse | 'anonymous' | 'restoring';

function applySession(session: SessionSetup) {
  if (session === 'anonymous') endSession();
  else if (session !== 'restoring') startSession(session);
}

function testQueryClient() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  return client;
}

/** The whole app (layout, routes, providers) at `route`. */
export function renderApp(route: string, { session = 'anonymous' }: { session?: SessionSetup } = {}) {
  applySession(session);
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <TestRouter route={route}>
        <>
          <AppRoutes />
          <LocationDisplay />
        </>
      </TestRouter>
    </AppProviders>,
  );
  return { ...utils, user, queryClient };
}

/** One component, with the providers and a router; `path` lets it read route params. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '*', session = 'anonymous' }: { route?: string; path?: string; session?: SessionSetup } = {},
) {
  applySession(session);
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <TestRouter route={route}>
        <>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
          <LocationDisplay />
        </>
      </TestRouter>
    </AppProviders>,
  );
  return { ...utils, user, queryClient };
}
