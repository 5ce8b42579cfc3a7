import { HttpResponse } from 'msw';
import type { FieldError, Problem } from '../lib/api-error';
import type { AuthResponse, User } from '../lib/auth';
import type { Product } from '../features/products/types';

let sequence = 0;
const next = () => ++sequence;

export function makeUser(overrides: Partial<User> = {}): User {
  const n = next();
  return {
    id: `user-${n}`,
    email: `user${n}@example.com`,
    name: `User ${n}`,
    role: 'USER',
    createdAt: '2025-01-15T10:00:00.000Z',
    twoFactorEnabled: false,
    deactivatedAt: null,
    emailVerified: true,
    ...overrides,
  };
}

export function makeAuth(overrides: Partial<AuthResponse> = {}): AuthResponse {
  return { user: makeUser(), accessToken: `access-${next()}`, refreshToken: 'opaque', expiresIn: 900, ...overrides };
}

export function makeProduct(overrides: Partial<Product> = {}): Product {
  const n = next();
  return {
    id: `product-${n}`,
    name: `Product ${n}`,
    description: `Description of product ${n}`,
    sku: `SKU-${n}`,
    price: '19.99',
    currency: 'EUR',
    stock: 5,
    status: 'active',
    ownerId: 'user-owner',
    createdAt: '2025-02-01T10:00:00.000Z',
    updatedAt: '2025-02-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Opaque like the API's (`"<version>-<hash>"`): the client must echo it, never build it. */
export function etagOf(product: Pick<Product, 'id' | 'version'>): string {
  return `"${product.version}-${product.id.replace(/[^a-z0-9]/gi, '')}"`;
}

/** An RFC 9457 answer shaped like the API's (its Problem schema). */
export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
  headers?: Record<string, string>,
  /** Extension members, e.g. `reason` on a refused token. */
  extensions?: Record<string, unknown>,
) {
  const body: Problem = {
    ...extensions,
    type: `urn:shelfwise:problem:${code}`,
    title: 'Error',
    status,
    detail,
    code,
    requestId: 'req-test',
    ...(errors ? { errors } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}
