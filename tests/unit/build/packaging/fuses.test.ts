import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { fuseConfigFor, fuseNames } from '../../../../build/packaging/fuses.ts';
import type { FuseArch, FusePlatform } from '../../../../build/packaging/fuses.ts';

const platforms: FusePlatform[] = ['linux', 'win32', 'darwin', 'mas'];
const arches: FuseArch[] = ['x64', 'arm64'];

describe('fuseConfigFor', () => {
  for (const platform of platforms) {
    for (const arch of arches) {
      it(`sets every fuse on ${platform} ${arch}`, () => {
        const config = fuseConfigFor(platform, arch);
        expect(config.version).toBe(FuseVersion.V1);
        expect(config[FuseV1Options.RunAsNode]).toBe(false);
        expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
        expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
        expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
        expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
        expect(config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
        expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
        // Asar integrity exists on macOS and Windows only.
        expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(platform !== 'linux');
        // Re-sign ad hoc only where Apple Silicon needs it.
        const mac = platform === 'darwin' || platform === 'mas';
        expect(config.resetAdHocDarwinSignature).toBe(mac && arch === 'arm64');
        // Strict mode would reject Electron 45's longer fuse wire.
        expect(config.strictlyRequireAllFuses).toBe(false);
      });
    }
  }

  it('names every fuse @electron/fuses 1.8 knows, by name', () => {
    expect(fuseNames(fuseConfigFor('win32', 'x64'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('re-signs universal macOS builds too (they hold an arm64 slice)', () => {
    expect(fuseConfigFor('darwin', 'universal').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('linux', 'universal').resetAdHocDarwinSignature).toBe(false);
  });
});
