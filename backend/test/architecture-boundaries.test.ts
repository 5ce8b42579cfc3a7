// The boundary rules of .dependency-cruiser.cjs (run on the real tree by `npm run boundaries`)
// catch the imports they forbid: a scratch tree with the repository's layout holds one wrong
// import per rule, and one allowed import beside each, and the same check must name exactly the
// wrong ones.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/lib/paths.js';

const exec = promisify(execFile);

/** File → source. Each `probe-*` file holds one import; its name says whether the rules allow it. */
const TREE: Record<string, string> = {
  'backend/src/app.ts': 'export const app = 1;\n',
  'backend/src/server.ts': "import { app } from './app.js';\nexport const server = app;\n",
  'backend/src/modules/auth/index.ts': "export { hash } from './passwords.js';\n",
  'backend/src/modules/auth/passwords.ts': 'export const hash = 1;\n',
  'backend/src/modules/products/index.ts': 'export const products = 1;\n',
  'backend/src/lib/errors.ts': 'export const errors = 1;\n',
  'tools/devstack/src/index.ts': 'export const devstack = 1;\n',
  'frontend/src/features/auth/api/login.ts': 'export const login = 1;\n',
  'frontend/src/features/auth/index.ts': "export { login } from './api/login.js';\n",
  'frontend/src/components/button.ts': 'export const button = 1;\n',

  // Wrong, one per rule.
  'backend/src/lib/probe-lib-imports-module.ts': "export { hash } from '../modules/auth/index.js';\n",
  'backend/src/modules/products/probe-module-imports-app.ts': "export { app } from '../../app.js';\n",
  'backend/src/cli/probe-cli-reaches-past-index.ts': "export { hash } from '../modules/auth/passwords.js';\n",
  'backend/src/modules/products/probe-module-reaches-into-another.ts': "export { hash } from '../auth/passwords.js';\n",
  'backend/src/lib/probe-api-imports-devstack.ts': "export { devstack } from '../../../tools/devstack/src/index.js';\n",
  'frontend/src/features/products/probe-feature-imports-feature.ts': "export { login } from '../auth/api/login.js';\n",
  'benchmarks/probe-bench-reaches-internals.ts': "export { errors } from '../backend/src/lib/errors.js';\n",
  'tools/devstack/src/probe-devstack-imports-backend.ts': "export { errors } from '../../../backend/src/lib/errors.js';\n",
  'frontend/src/probe-spa-imports-backend.ts': "export { errors } from '../../backend/src/lib/errors.js';\n",
  'backend/src/lib/probe-cycle-a.ts': "import { b } from './probe-cycle-b.js';\nexport const a = () => b;\n",
  'backend/src/lib/probe-cycle-b.ts': "import { a } from './probe-cycle-a.js';\nexport const b = () => a;\n",
  'backend/src/lib/probe-unresolvable.ts': "export { nothing } from './no-such-file.js';\n",

  // Allowed.
  'backend/src/modules/products/probe-ok-through-index.ts': "export { hash } from '../auth/index.js';\n",
  'backend/src/modules/auth/probe-ok-own-file.ts': "export { hash } from './passwords.js';\n",
  'backend/src/cli/probe-ok-lib.ts': "export { errors } from '../lib/errors.js';\n",
  'backend/test/probe-ok-test-reaches-in.ts': "export { hash } from '../src/modules/auth/passwords.js';\nexport { app } from '../src/app.js';\n",
  'frontend/src/features/products/probe-ok-shared-component.ts': "export { button } from '../../components/button.js';\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let root: string;
let violations: Violation[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'shelfwise-boundaries-'));
  for (const [file, source] of Object.entries(TREE)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), source);
  }
  await copyFile(join(projectRoot, 'tsconfig.depcruise.json'), join(root, 'tsconfig.depcruise.json'));
  const cli = join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
  const run = await exec(process.execPath, [cli, '--config', join(projectRoot, '.dependency-cruiser.cjs'), '--output-type', 'json', 'backend', 'frontend', 'tools', 'benchmarks'], {
    cwd: root,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    // Exit code 1..n = that many violations, which is what this test wants; output is still JSON.
    if (!error.stdout) throw new Error(`dependency-cruiser failed: ${error.stderr}`);
    return { stdout: error.stdout };
  });
  violations = (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const ruleFor = (from: string) => violations.filter((v) => v.from === from).map((v) => v.rule.name);

describe('the architecture boundaries (.dependency-cruiser.cjs)', () => {
  it.each([
    ['backend/src/lib/probe-lib-imports-module.ts', 'lib-not-modules'],
    ['backend/src/modules/products/probe-module-imports-app.ts', 'app-only-from-server-and-tests'],
    ['backend/src/cli/probe-cli-reaches-past-index.ts', 'module-through-its-index'],
    ['backend/src/modules/products/probe-module-reaches-into-another.ts', 'modules-through-each-others-index'],
    ['backend/src/lib/probe-api-imports-devstack.ts', 'deployed-api-stands-alone'],
    ['frontend/src/features/products/probe-feature-imports-feature.ts', 'features-apart'],
    ['benchmarks/probe-bench-reaches-internals.ts', 'harnesses-through-public-entries'],
    ['tools/devstack/src/probe-devstack-imports-backend.ts', 'devstack-knows-no-app'],
    ['frontend/src/probe-spa-imports-backend.ts', 'spa-not-backend'],
    ['backend/src/lib/probe-cycle-a.ts', 'no-circular'],
    ['backend/src/lib/probe-unresolvable.ts', 'no-unresolvable'],
  ])('when %s is written, then the check fails naming %s', (file, rule) => {
    expect(ruleFor(file)).toContain(rule);
  });

  it('when imports keep to the rules (a module through another\'s index, its own files, lib, tests reaching in, shared components), then none is reported', () => {
    const allowed = Object.keys(TREE).filter((file) => !file.includes('/probe-') || file.includes('/probe-ok-'));
    expect(violations.filter((v) => allowed.includes(v.from))).toEqual([]);
  });
});
