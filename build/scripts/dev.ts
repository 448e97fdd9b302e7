// `npm run dev`: the UI from Vite's dev server (hot reload) in a windowed Electron with DevTools. Main and
// preload are built once; restart `npm run dev` after changing them.
import { spawn } from 'node:child_process';
import { build, createServer } from 'vite';
import { ensureElectronBinary, kioskAppPath, noElectronSentence } from './electron-binary.ts';

const binary = await ensureElectronBinary();
if (!binary.found) {
  console.error(noElectronSentence(binary.reason));
  process.exit(1);
}

for (const configFile of ['build/vite/main.config.ts', 'build/vite/preload.config.ts']) {
  await build({ configFile, logLevel: 'warn' });
}
const server = await createServer({ configFile: 'build/vite/renderer.config.ts' });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
const origin = new URL(address).origin;
console.log(`UI dev server at ${origin}; starting Electron.`);

const child = spawn(binary.path, [kioskAppPath(), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KIOSK_DEV_SERVER: origin },
});
const stop = (code: number): void => {
  void server.close().finally(() => process.exit(code));
};
child.on('error', (error) => {
  console.error(noElectronSentence(error.message));
  stop(1);
});
child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
