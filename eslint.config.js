// Lint for the whole repository. The layer rules (which folder may import what, where DOM globals are allowed, which
// renderer files may reach a workspace's own files) live in the local plugin tools/eslint/layers.js.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './tools/eslint/layers.js';
import naming from './tools/eslint/naming.js';

// ESLint's own recommended rules (the set @eslint/js exports), read from the installed ESLint so that no extra
// package is needed. typescript-eslint's config below turns off the ones TypeScript already checks.
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    '.electron-native/',
    'e2e/.data/',
    'bench/.data/',
    // Deliberately broken files; tools/eslint/fixtures.test.ts lints them on purpose.
    'tools/eslint/__fixtures__/',
  ]),
  { name: 'eslint/recommended', rules: eslintRecommended },
  tseslint.configs.recommended,
  { name: 'node-globals', languageOptions: { globals: globals.node } },
  {
    // The sandboxed preload has neither Node's globals (process, Buffer, require) nor the page's DOM.
    name: 'preload',
    files: ['src/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: { 'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'] },
  },
  {
    name: 'renderer',
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    name: 'layers',
    plugins: { layers },
    rules: { 'layers/allowed-imports': 'error', 'layers/no-dom-globals': 'error', 'layers/workspace-boundaries': 'error' },
  },
  {
    name: 'naming',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { naming },
    rules: { 'naming/schema-suffix': 'error' },
  },
);
