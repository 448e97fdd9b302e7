// Builds main (and preload) exactly as `npm run build` does, so the harness always runs the current bundle.
// Main reads the content manifest beside the UI; without a renderer build, a small fixture stands in for it.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function setup(): Promise<void> {
  for (const configFile of ['build/vite/main.config.ts', 'build/vite/preload.config.ts']) {
    await build({ configFile, logLevel: 'warn' });
  }
  const renderer = resolve(process.env.KIOSK_OUT ?? 'out', 'renderer');
  if (!existsSync(join(renderer, 'content-manifest.json'))) {
    mkdirSync(renderer, { recursive: true });
    copyFileSync('tests/fixtures/content-manifest.json', join(renderer, 'content-manifest.json'));
    console.log(
      'harness: no renderer build, so tests/fixtures/content-manifest.json stands in for its manifest',
    );
  }
}
