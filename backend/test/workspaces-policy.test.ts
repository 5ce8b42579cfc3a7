// The one policy that decides every workspace action (modules/workspaces/policy.ts), cell by cell:
// every role and a moderating platform admin, against every action, both allowed and refused.
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/lib/errors.js';
import { allowedActions, assertAllowed, isAllowed, WORKSPACE_ACTIONS, WORKSPACE_ROLES, type Actor, type WorkspaceAction } from '../src/modules/workspaces/policy.js';

// The matrix as the product defines it (README "Workspaces"), written out rather than derived.
const EXPECTED: Record<'owner' | 'admin' | 'editor' | 'viewer' | 'platform admin', WorkspaceAction[]> = {
  owner: [...WORKSPACE_ACTIONS],
  admin: [
    'workspace.read', 'workspace.rename', 'workspace.leave', 'member.list', 'member.invite', 'member.change_role', 'member.remove',
    'invitation.list', 'invitation.revoke', 'product.read_drafts', 'product.create', 'product.update', 'product.delete', 'webhook.manage',
  ],
  editor: ['workspace.read', 'workspace.leave', 'member.list', 'product.read_drafts', 'product.create', 'product.update', 'product.delete'],
  viewer: ['workspace.read', 'workspace.leave', 'member.list', 'product.read_drafts'],
  'platform admin': ['workspace.read', 'member.list', 'product.read_drafts', 'product.update', 'product.delete', 'audit.read', 'webhook.manage'],
};

const actorOf = (who: keyof typeof EXPECTED): Actor => (who === 'platform admin' ? { role: null, platformAdmin: true } : { role: who, platformAdmin: false });

describe('the workspace policy, role by action', () => {
  for (const who of Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>) {
    for (const action of WORKSPACE_ACTIONS) {
      const allowed = EXPECTED[who].includes(action);
      it(`when ${who === 'platform admin' ? 'a platform admin who is not a member' : `an ${who}`} asks to ${action}, then it is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(isAllowed(actorOf(who), action)).toBe(allowed);
        if (allowed) expect(() => assertAllowed(actorOf(who), action)).not.toThrow();
        else expect(() => assertAllowed(actorOf(who), action)).toThrow(expect.objectContaining({ status: 403, code: 'insufficient_workspace_role' }));
      });
    }
  }

  it('when someone is neither a member nor a platform admin, then every action is refused', () => {
    for (const action of WORKSPACE_ACTIONS) expect(isAllowed({ role: null, platformAdmin: false }, action)).toBe(false);
  });

  it('when a platform admin is also a member, then they have their role\'s rights and moderation on top', () => {
    expect(allowedActions({ role: 'viewer', platformAdmin: true }).sort()).toEqual([...new Set([...EXPECTED.viewer, ...EXPECTED['platform admin']])].sort());
  });

  it('when the allowed actions are listed, then they are exactly those isAllowed grants, in policy order', () => {
    for (const role of WORKSPACE_ROLES) expect(allowedActions({ role, platformAdmin: false })).toEqual(WORKSPACE_ACTIONS.filter((a) => EXPECTED[role].includes(a)));
  });
});

describe('actions on an owner', () => {
  it('when an admin changes or removes an owner, or makes someone an owner, then it is refused; an owner may', () => {
    const admin: Actor = { role: 'admin', platformAdmin: false };
    const owner: Actor = { role: 'owner', platformAdmin: false };
    expect(isAllowed(admin, 'member.change_role', { role: 'owner', newRole: 'admin' })).toBe(false);
    expect(isAllowed(admin, 'member.change_role', { role: 'editor', newRole: 'owner' })).toBe(false);
    expect(isAllowed(admin, 'member.remove', { role: 'owner' })).toBe(false);
    expect(isAllowed(admin, 'member.change_role', { role: 'editor', newRole: 'viewer' })).toBe(true);
    expect(isAllowed(admin, 'member.remove', { role: 'viewer' })).toBe(true);
    expect(isAllowed(owner, 'member.change_role', { role: 'owner', newRole: 'admin' })).toBe(true);
    expect(isAllowed(owner, 'member.change_role', { role: 'editor', newRole: 'owner' })).toBe(true);
    expect(isAllowed(owner, 'member.remove', { role: 'owner' })).toBe(true);
  });

  it('when a refusal is about an owner, then its message says so', () => {
    let error: unknown;
    try {
      assertAllowed({ role: 'admin', platformAdmin: false }, 'member.change_role', { role: 'editor', newRole: 'owner' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Your role in this workspace (admin) cannot make someone an owner');
  });
});
