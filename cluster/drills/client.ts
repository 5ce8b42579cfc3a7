import { randomBytes } from 'node:crypto';
import { header, http, json, type Reply } from './http.js';

export interface Product {
  id: string;
  name: string;
  description: string;
  sku: string;
  version: number;
  stock: number;
  status: string;
}

export interface User {
  email: string;
  password: string;
  token: string;
}

/** The API through one base URL (HAProxy, or one instance directly), as a signed-in user or anonymous. */
export class Api {
  constructor(readonly baseUrl: string, readonly user?: User) {}

  as(user: User): Api {
    return new Api(this.baseUrl, user);
  }

  at(baseUrl: string): Api {
    return new Api(baseUrl, this.user);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.user ? { authorization: `Bearer ${this.user.token}` } : {}), ...extra };
  }

  get(path: string, extra?: Record<string, string>, timeoutMs?: number): Promise<Reply> {
    return http(`${this.baseUrl}${path}`, { headers: this.headers(extra), ...(timeoutMs ? { timeoutMs } : {}) });
  }

  send(method: string, path: string, body: unknown, extra?: Record<string, string>, timeoutMs?: number): Promise<Reply> {
    return http(`${this.baseUrl}${path}`, { method, json: body, headers: this.headers(extra), ...(timeoutMs ? { timeoutMs } : {}) });
  }

  product(id: string): Promise<Reply> {
    return this.get(`/api/v1/products/${id}`);
  }

  createProduct(fields: Partial<Product> & { price?: string } = {}): Promise<Reply> {
    const sku = `DRILL-${randomBytes(6).toString('hex')}`;
    return this.send('POST', '/api/v1/products', { name: `Drill ${sku}`, sku, price: '9.99', stock: 0, status: 'active', ...fields }, {
      'idempotency-key': randomBytes(12).toString('hex'),
    });
  }

  updateProduct(id: string, etag: string, fields: Partial<Product>): Promise<Reply> {
    return this.send('PATCH', `/api/v1/products/${id}`, fields, { 'if-match': etag });
  }
}

/** Registers a fresh user (one per drill run), signs it in (a sign-up issues no tokens) and returns its bearer token. */
export async function registerUser(api: Api, label: string): Promise<User> {
  const email = `drill-${label}-${randomBytes(4).toString('hex')}@example.com`;
  const password = `Drill-${randomBytes(12).toString('base64url')}`;
  const reply = await api.send('POST', '/api/v1/auth/register', { email, password, name: `Drill ${label}` });
  if (reply.status !== 202) throw new Error(`registering ${email} failed: ${reply.status} ${reply.error ?? reply.body.slice(0, 300)}`);
  return signIn(api, { email, password, token: '' });
}

/** Another sign-in of the same user: a client with its own session and token. */
export async function signIn(api: Api, user: User): Promise<User> {
  const reply = await api.send('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
  if (reply.status !== 200) throw new Error(`signing in ${user.email} failed: ${reply.status} ${reply.error ?? reply.body.slice(0, 300)}`);
  return { ...user, token: json<{ accessToken: string }>(reply).accessToken };
}

/** A product with its current ETag, ready for an If-Match update. */
export async function createOwnProduct(api: Api, fields: Partial<Product> = {}): Promise<{ product: Product; etag: string }> {
  const reply = await api.createProduct(fields);
  if (reply.status !== 201) throw new Error(`creating a product failed: ${reply.status} ${reply.error ?? reply.body.slice(0, 300)}`);
  return { product: json<Product>(reply), etag: header(reply, 'etag')! };
}
