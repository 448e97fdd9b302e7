import { describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import {
  checkAsarEntries,
  disallowedImports,
  formatBytes,
  runtimeImports,
} from '../../../../build/packaging/asar-allowlist.ts';

const good = [
  { path: 'package.json', size: 300 },
  { path: 'out/main/index.js', size: 40_000 },
  { path: 'out/preload/index.cjs', size: 2_000 },
  { path: 'out/renderer/index.html', size: 800 },
  { path: 'out/renderer/assets/index-abc.js', size: 120_000 },
  { path: 'out/renderer/assets/index-abc.css', size: 9_000 },
];
const options = {
  budgetBytes: 2 * 1024 * 1024,
  requiredFiles: ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'],
};

describe('checkAsarEntries', () => {
  it('passes the allowlisted bundles and tallies them per root', () => {
    const check = checkAsarEntries(good, options);
    expect(check.problems).toEqual([]);
    expect(check.totalBytes).toBe(172_100);
    expect(check.byRoot['out/renderer/']).toEqual({ files: 3, bytes: 129_800 });
    expect(check.byRoot['package.json']).toEqual({ files: 1, bytes: 300 });
  });

  it.each([
    ['node_modules/yaml/index.js', 'node_modules'],
    ['out/main/index.js.map', 'source map'],
    ['electron/main/index.ts', 'TypeScript'],
    ['out/renderer/App.svelte', 'Svelte'],
    ['content/en/fever.md', 'content source'],
    ['out/renderer/content/es/glossary.yaml', 'content source'],
    ['tests/unit/x.test.ts', 'tests'],
    ['out/renderer/assets/a.spec.js', 'test file'],
    ['out/renderer/.DS_Store', 'dotfile'],
  ])('rejects %s (%s)', (path, reason) => {
    const check = checkAsarEntries([...good, { path, size: 10 }], options);
    expect(check.problems.join('\n')).toContain(path);
    expect(check.problems.join('\n')).toContain(reason);
  });

  it('rejects anything outside the four roots', () => {
    const check = checkAsarEntries([...good, { path: 'README.txt', size: 10 }], options);
    expect(check.problems).toEqual([expect.stringContaining('README.txt: not on the allowlist')]);
  });

  it('does not let a look-alike root through', () => {
    const check = checkAsarEntries([...good, { path: 'out/mainframe.js', size: 1 }], options);
    expect(check.problems).toHaveLength(1);
  });

  it('reports a missing entry file', () => {
    const check = checkAsarEntries(
      good.filter((e) => e.path !== 'out/preload/index.cjs'),
      options,
    );
    expect(check.problems).toEqual(['out/preload/index.cjs: missing (the app cannot start without it)']);
  });

  it('reports going over the budget, with both sizes', () => {
    const check = checkAsarEntries(good, { ...options, budgetBytes: 100_000 });
    expect(check.problems).toEqual(['archive holds 168.1 KB, over the 97.7 KB budget']);
  });
});

describe('runtimeImports and disallowedImports', () => {
  const main = [
    'import { app, BrowserWindow } from "electron";',
    "import fs from 'node:fs';",
    'import path from "path";',
    'import "./side-effect.js";',
    'export { x } from "./x.js";',
    'const y = await import("yaml");',
    'const z = require("marked");',
    'import*as os from"os";',
  ].join('\n');

  it('finds static, dynamic and require specifiers', () => {
    expect(runtimeImports(main)).toEqual([
      './side-effect.js',
      './x.js',
      'electron',
      'marked',
      'node:fs',
      'os',
      'path',
      'yaml',
    ]);
  });

  it('allows electron, Node built-ins and relative files only', () => {
    expect(disallowedImports(runtimeImports(main), builtinModules)).toEqual(['marked', 'yaml']);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
  });
});
