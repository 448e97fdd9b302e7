// Where the Electron binary is, found WITHOUT `require('electron')`: from v42 on that require downloads the
// binary on first use, which hangs or fails on offline machines. Used by `npm start`, `npm run dev` and the
// Electron end-to-end suite.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${candidate}` };
  }
  if (relative === null) {
    return { found: false, reason: 'no Electron binary was ever downloaded into node_modules/electron' };
  }
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `the electron package's binary is missing at ${candidate}` };
}

/** The one plain sentence `npm start` / `npm run dev` print where Electron cannot run. */
export function noElectronSentence(reason: string): string {
  return `Electron cannot run on this machine (${reason}), so the kiosk window cannot open here: use \`npm run web\` to try the kiosk in a browser instead.`;
}
