// The Electron download path, run for real against a copy of the pinned electron package: its own install.js
// and @electron/get, pointed (ELECTRON_MIRROR) at a local server or at a closed port, so it is offline,
// fast and never fetches 100 MB from GitHub.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeInstallFailure,
  ensureElectronBinary,
  findElectronBinary,
  noElectronSentence,
} from '../../../../build/scripts/electron-binary.ts';

const realModules = resolve('node_modules');
const version = (
  JSON.parse(readFileSync(join(realModules, 'electron', 'package.json'), 'utf8')) as { version: string }
).version;
const tmp = mkdtempSync(join(tmpdir(), 'electron-binary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project folder with a fresh electron package (no dist, no path.txt) beside the real dependencies. */
function freshProject(name: string): { root: string; packageDir: string } {
  const root = join(tmp, name);
  const packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    copyFileSync(join(realModules, 'electron', file), join(packageDir, file));
  }
  for (const dep of ['@electron', '@electron-internal']) {
    symlinkSync(join(realModules, dep), join(root, 'node_modules', dep));
  }
  return { root, packageDir };
}

/** A port nothing listens on: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A stored (uncompressed) zip, enough for the extractor. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below is honoured
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100755 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function offlineEnv(mirror: string, cache: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return { ...env, ELECTRON_MIRROR: mirror, electron_config_cache: cache, ELECTRON_GET_NO_PROGRESS: '1' };
}

describe('ensureElectronBinary', () => {
  it(
    'runs the package installer offline up to the network error and names what failed',
    { timeout: 30_000 },
    async () => {
      const { packageDir } = freshProject('offline');
      const port = await closedPort();
      const started = performance.now();
      const result = await ensureElectronBinary({
        packageDir,
        env: offlineEnv(`http://127.0.0.1:${port}/`, join(tmp, 'cache-offline')),
      });
      const ms = performance.now() - started;
      const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
      expect(result).toMatchObject({
        found: false,
        reason: `downloading http://127.0.0.1:${port}/v${version}/${zipName} failed: fetch failed (ECONNREFUSED)`,
      });
      expect(ms).toBeLessThan(15_000);
      expect(existsSync(join(packageDir, 'path.txt'))).toBe(false);
    },
  );

  it(
    'downloads, checks and unpacks the binary from the mirror, then finds it',
    { timeout: 30_000 },
    async () => {
      const { packageDir } = freshProject('online');
      const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
      const exe = process.platform === 'win32' ? 'electron.exe' : 'electron';
      const body = zip({ [exe]: '#!/bin/sh\necho stand-in\n', version: `v${version}` });
      const sums = `${createHash('sha256').update(body).digest('hex')} *${zipName}\n`;
      const served: string[] = [];
      const server = createServer((request, response) => {
        served.push(request.url ?? '');
        if (request.url === `/v${version}/${zipName}`) response.end(body);
        else if (request.url === `/v${version}/SHASUMS256.txt`) response.end(sums);
        else response.writeHead(404).end();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const { port } = server.address() as AddressInfo;
      try {
        const result = await ensureElectronBinary({
          packageDir,
          env: {
            ...offlineEnv(`http://127.0.0.1:${port}/`, join(tmp, 'cache-online')),
            // The stand-in zip is not Electron's: check it against the mirror's sums, not the package's.
            electron_use_remote_checksums: '1',
          },
        });
        expect(result).toEqual({ found: true, path: join(packageDir, 'dist', exe) });
        expect(served).toContain(`/v${version}/${zipName}`);
        expect(readFileSync(join(packageDir, 'path.txt'), 'utf8')).toBe(exe);
      } finally {
        server.close();
      }
    },
  );

  it('names an HTTP failure (a mirror without the file)', { timeout: 30_000 }, async () => {
    const { packageDir } = freshProject('http-404');
    const server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await ensureElectronBinary({
        packageDir,
        env: offlineEnv(`http://127.0.0.1:${port}/`, join(tmp, 'cache-404')),
      });
      expect(result.found).toBe(false);
      if (result.found) return;
      expect(result.reason).toMatch(
        /^downloading http:\/\/127\.0\.0\.1:\d+\/v.+\.zip failed: the server answered HTTP 404$/,
      );
    } finally {
      server.close();
    }
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const { packageDir } = freshProject('skip');
    const result = await ensureElectronBinary({
      packageDir,
      env: {
        ...offlineEnv('http://127.0.0.1:9/', join(tmp, 'cache-skip')),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      },
    });
    expect(result).toEqual({
      found: false,
      reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded',
    });
  });

  it('finds an existing binary without running the installer', () => {
    const { packageDir } = freshProject('present');
    mkdirSync(join(packageDir, 'dist'));
    writeFileSync(join(packageDir, 'dist', 'electron'), '');
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary({ packageDir, env: {} })).toEqual({
      found: true,
      path: join(packageDir, 'dist', 'electron'),
    });
  });
});

describe('describeInstallFailure', () => {
  it('keeps the message of a stack trace and drops its frames', () => {
    expect(
      describeInstallFailure('error Error: EACCES: permission denied, mkdir /x     at foo (a.js:1:1)\n', 1),
    ).toBe('the Electron download failed: Error: EACCES: permission denied, mkdir /x');
  });
  it('falls back to the exit code', () => {
    expect(describeInstallFailure('', 7)).toBe('the Electron installer exited with code 7');
  });
});

describe('npm start where Electron cannot be downloaded', () => {
  it('prints one plain sentence naming the failed download and exits 1', { timeout: 60_000 }, async () => {
    // The real start script, beside a fresh electron package, so it resolves that one.
    const { root } = freshProject('start');
    cpSync(resolve('build/scripts/start-electron.ts'), join(root, 'build/scripts/start-electron.ts'));
    cpSync(resolve('build/scripts/electron-binary.ts'), join(root, 'build/scripts/electron-binary.ts'));
    writeFileSync(join(root, 'package.json'), '{ "type": "module" }');
    const port = await closedPort();
    const outcome = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        join(realModules, '.bin', 'tsx'),
        ['build/scripts/start-electron.ts'],
        {
          cwd: root,
          env: offlineEnv(`http://127.0.0.1:${port}/`, join(tmp, 'cache-start')),
        },
        (error, stdout, stderr) =>
          done({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
      );
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('Downloading the Electron binary');
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      noElectronSentence(
        `downloading http://127.0.0.1:${port}/v${version}/electron-v${version}-${process.platform}-${process.arch}.zip failed: fetch failed (ECONNREFUSED)`,
      ),
    );
  });
});
