// Main process bundle: one ESM file for Electron's Node side. Electron and Node built-ins stay external.
import { defineConfig } from 'vite';
import { outRoot } from './out-root.ts';
import { builtinModules } from 'node:module';
import { execFileSync } from 'node:child_process';

/** The commit status.json reports; empty outside a git checkout (a source tarball). */
function buildCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

export default defineConfig({
  define: { __KIOSK_BUILD_COMMIT__: JSON.stringify(buildCommit()) },
  build: {
    ssr: 'electron/main/index.ts',
    outDir: `${outRoot}/main`,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'index.js' },
    },
  },
  ssr: { noExternal: true },
});
