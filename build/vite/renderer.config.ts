// Renderer bundle: the Svelte UI plus the compiled content, as static files the app:// handler serves.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { kioskContent } from '../content/vite-plugin.ts';
import { outRoot } from './out-root.ts';

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [kioskContent({ contentDir: 'content' }), svelte()],
  build: {
    outDir: `${outRoot}/renderer`,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Chromium supports modulepreload natively; the polyfill would be dead code.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs: the CSP grants only 'self'.
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: true },
});
