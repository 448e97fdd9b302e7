// Electron fuses: switches compiled into the Electron binary that no command-line flag, environment variable or
// code in the app can turn back. The afterPack step (after-pack.ts) writes this map into every packaged binary.
// Kept pure (plain data in, plain data out) so a unit test pins every value.
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';

/** Electron's platform names as electron-builder reports them (`context.electronPlatformName`). */
export type FusePlatform = 'linux' | 'win32' | 'darwin' | 'mas';
export type FuseArch = 'x64' | 'arm64' | 'ia32' | 'armv7l' | 'universal';

/** The fuse settings for one packaged binary. */
export function fuseConfigFor(platform: FusePlatform, arch: FuseArch): FuseV1Config {
  const mac = platform === 'darwin' || platform === 'mas';
  // Electron checks the asar against the hash electron-builder embeds (Info.plist on macOS, a resource in the
  // .exe on Windows). Linux has no such check and no embedded hash, so it stays off there rather than unknown.
  const asarIntegrity = mac || platform === 'win32';
  return {
    version: FuseVersion.V1,
    // Flipping fuses edits the binary and breaks the ad-hoc signature that Apple Silicon requires to run it;
    // re-sign ad hoc (unsigned builds) so the app still starts on arm64 Macs.
    resetAdHocDarwinSignature: mac && (arch === 'arm64' || arch === 'universal'),
    // Not strict: Electron 45's wire has more fuses than @electron/fuses 1.8 can name (WasmTrapHandlers); strict
    // mode would refuse the binary. The fuses we do not name keep Electron's defaults.
    strictlyRequireAllFuses: false,
    // ELECTRON_RUN_AS_NODE=1 would turn the kiosk binary into a plain Node.js with full file access: off.
    [FuseV1Options.RunAsNode]: false,
    // Encrypt the cookie store at rest with an OS-held key (the kiosk keeps none, but it costs nothing): on.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload arbitrary code into the main process: ignore it.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect / --inspect-brk would open a debugger port into the main process: ignore them.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Refuse to load an app.asar whose hash does not match the one embedded at build time (macOS, Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: asarIntegrity,
    // Load the app only from app.asar, never from a loose resources/app folder someone drops beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // We ship no custom V8 snapshot: keep the standard one.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // file:// gets no extra powers (fetch of other files, service workers): the UI is served from app:// only.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Fuse names in wire order, for messages and the report (FuseV1Options is a numeric enum). */
export function fuseNames(config: FuseV1Config): Record<string, boolean> {
  const named: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(config)) {
    const index = Number(key);
    if (Number.isInteger(index) && typeof value === 'boolean') {
      named[String(FuseV1Options[index])] = value;
    }
  }
  return named;
}
