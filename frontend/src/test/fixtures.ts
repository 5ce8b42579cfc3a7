import { HttpResponse } from 'msw';
import type { FieldError, Problem } from '../lib/api-error';
import type { AuthResponse, User } from '../lib/auth';
import type { Product } from '../features/products/types';
import type { Invitation, Member, Workspace, WorkspaceAction, WorkspaceRole } from '../features/workspaces/types';

/** The workspace every test user has unless a test says otherwise (test/server.ts answers GET /workspaces with it). */
const PERSONAL_WORKSPACE_ID = 'ws-personal';

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
    lowStockThreshold: null,
    stockState: 'in',
    status: 'active',
    categoryIds: [],
    tags: [],
    images: [],
    trashedAt: null,
    purgeAt: null,
    ownerId: 'user-owner',
    workspaceId: PERSONAL_WORKSPACE_ID,
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


const EVERY_ACTION: WorkspaceAction[] = [
  'workspace.read', 'workspace.rename', 'workspace.delete', 'workspace.leave', 'member.list', 'member.invite',
  'member.change_role', 'member.remove', 'ownership.transfer', 'invitation.list', 'invitation.revoke',
  'product.read_drafts', 'product.create', 'product.update', 'product.delete', 'audit.read', 'webhook.manage',
];
const NOT_FOR_ADMINS: WorkspaceAction[] = ['workspace.delete', 'ownership.transfer', 'audit.read'];
const EDITOR_ACTIONS: WorkspaceAction[] = ['workspace.read', 'workspace.leave', 'member.list', 'product.read_drafts', 'product.create', 'product.update', 'product.delete'];

/** The contract's matrix (backend/src/modules/workspaces/policy.ts decides; the SPA only reads `allowed`). */
function allowedFor(role: WorkspaceRole): WorkspaceAction[] {
  if (role === 'owner') return [...EVERY_ACTION];
  if (role === 'admin') return EVERY_ACTION.filter((a) => !NOT_FOR_ADMINS.includes(a));
  if (role === 'editor') return [...EDITOR_ACTIONS];
  return EDITOR_ACTIONS.filter((a) => !a.startsWith('product.') || a === 'product.read_drafts');
}

export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  const n = next();
  const role = overrides.role ?? 'owner';
  return {
    id: `ws-${n}`,
    slug: `team-${n}`,
    name: `Team ${n}`,
    personal: false,
    role,
    allowed: role ? allowedFor(role) : [],
    memberCount: 1,
    createdAt: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}

export const personalWorkspace = (overrides: Partial<Workspace> = {}): Workspace =>
  makeWorkspace({ id: PERSONAL_WORKSPACE_ID, slug: 'personal', name: 'Personal', personal: true, ...overrides });

export function makeMember(overrides: Partial<Member> = {}): Member {
  const n = next();
  return { userId: `user-${n}`, name: `Member ${n}`, email: `member${n}@example.com`, role: 'editor', joinedAt: '2025-03-01T10:00:00.000Z', ...overrides };
}

export function makeInvitation(overrides: Partial<Invitation> = {}): Invitation {
  const n = next();
  return {
    id: `inv-${n}`,
    email: `invitee${n}@example.com`,
    role: 'editor',
    createdAt: '2025-03-01T10:00:00.000Z',
    expiresAt: '2025-03-08T10:00:00.000Z',
    invitedBy: { id: 'user-owner', name: 'Olive Owner' },
    ...overrides,
  };
}
