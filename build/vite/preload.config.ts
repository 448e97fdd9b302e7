// Preload bundle: sandboxed preloads must be a single CommonJS file that requires only `electron`.
import { defineConfig } from 'vite';
import { outRoot } from './out-root.ts';

export default defineConfig({
  build: {
    ssr: 'electron/preload/index.ts',
    outDir: `${outRoot}/preload`,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true },
});
