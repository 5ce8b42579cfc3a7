import { setupServer } from 'msw/node';

/** The API, mocked at the network layer: each test declares the endpoints it expects to be called. */
export const server = setupServer();

export const API = 'http://localhost:3000/api/v1';
