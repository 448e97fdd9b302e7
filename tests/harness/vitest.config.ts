// The main-process harness: the BUILT out/main/index.js runs in Node with 'electron' resolved to the typed
// fake beside this file. Vitest's resolver alias (rather than a Node loader hook) so each test gets a fresh
// module graph (vi.resetModules) and fake timers that also drive performance.now(), which the ladder uses.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('../..'),
  resolve: { alias: [{ find: /^electron$/, replacement: here('./fake-electron.ts') }] },
  test: {
    include: ['tests/harness/**/*.test.ts'],
    environment: 'node',
    globalSetup: [here('./build-main.ts')],
    setupFiles: [here('./each-test.ts')],
    testTimeout: 10_000,
  },
});
