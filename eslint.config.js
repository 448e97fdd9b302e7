// @ts-check
// One lint config for every room of the house. The import borders below are the design's walls:
// break one and `npm run check` fails, naming the rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
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
    // Ambient declarations describe modules that export a default (Vite virtual modules, Svelte files).
    files: ['**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
