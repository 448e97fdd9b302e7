// Main process bundle: one ESM file for Electron's Node side. Electron and Node built-ins stay external.
import { defineConfig } from 'vite';
import { outRoot } from './out-root.ts';
import { builtinModules } from 'node:module';

export default defineConfig({
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
