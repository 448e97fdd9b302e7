// The electron-builder configuration, as a function of where the build and the icons are, so unit tests can
// read it without running a build. electron-builder.config.ts (the file `npm run dist` passes with --config)
// calls it with the real folders.
import type { Configuration, FileSet } from 'electron-builder';
import { afterPack } from './after-pack.ts';
import { signingPlan, UNSIGNED_ENV, type SigningPlan } from './signing.ts';

export const APP_ID = 'org.allchemoguide.kiosk';
export const PRODUCT_NAME = 'ALL Chemo Guide';
/** Linux binary and deb package command name: no spaces, so unit files and shells need no quoting. */
export const LINUX_EXECUTABLE = 'all-chemo-kiosk';

export type BuilderPaths = {
  /** The build folder (KIOSK_OUT), relative to the project root; its main/, preload/, renderer/ are packed. */
  outDir: string;
  /** Folder holding the generated icons (icon.ico, icon-1024.png, png/NxN.png), relative to the project root. */
  iconsDir: string;
  /** Where installers go, relative to the project root or absolute. */
  outputDir: string;
};

/** The packed bundles always land at out/… inside app.asar, whatever KIOSK_OUT was, so "main" stays valid. */
function packedFolder(outDir: string, part: 'main' | 'preload' | 'renderer'): FileSet {
  // Source maps never ship, even if a build config turns them on.
  return { from: `${outDir}/${part}`, to: `out/${part}`, filter: ['**/*', '!**/*.map'] };
}

export function builderConfig(
  paths: BuilderPaths,
  signing: SigningPlan = signingPlan(UNSIGNED_ENV),
): Configuration {
  const files: (string | FileSet)[] = [
    'package.json',
    packedFolder(paths.outDir, 'main'),
    packedFolder(paths.outDir, 'preload'),
    packedFolder(paths.outDir, 'renderer'),
  ];

  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'ALL Chemo Guide contributors',
    // No presets and no publishing: a kiosk build never uploads anything.
    extends: null,
    publish: null,
    directories: { output: paths.outputDir, buildResources: 'build/packaging' },
    // Allowlist: only the three bundles and package.json. Everything else (sources, tests, content Markdown,
    // node_modules) stays out; `npm run dist:check` proves it on the packed app.asar.
    files,
    asar: true,
    compression: 'normal',
    // All our packages are devDependencies and main is fully bundled: nothing to install or rebuild.
    npmRebuild: false,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    // Chromium's own UI strings: only the kiosk's languages (saves about 40 MB per install).
    electronLanguages: ['en-US', 'es', 'es-419'],
    artifactName: 'all-chemo-guide-${version}-${os}-${arch}.${ext}',
    afterPack,
    // Signing comes from the environment (signing.ts); a release build with KIOSK_REQUIRE_SIGNING=1 fails unsigned.
    forceCodeSigning: signing.forceCodeSigning,

    linux: {
      target: [
        { target: 'AppImage', arch: ['x64', 'arm64'] },
        { target: 'deb', arch: ['x64', 'arm64'] },
      ],
      executableName: LINUX_EXECUTABLE,
      // A folder of NxN.png files: electron-builder installs each size into the icon theme.
      icon: `${paths.iconsDir}/png`,
      category: 'Education',
      synopsis: 'Touchscreen guide to chemotherapy for acute lymphocytic leukemia',
      maintainer: 'ALL Chemo Guide IT <kiosk@allchemoguide.org>',
      vendor: 'ALL Chemo Guide',
      // The kiosk session files, so IT finds them next to the app (…/resources/kiosk-setup/).
      extraResources: [
        { from: 'build/packaging/linux', to: 'kiosk-setup', filter: ['*.service', '*.desktop'] },
      ],
    },
    deb: {
      packageName: LINUX_EXECUTABLE,
    },

    win: {
      target: [
        { target: 'nsis', arch: ['x64'] },
        { target: 'portable', arch: ['x64'] },
      ],
      icon: `${paths.iconsDir}/icon.ico`,
      ...signing.win,
    },
    nsis: {
      // IT installs once for every account (Assigned Access runs the app as a separate kiosk user).
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      // Never start the kiosk inside the installer's elevated session.
      runAfterFinish: false,
      // Uninstalling keeps the site's config and logs.
      deleteAppDataOnUninstall: false,
      artifactName: 'all-chemo-guide-${version}-setup-${arch}.${ext}',
    },
    portable: {
      artifactName: 'all-chemo-guide-${version}-portable-${arch}.${ext}',
    },

    mac: {
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
      // electron-builder turns a 1024 px PNG into the .icns itself.
      icon: `${paths.iconsDir}/icon-1024.png`,
      category: 'public.app-category.education',
      // Unsigned: no identity, so no signing and no notarization (the fuse step re-signs ad hoc on arm64).
      identity: null,
      notarize: false,
    },
    dmg: {
      artifactName: 'all-chemo-guide-${version}-${arch}.${ext}',
    },
  };
}

