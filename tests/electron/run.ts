// `npm run test:electron`: run the Playwright _electron suite when an Electron binary exists or can be
// downloaded (ELECTRON_OVERRIDE_DIST_PATH, or the electron package's own install.js); otherwise say so in one
// line and exit 0 WITHOUT a JSON report, which `npm test` counts as one skipped check (never as passed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureElectronBinary, kioskAppPath } from '../../build/scripts/electron-binary.ts';

const binary = await ensureElectronBinary();
if (!binary.found) {
  console.log(`Electron end-to-end suite SKIPPED: no Electron binary (${binary.reason}).`);
  process.exit(0);
}

const mainEntry = resolve(join(process.env.KIOSK_OUT ?? 'out', 'main', 'index.js'));
if (!existsSync(mainEntry)) {
  console.error(
    `Electron end-to-end suite cannot run: ${mainEntry} is missing. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

const run = spawnSync(
  'npx',
  ['--no-install', 'playwright', 'test', '-c', 'tests/electron/playwright.config.ts', '--reporter=list,json'],
  {
    stdio: 'inherit',
    env: { ...process.env, KIOSK_ELECTRON_BINARY: binary.path, KIOSK_APP_PATH: kioskAppPath() },
  },
);
process.exit(run.status ?? 1);
