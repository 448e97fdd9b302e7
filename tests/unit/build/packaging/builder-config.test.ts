import { describe, expect, it } from 'vitest';
import type { Configuration, FileSet } from 'electron-builder';
import { afterPack } from '../../../../build/packaging/after-pack.ts';
import {
  APP_ID,
  builderConfig,
  configProblems,
  LINUX_EXECUTABLE,
  PRODUCT_NAME,
} from '../../../../build/packaging/builder-config.ts';
import { packagingPaths } from '../../../../build/packaging/paths.ts';

const config = builderConfig({ outDir: 'out-x', iconsDir: 'dist/icons', outputDir: 'dist' });

type Targets = { target: string; arch: string[] }[];
const targets = (platform: { target?: unknown } | null | undefined): Targets => platform?.target as Targets;

describe('builderConfig', () => {
  it('names the app', () => {
    expect(config.appId).toBe(APP_ID);
    expect(APP_ID).toBe('org.allchemoguide.kiosk');
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(PRODUCT_NAME).toBe('ALL Chemo Guide');
    expect(config.linux?.executableName).toBe(LINUX_EXECUTABLE);
  });

  it('packs only package.json and the three bundles, always to out/… inside the archive', () => {
    expect(config.files).toEqual([
      'package.json',
      { from: 'out-x/main', to: 'out/main', filter: ['**/*', '!**/*.map'] },
      { from: 'out-x/preload', to: 'out/preload', filter: ['**/*', '!**/*.map'] },
      { from: 'out-x/renderer', to: 'out/renderer', filter: ['**/*', '!**/*.map'] },
    ]);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('builds the agreed targets per platform', () => {
    expect(targets(config.linux)).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    expect(targets(config.win)).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(targets(config.mac)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.identity).toBeNull();
  });

  it('flips fuses in afterPack, not with electron-builder’s electronFuses', () => {
    expect(config.afterPack).toBe(afterPack);
    expect(config.electronFuses).toBeUndefined();
  });

  it('uses the generated icons and never publishes', () => {
    expect(config.win?.icon).toBe('dist/icons/icon.ico');
    expect(config.mac?.icon).toBe('dist/icons/icon-1024.png');
    expect(config.linux?.icon).toBe('dist/icons/png');
    expect(config.publish).toBeNull();
  });

  it('installs per machine on Windows without starting the app in the installer session', () => {
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.runAfterFinish).toBe(false);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});

describe('configProblems', () => {
  it('finds none in the real config', () => {
    expect(configProblems(config)).toEqual([]);
  });

  it('catches a widened allowlist, asar off, a missing target and a wrong id', () => {
    const files = [...(config.files as (string | FileSet)[]), 'node_modules/**/*'];
    const broken: Configuration = {
      ...config,
      appId: 'com.electron.app',
      asar: false,
      files,
      win: { ...config.win, target: [{ target: 'nsis', arch: ['x64'] }] },
    };
    const problems = configProblems(broken).join('\n');
    expect(problems).toContain('appId must be org.allchemoguide.kiosk');
    expect(problems).toContain('asar must be true');
    expect(problems).toContain('files has an extra entry: node_modules/**/*');
    expect(problems).toContain('win targets must be nsis and portable for x64, are: nsis:x64');
  });

  it('catches a fuse step swapped for electronFuses', () => {
    const broken: Configuration = { ...config, afterPack: null, electronFuses: { runAsNode: false } };
    expect(configProblems(broken)).toEqual([
      'afterPack must be the fuse step (after-pack.ts)',
      'electronFuses must stay unset: afterPack flips the fuses',
    ]);
  });
});

describe('packagingPaths', () => {
  it('follows KIOSK_OUT and defaults to out/ and dist/', () => {
    expect(packagingPaths({})).toEqual({ outDir: 'out', iconsDir: 'dist/icons', outputDir: 'dist' });
    expect(packagingPaths({ KIOSK_OUT: 'out-pack' }).outDir).toBe('out-pack');
  });
});
