import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { personalWorkspace } from './fixtures';

export const API = 'http://localhost:3000/api/v1';

/**
 * The API, mocked at the network layer: each test declares the endpoints it expects to be called.
 * One is declared for all: the header's workspace switcher lists a signed-in user's workspaces on
 * every page, and unless a test says otherwise that is their personal one, which they own.
 */
export const server = setupServer(http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace()] })));
