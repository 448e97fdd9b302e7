// Builds main (and preload) exactly as `npm run build` does, so the harness always runs the current bundle.
import { build } from 'vite';

export async function setup(): Promise<void> {
  for (const configFile of ['build/vite/main.config.ts', 'build/vite/preload.config.ts']) {
    await build({ configFile, logLevel: 'warn' });
  }
}
