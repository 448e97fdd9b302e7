// Unit tests: pure modules and the renderer's runes state classes (the Svelte plugin compiles *.svelte.ts).
// Nothing here may load Electron (there is no binary on our machines).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
