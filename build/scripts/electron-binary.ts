// Where the Electron binary is, and fetching it when it is missing. From v42 on the electron package has no
// install script: its index.js downloads the binary the first time `require('electron')` runs. We never
// require it (that would hide the download inside a require); instead `ensureElectronBinary()` runs the
// package's own install.js in a child Node, with its progress on the terminal, and turns a failure into one
// plain sentence. Used by `npm start`, `npm run dev` and the Electron end-to-end suite.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export type BinaryOptions = {
  /** The installed electron package folder; found through Node's resolution when absent. */
  packageDir?: string;
  env?: Readonly<Record<string, string | undefined>>;
};

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The binary the electron package would run, WITHOUT downloading anything. */
export function findElectronBinary(options: BinaryOptions = {}): ElectronBinary {
  const env = options.env ?? process.env;
  const packageDir = options.packageDir ?? electronPackageDir();
  if (packageDir === null) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
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

/**
 * Preloaded into install.js's Node: its progress bar still draws on the terminal (stderr is inherited), but
 * the stack trace it prints on failure, and the cause fetch() hides in `error.cause`, go to fd 3 for us.
 */
const DIAGNOSTIC_PRELOAD = `'use strict';
const { writeSync } = require('node:fs');
const { format } = require('node:util');
const report = (line) => { try { writeSync(3, line.replace(/\\n/g, ' ') + '\\n'); } catch {} };
console.error = (...args) => report('error ' + format(...args));
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  try {
    const response = await realFetch(url, init);
    if (!response.ok) report('http ' + response.status + ' ' + String(url));
    return response;
  } catch (error) {
    const cause = error && error.cause ? (error.cause.code || error.cause.message || String(error.cause)) : '';
    report('fetch ' + String(url) + ' ' + (error && error.message ? error.message : String(error)) + (cause ? ' (' + cause + ')' : ''));
    throw error;
  }
};
`;

/** What install.js reported on fd 3, boiled down to "what failed" for the one sentence. */
export function describeInstallFailure(report: string, exitCode: number | null): string {
  const lines = report.split('\n').filter((line) => line !== '');
  const fetchLine = lines.find((line) => line.startsWith('fetch '));
  if (fetchLine !== undefined) {
    const [, url, ...rest] = fetchLine.split(' ');
    return `downloading ${url} failed: ${rest.join(' ')}`;
  }
  const httpLine = lines.find((line) => line.startsWith('http '));
  if (httpLine !== undefined) {
    const [, status, url] = httpLine.split(' ');
    return `downloading ${url} failed: the server answered HTTP ${status}`;
  }
  const errorLine = lines.find((line) => line.startsWith('error '));
  if (errorLine !== undefined) {
    // install.js prints error.stack: its first line is the message; drop the "at …" frames.
    const message = errorLine
      .slice('error '.length)
      .replace(/\s+at\s.*$/s, '')
      .trim();
    return `the Electron download failed: ${message}`;
  }
  return `the Electron installer exited with code ${exitCode ?? 'unknown'}`;
}

/**
 * The binary, downloading it with the electron package's own install.js when it is missing. Never throws:
 * a failed download comes back as `found: false` with what failed.
 */
export async function ensureElectronBinary(options: BinaryOptions = {}): Promise<ElectronBinary> {
  const env = options.env ?? process.env;
  const found = findElectronBinary(options);
  if (found.found) return found;
  const packageDir = options.packageDir ?? electronPackageDir();
  if (packageDir === null) return found;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  // These two are explicit choices not to download; honour them and say which one.
  if (override !== undefined && override !== '') return found;
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (skip !== undefined && skip !== '' && skip !== '0' && skip !== 'false') {
    return { found: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded' };
  }
  const installer = join(packageDir, 'install.js');
  if (!existsSync(installer)) {
    return { found: false, reason: `the electron package has no installer at ${installer}` };
  }
  console.log(`Downloading the Electron binary into ${packageDir} (once; about 100 MB)…`);
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-electron-install-'));
  const preload = join(dir, 'diagnostics.cjs');
  writeFileSync(preload, DIAGNOSTIC_PRELOAD);
  try {
    const result = await new Promise<{ code: number | null; report: string }>((done) => {
      const child = spawn(process.execPath, ['--require', preload, installer], {
        cwd: packageDir,
        env: { ...env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
      });
      let report = '';
      child.stdio[3]?.on('data', (chunk: Buffer) => {
        report += chunk.toString('utf8');
      });
      child.on('error', (error) => done({ code: null, report: `error ${error.message}\n` }));
      child.on('close', (code) => done({ code, report }));
    });
    if (result.code !== 0)
      return { found: false, reason: describeInstallFailure(result.report, result.code) };
    const after = findElectronBinary(options);
    return after.found
      ? after
      : { found: false, reason: `the Electron download finished but ${after.reason}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The one plain sentence `npm start` / `npm run dev` print where Electron cannot run. */
export function noElectronSentence(reason: string): string {
  return `Electron cannot run on this machine (${reason}), so the kiosk window cannot open here: use \`npm run web\` to try the kiosk in a browser instead.`;
}

/**
 * What to hand Electron: the project folder, so its package.json names the app ("ALL Chemo Guide", our
 * version) and points at out/main/index.js. A bare .js file would run as Electron's default app ("Electron",
 * Electron's own version). With KIOSK_OUT elsewhere the built file itself is the only choice.
 */
export function kioskAppPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const out = env.KIOSK_OUT;
  if (out === undefined || out === '' || resolve(out) === resolve('out')) return resolve('.');
  return resolve(join(out, 'main', 'index.js'));
}
