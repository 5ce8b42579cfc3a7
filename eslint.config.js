// One flat config for the whole repository. Type-aware rules read each file's nearest tsconfig.json
// (projectService); plain .js/.mjs files are outside every tsconfig, so they get the same rules
// minus the ones that need type information.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    '**/reports/',
    '**/test-results/',
    '**/playwright-report/',
    '**/.stryker-tmp/',
    // Generated: Prisma's client, and the API types openapi-typescript writes from the OpenAPI document.
    'backend/src/generated/',
    'frontend/src/lib/api/schema.d.ts',
    'frontend/e2e/artifacts/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Included only by frontend/e2e/tsconfig.json, which the nearest-tsconfig lookup never reaches.
          allowDefaultProject: ['frontend/playwright.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['backend/**', 'tools/**', 'benchmarks/**', 'cluster/**', 'frontend/e2e/**', '*.{js,ts}', 'frontend/*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // dependency-cruiser reads its configuration as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // Backend tests read untyped values on purpose: supertest types res.body as any, JSON.parse and the YAML
    // parser return any, and vitest's asymmetric matchers (expect.any, expect.stringMatching) are any. Each test
    // asserts the shape it reads (toEqual, toMatchObject), and the contract tests check every response against
    // the OpenAPI document, so a cast per read would only claim a type nothing checks. The servers and databases
    // in test/support are infrastructure, not assertions, and stay under these rules.
    files: ['backend/test/**'],
    ignores: ['backend/test/support/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // <ProtectedRoute role="ADMIN"> names a user role, not an ARIA one; DOM elements are still checked.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
    },
  },
);
