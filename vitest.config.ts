// Unit tests: pure modules only. Nothing here may load Electron (there is no binary on our machines).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles renderer state classes (`*.svelte.ts`, runes) so they can be tested directly.
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
