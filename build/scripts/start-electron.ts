// `npm start` (after `npm run build`): the kiosk fullscreen with the built UI and the default config
// lookup. Extra arguments pass through, e.g. `npm start -- --config=./kiosk-config.json`.
import { spawn } from 'node:child_process';
import { ensureElectronBinary, kioskAppPath, noElectronSentence } from './electron-binary.ts';

const binary = await ensureElectronBinary();
if (!binary.found) {
  console.error(noElectronSentence(binary.reason));
  process.exit(1);
}

const env = { ...process.env };
// A production-like start: never the dev server, never "run as node".
delete env.KIOSK_DEV_SERVER;
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary.path, [kioskAppPath(), ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(noElectronSentence(error.message));
  process.exit(1);
});
// Ctrl+C and `kill` reach Electron, which quits the kiosk cleanly (app.quit()); we exit with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
