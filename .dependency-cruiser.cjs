// Architecture boundaries, checked by `npm run boundaries` (part of `npm test`); the failing cases
// are pinned in backend/test/architecture-boundaries.test.ts. README.md's "Architecture" section
// explains the layout these rules keep.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two files one: neither can be understood, tested or moved alone.',
      from: { path: '^(backend|frontend|tools)/' },
      to: { circular: true, pathNot: '^backend/src/generated/' },
    },
    {
      name: 'lib-not-modules',
      severity: 'error',
      comment: 'backend/src/lib is infrastructure without business rules: it never imports a module.',
      from: { path: '^backend/src/lib/' },
      to: { path: '^backend/src/modules/' },
    },
    {
      name: 'app-only-from-server-and-tests',
      severity: 'error',
      comment: 'app.ts is the composition root: only the server entry and the tests build the app.',
      from: { pathNot: ['^backend/src/server\\.ts$', '^backend/test/'] },
      to: { path: '^backend/src/app\\.ts$' },
    },
    {
      name: 'module-through-its-index',
      severity: 'error',
      comment: 'Code outside a module reaches it only through its index.ts (tests may test its parts).',
      from: { path: '^(backend/src|backend/tools|benchmarks|cluster|tools)/', pathNot: '^backend/src/modules/' },
      to: { path: '^backend/src/modules/[^/]+/', pathNot: '^backend/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'modules-through-each-others-index',
      severity: 'error',
      comment: 'A module reaches another module only through that module\'s index.ts.',
      from: { path: '^backend/src/modules/([^/]+)/' },
      to: { path: '^backend/src/modules/', pathNot: ['^backend/src/modules/$1/', '^backend/src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'deployed-api-stands-alone',
      severity: 'error',
      comment: 'backend/src is what the deployed API runs: no development stack, tools or tests in it.',
      from: { path: '^backend/src/' },
      to: { path: '^(tools/|backend/tools/|backend/test/|frontend/|benchmarks/|cluster/)' },
    },
    {
      name: 'deployed-api-no-dev-dependencies',
      severity: 'error',
      comment: 'The image installs production dependencies only (Dockerfile).',
      from: { path: '^backend/src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'devstack-knows-no-app',
      severity: 'error',
      comment: 'The development stack serves any backend: it runs the backend\'s commands, never imports its code.',
      from: { path: '^tools/devstack/' },
      to: { path: '^(backend|frontend)/' },
    },
    {
      name: 'harnesses-through-public-entries',
      severity: 'error',
      comment: 'Benchmarks and the cluster harness use the backend\'s declared entries (backend/package.json "exports") and run its commands.',
      from: { path: '^(benchmarks|cluster)/' },
      to: { path: '^backend/', pathNot: '^backend/src/(modules/products|lib/cache)/index\\.ts$' },
    },
    {
      name: 'features-apart',
      severity: 'error',
      comment: 'A frontend feature never imports another: shared pieces live in components/ or lib/, pages compose features.',
      from: { path: '^frontend/src/features/([^/]+)/' },
      to: { path: '^frontend/src/features/', pathNot: '^frontend/src/features/$1/' },
    },
    {
      name: 'spa-not-backend',
      severity: 'error',
      comment: 'The SPA talks to the API over HTTP; its types come from the OpenAPI document (frontend/src/lib/api).',
      from: { path: '^frontend/src/' },
      to: { path: '^(backend|tools)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '^backend/src/generated/', '^backend/reports/', '^frontend/e2e/artifacts/'] },
    // Workspace packages (@shelfwise/*) resolve to their real folders, where the rules can see them.
    preserveSymlinks: false,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