type TargetList = { target: string; arch?: string[] | string }[];

function targetsOf(platform: { target?: unknown } | null | undefined): string[] {
  const list = (platform?.target ?? []) as TargetList;
  return list.flatMap(({ target, arch }) => [arch ?? []].flat().map((a) => `${target}:${a}`)).sort();
}

/** Why a config breaks the packaging contract (each rule checked below); empty when it holds. */
export function configProblems(config: Configuration, secrets: readonly string[] = []): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  expect(config.appId === APP_ID, `appId must be ${APP_ID}`);
  expect(config.productName === PRODUCT_NAME, `productName must be "${PRODUCT_NAME}"`);
  expect(config.asar === true, 'asar must be true');
  expect(config.afterPack === afterPack, 'afterPack must be the fuse step (after-pack.ts)');
  expect(config.electronFuses == null, 'electronFuses must stay unset: afterPack flips the fuses');
  expect(config.npmRebuild === false, 'npmRebuild must be false (no run-time dependencies)');

  const files = [config.files ?? []].flat();
  const shapes = files.map((f) => (typeof f === 'string' ? f : `${f.from ?? '.'} -> ${f.to ?? '.'}`));
  const wanted = ['package.json', 'main', 'preload', 'renderer'];
  expect(
    files.length === wanted.length,
    `files must hold exactly ${wanted.length} entries, has: ${shapes.join(', ')}`,
  );
  expect(files.includes('package.json'), 'files must include package.json');
  for (const part of ['main', 'preload', 'renderer']) {
    const set = files.find((f) => typeof f !== 'string' && f.to === `out/${part}`);
    expect(set !== undefined, `files must pack the ${part} bundle to out/${part}`);
  }
  for (const f of files) {
    if (typeof f === 'string' && f !== 'package.json') problems.push(`files has an extra entry: ${f}`);
  }

  const same = (a: string[], b: string[]): boolean => a.join() === [...b].sort().join();
  expect(
    same(targetsOf(config.linux), ['AppImage:x64', 'AppImage:arm64', 'deb:x64', 'deb:arm64']),
    `linux targets must be AppImage and deb for x64 and arm64, are: ${targetsOf(config.linux).join(', ')}`,
  );
  expect(
    same(targetsOf(config.win), ['nsis:x64', 'portable:x64']),
    `win targets must be nsis and portable for x64, are: ${targetsOf(config.win).join(', ')}`,
  );
  expect(
    same(targetsOf(config.mac), ['dmg:x64', 'dmg:arm64']),
    `mac targets must be dmg for x64 and arm64, are: ${targetsOf(config.mac).join(', ')}`,
  );
  expect(config.mac?.identity === null, 'mac.identity must be null (unsigned builds)');
  // Certificates and passwords come from the environment only (signing.ts), never from this file.
  const win = config.win ?? {};
  for (const [key, value] of [
    ['cscLink', config.cscLink],
    ['cscKeyPassword', config.cscKeyPassword],
    ['win.cscLink', win.cscLink],
    ['win.cscKeyPassword', win.cscKeyPassword],
    ['win.signtoolOptions.certificateFile', win.signtoolOptions?.certificateFile],
    ['win.signtoolOptions.certificatePassword', win.signtoolOptions?.certificatePassword],
  ] as const) {
    expect(
      value == null,
      `${key} must not be set: signing secrets come from the environment (docs/deploy.md 2.1)`,
    );
  }
  const text = JSON.stringify(config);
  if (secrets.some((secret) => text.includes(secret))) {
    problems.push(
      'the config holds the value of a signing secret from the environment; it must only name it',
    );
  }
  return problems;
}
