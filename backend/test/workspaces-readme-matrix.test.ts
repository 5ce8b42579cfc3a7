import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/lib/paths.js';
import { isAllowed, WORKSPACE_ACTIONS, WORKSPACE_ROLES, type Actor, type WorkspaceAction } from '../src/modules/workspaces/index.js';

// The README's role matrix is a copy of policy.ts for readers: this keeps the copy true.

const COLUMNS: Array<{ header: string; actor: Actor }> = [
  ...WORKSPACE_ROLES.map((role) => ({ header: role, actor: { role, platformAdmin: false } })),
  { header: 'platform admin, not a member', actor: { role: null, platformAdmin: true } },
];

// "on an owner" rows: the action aimed at an owner (and, for a role change, making someone one).
const ON_AN_OWNER: Partial<Record<WorkspaceAction, Array<Parameters<typeof isAllowed>[2]>>> = {
  'member.change_role': [{ role: 'owner', newRole: 'admin' }, { role: 'editor', newRole: 'owner' }],
  'member.remove': [{ role: 'owner' }],
};

const cell = (allowed: boolean) => (allowed ? '✓' : '—');

/** The matrix as policy.ts decides it, one line per row, in the README's cell format. */
function expectedRows(): string[] {
  return WORKSPACE_ACTIONS.flatMap((action) => {
    const plain = `\`${action}\` ${COLUMNS.map(({ actor }) => cell(isAllowed(actor, action))).join(' ')}`;
    const targets = ON_AN_OWNER[action];
    if (!targets) return [plain];
    const onOwner = COLUMNS.map(({ actor }) => {
      const answers = targets.map((target) => isAllowed(actor, action, target));
      // One cell stands for every target of its row: they must agree, or the row says too little.
      expect(new Set(answers).size, `${action} on an owner, ${actor.role ?? 'platform admin'}`).toBe(1);
      return cell(answers[0]!);
    });
    return [plain, `\`${action}\` on an owner ${onOwner.join(' ')}`];
  });
}

async function readmeTable(): Promise<string[][]> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const table = /<!-- role-matrix:start -->\n([\s\S]*?)\n<!-- role-matrix:end -->/.exec(readme)?.[1];
  if (!table) throw new Error('README.md has no table between <!-- role-matrix:start --> and <!-- role-matrix:end -->');
  return table.split('\n').map((line) => line.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/));
}

describe("the README's role matrix", () => {
  it('when compared with policy.ts, then it has one column per role and the platform admin, in that order', async () => {
    const [header] = await readmeTable();
    expect(header).toEqual(['action', 'means', ...COLUMNS.map((c) => c.header)]);
  });

  it("when compared with policy.ts's isAllowed, then every action has its row and every cell says what the policy decides", async () => {
    const [, separator, ...rows] = await readmeTable();
    expect(separator!.every((s) => /^-+$/.test(s))).toBe(true);
    // The "means" column is prose for readers; the rest is the policy's answer.
    const documented = rows.map(([action, , ...cells]) => `${action} ${cells.join(' ')}`);
    expect(documented).toEqual(expectedRows());
  });
});
