// electron-builder's afterPack hook: flip the Electron fuses (fuses.ts) in the packaged binary, before any
// signing. A binary without the fuse sentinel is not a real Electron (dist:check packs against a stand-in
// folder): the hook then refuses, unless KIOSK_ALLOW_STANDIN_ELECTRON=1 says a stand-in is expected, in which
// case it skips flipping and says so plainly. It never reports a skipped flip as done.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Arch } from 'electron-builder';
import type { AfterPackContext } from 'electron-builder';
import { FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { fuseConfigFor, fuseNames } from './fuses.ts';
import type { FuseArch, FusePlatform } from './fuses.ts';

/** The marker Electron puts just before its fuse wire (the same string @electron/fuses searches for). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** State bytes on the wire: ASCII '1' (on) and '0' (off). */
const FUSE_ON = 49;
const FUSE_OFF = 48;

/** What the hook did, written as JSON to $KIOSK_FUSES_REPORT when that is set (dist:check reads it). */
export type FusesReport = {
  status: 'flipped' | 'skipped-stand-in';
  binary: string;
  platform: string;
  arch: string;
  fuses: Record<string, boolean>;
  /** Fuse wire read back from the binary after flipping (wire index → state byte); absent when skipped. */
  readBack?: Record<string, number>;
  message: string;
};

/** True when the bytes hold Electron's fuse wire marker: a real Electron binary. */
export function hasFuseSentinel(binary: Uint8Array): boolean {
  return Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength).includes(
    FUSE_SENTINEL,
    0,
    'latin1',
  );
}

/** The path flipFuses expects, and the file that holds the fuse wire, for one packaged app. */
export function electronBinaryPaths(
  appOutDir: string,
  platform: FusePlatform,
  names: { productFilename: string; linuxExecutableName: string },
): { target: string; wireFile: string } {
  if (platform === 'darwin' || platform === 'mas') {
    const app = join(appOutDir, `${names.productFilename}.app`);
    const wireFile = join(
      app,
      'Contents',
      'Frameworks',
      'Electron Framework.framework',
      'Electron Framework',
    );
    return { target: app, wireFile };
  }
  const file = join(
    appOutDir,
    platform === 'win32' ? `${names.productFilename}.exe` : names.linuxExecutableName,
  );
  return { target: file, wireFile: file };
}

/** Fuses whose state byte in the binary differs from the config ('0' = 48 off, '1' = 49 on). */
export function wireMismatches(config: FuseV1Config, wire: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [name, wanted] of Object.entries(fuseNames(config))) {
    const index = FuseV1Options[name as keyof typeof FuseV1Options];
    const state = wire[String(index)];
    const expected = wanted ? FUSE_ON : FUSE_OFF;
    if (state !== expected) problems.push(`${name} is ${String(state)}, expected ${expected}`);
  }
  return problems;
}

function asFusePlatform(name: string): FusePlatform {
  if (name === 'linux' || name === 'win32' || name === 'darwin' || name === 'mas') return name;
  throw new Error(`afterPack: unknown Electron platform "${name}"; cannot choose fuses.`);
}

function asFuseArch(arch: Arch): FuseArch {
  const name = Arch[arch];
  if (name === 'x64' || name === 'arm64' || name === 'ia32' || name === 'armv7l' || name === 'universal') {
    return name;
  }
  throw new Error(`afterPack: unknown architecture ${String(arch)}; cannot choose fuses.`);
}

async function writeReport(report: FusesReport): Promise<void> {
  const target = process.env.KIOSK_FUSES_REPORT;
  if (target) await writeFile(resolve(target), `${JSON.stringify(report, null, 2)}\n`);
}

/** The hook electron-builder calls once per packed app (per platform and architecture). */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const platform = asFusePlatform(context.electronPlatformName);
  const arch = asFuseArch(context.arch);
  const packager = context.packager as AfterPackContext['packager'] & { executableName?: string };
  const { target, wireFile } = electronBinaryPaths(context.appOutDir, platform, {
    productFilename: packager.appInfo.productFilename,
    linuxExecutableName: packager.executableName ?? packager.appInfo.productFilename,
  });
  const config = fuseConfigFor(platform, arch);
  const base = { binary: target, platform, arch, fuses: fuseNames(config) };

  const bytes = await readFile(wireFile);
  if (!hasFuseSentinel(bytes)) {
    const message =
      `Fuses NOT flipped: ${wireFile} has no Electron fuse wire (a stand-in, not a real Electron binary).` +
      ' This package must not be shipped.';
    if (process.env.KIOSK_ALLOW_STANDIN_ELECTRON !== '1') {
      throw new Error(
        `${message} Build installers with the real Electron binary (electron-builder downloads it, or point ` +
          '-c.electronDist at a real Electron folder).',
      );
    }
    console.warn(`  • afterPack: SKIPPED fuse flipping. ${message}`);
    await writeReport({ ...base, status: 'skipped-stand-in', message });
    return;
  }

  await flipFuses(target, config);
  const wire = await getCurrentFuseWire(target);
  const readBack: Record<string, number> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key !== 'version' && typeof value === 'number') readBack[key] = value;
  }
  const wrong = wireMismatches(config, readBack);
  if (wrong.length > 0) {
    throw new Error(`afterPack: fuses did not take in ${target}: ${wrong.join('; ')}.`);
  }
  const message = `Flipped ${Object.keys(base.fuses).length} fuses in ${target}.`;
  console.log(`  • afterPack: ${message}`);
  await writeReport({ ...base, status: 'flipped', readBack, message });
}
