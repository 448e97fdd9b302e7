// @ts-check
// One lint config for every room of the house. The import borders below are the design's walls:
// break one and `npm run check` fails, naming the rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import vitest from '@vitest/eslint-plugin';
import playwright from 'eslint-plugin-playwright';
import svelteConfig from './svelte.config.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'out-*/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.shared.json',
          './tsconfig.node.json',
          './tsconfig.renderer.json',
          './tsconfig.tests.json',
        ],
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Plain type aliases outside Svelte props (house style).
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': ['error', 'type'] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig },
      globals: { ...globals.browser },
    },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: [
      '*.config.{js,ts}',
      'build/vite/*.ts',
      'tests/**/playwright.config.ts',
      'tests/**/vitest.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    // Border: electron/shared is pure TypeScript, imported by all three processes.
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/|$)', message: 'electron/shared must stay pure: no Electron.' },
            { group: nodeBuiltins, message: 'electron/shared must stay pure: no Node built-ins.' },
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'shared imports nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require'],
    },
  },
  {
    // Border: the renderer is DOM + Svelte only; it reaches main through lib/kiosk.ts and nothing else.
    files: ['renderer/**/*.{ts,svelte}'],
    rules: {
      // Cards arrive as a tree and are drawn by components: no markup string is ever rendered.
      'svelte/no-at-html-tags': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/|$)',
              message: 'The renderer has no Electron: use renderer/lib/kiosk.ts.',
            },
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['**/electron/main/**', '**/electron/preload/**', '**/build/**'],
              message: 'Renderer may import electron/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the one wrapper touches the preload's bridge.
    files: ['renderer/**/*.{ts,svelte}'],
    ignores: ['renderer/lib/kiosk.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[property.name='kiosk'][object.name=/^(window|globalThis)$/]",
          message: 'Components never touch window.kiosk: go through renderer/lib/kiosk.ts.',
        },
      ],
    },
  },
  {
    // Border: main never reaches into the UI's code.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload never import the renderer.' }] },
      ],
    },
  },
  {
    // The preload is the bridge: Electron's contextBridge/ipcRenderer and shared types only.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The sandboxed preload has no Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'Preload imports electron and electron/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    // A test whose assertion sits under a condition can pass without checking anything.
    files: ['tests/unit/**/*.ts', 'tests/harness/**/*.ts'],
    plugins: { vitest },
    rules: { 'vitest/no-conditional-expect': 'error', 'vitest/no-conditional-in-test': 'error' },
  },
  {
    // Browser specs: no assertion under a condition (their if-guards and wait loops are still allowed).
    files: ['tests/e2e/**/*.ts', 'tests/electron/**/*.ts'],
    plugins: { playwright },
    rules: { 'playwright/no-conditional-expect': 'error', 'playwright/no-conditional-in-test': 'error' },
  },
  {
    // Still branching inside a test body (rewrite each, then drop it from this list).
    files: [
      'tests/e2e/escape.spec.ts',
      'tests/e2e/export-site.spec.ts',
      'tests/e2e/i18n-a11y.spec.ts',
      'tests/e2e/i18n-guide.spec.ts',
      'tests/e2e/layout-matrix.spec.ts',
      'tests/e2e/paths.spec.ts',
      'tests/e2e/pictures.spec.ts',
      'tests/e2e/sessions.spec.ts',
      'tests/e2e/staff.spec.ts',
      'tests/e2e/ui-a11y.spec.ts',
      'tests/e2e/ui-glossary.spec.ts',
      'tests/e2e/ui-reading.spec.ts',
      'tests/e2e/ui-touch.spec.ts',
      'tests/electron/shell.spec.ts',
    ],
    rules: { 'playwright/no-conditional-in-test': 'off' },
  },
  {
    // Ambient declarations describe modules that export a default (Vite virtual modules, Svelte files).
    files: ['**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
