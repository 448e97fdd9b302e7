// Where packaging reads and writes, from the environment: the build folder (KIOSK_OUT, as `npm run build` uses),
// the generated icons and the installers. All relative to the project root, which is where npm runs scripts.
import { relative, resolve } from 'node:path';
import type { BuilderPaths } from './builder-config.ts';

export function packagingPaths(env: NodeJS.ProcessEnv = process.env): BuilderPaths {
  const rel = (p: string): string => relative(process.cwd(), resolve(p)).split('\\').join('/') || '.';
  return {
    outDir: rel(env.KIOSK_OUT ?? 'out'),
    iconsDir: rel(env.KIOSK_ICONS_DIR ?? 'dist/icons'),
    outputDir: rel(env.KIOSK_DIST_DIR ?? 'dist'),
  };
}
