// `npm start` (after `npm run build`): the kiosk fullscreen with the built UI and the default config
// lookup. Extra arguments pass through, e.g. `npm start -- --config=./kiosk-config.json`.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { findElectronBinary, noElectronSentence } from './electron-binary.ts';

const binary = findElectronBinary();
if (!binary.found) {
  console.error(noElectronSentence(binary.reason));
  process.exit(1);
}

const mainEntry = resolve(join(process.env.KIOSK_OUT ?? 'out', 'main', 'index.js'));
const env = { ...process.env };
// A production-like start: never the dev server, never "run as node".
delete env.KIOSK_DEV_SERVER;
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary.path, [mainEntry, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(noElectronSentence(error.message));
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
