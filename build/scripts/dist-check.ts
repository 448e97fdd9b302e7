// `npm run dist:check` (after `npm run build`): proves the packaging offline, in CI, without an Electron binary.
// 1. the builder config keeps the contract (targets, allowlist, asar, app id, fuse step);
// 2. the icons draw from icon.svg and the .ico is well formed;
// 3. electron-builder packs the unpacked `dir` target against a stand-in Electron folder (no download);
// 4. app.asar holds only the allowlist, under the size budget, and main/preload load nothing but Electron and
//    Node built-ins. The fuses cannot be flipped in a stand-in: that check reports SKIPPED, never passed.
// Everything goes to a temporary folder, removed afterwards (KIOSK_KEEP_DIST_CHECK=1 keeps it).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import asar from '@electron/asar';
import { builderConfig, configProblems, LINUX_EXECUTABLE } from '../packaging/builder-config.ts';
import { signingPlan, signingSecrets } from '../packaging/signing.ts';
import type { FusesReport } from '../packaging/after-pack.ts';
import {
  ASAR_BUDGET_BYTES,
  checkAsarEntries,
  disallowedImports,
  formatBytes,
  runtimeImports,
} from '../packaging/asar-allowlist.ts';
import type { AsarEntry } from '../packaging/asar-allowlist.ts';
import { readIco, pngSize } from '../packaging/ico.ts';
import { ICO_SIZES, LINUX_SIZES, makeIcons } from '../packaging/make-icons.ts';
import { packagingPaths } from '../packaging/paths.ts';

type Status = 'pass' | 'fail' | 'skip';
const results: { name: string; status: Status; detail: string }[] = [];
function record(name: string, status: Status, detail = ''): void {
  results.push({ name, status, detail });
  const mark = { pass: 'ok     ', fail: 'FAIL   ', skip: 'SKIPPED' }[status];
  console.log(`${mark} ${name}${detail ? `: ${detail}` : ''}`);
}

const started = performance.now();
const budget = Number(process.env.KIOSK_ASAR_BUDGET_BYTES ?? ASAR_BUDGET_BYTES);
const work = await mkdtemp(join(tmpdir(), 'kiosk-dist-check-'));
const outDir = process.env.KIOSK_OUT ?? 'out';
// Locale packs in the stand-in: the config keeps en-US, es, es-419 and must drop the rest.
const STAND_IN_LOCALES = ['en-US', 'es', 'es-419', 'fr', 'de'];
const KEPT_LOCALES = ['en-US.pak', 'es-419.pak', 'es.pak'];

/** A folder shaped like Electron's Linux dist: an `electron` executable (that only says what it is) and locales. */
async function makeStandInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  const exe = join(dir, 'electron');
  await writeFile(exe, '#!/bin/sh\necho "Stand-in for Electron (dist:check): not runnable." >&2\nexit 1\n');
  await chmod(exe, 0o755);
  for (const locale of STAND_IN_LOCALES) await writeFile(join(dir, 'locales', `${locale}.pak`), locale);
  await writeFile(join(dir, 'version'), '0.0.0-stand-in');
}

/** Run electron-builder's CLI; resolves with its exit code and output. Any download attempt is caught. */
function runBuilder(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    // Echo whole lines, indented, so the builder's log reads as part of this check.
    const take = (chunk: Buffer): void => {
      const text = partial + chunk.toString();
      output += chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`    │ ${line}\n`);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    // Offline it takes seconds; a minute means it is waiting on the network.
    const timer = setTimeout(() => {
      output +=
        '\n(dist:check stopped electron-builder after 120 s: it was probably waiting on the network)\n';
      child.kill('SIGTERM');
    }, 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (partial) process.stdout.write(`    │ ${partial}\n`);
      done({ code: code ?? 1, output });
    });
  });
}

function listAsar(archive: string): AsarEntry[] {
  const entries: AsarEntry[] = [];
  for (const listed of asar.listPackage(archive, { isPack: false })) {
    const path = listed.replace(/\\/g, '/').replace(/^\//, '');
    const stat = asar.statFile(archive, path, false) as { size?: number; files?: unknown };
    if ('files' in stat) continue; // a directory
    entries.push({ path, size: stat.size ?? 0 });
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

async function main(): Promise<void> {
  // 0. The build this packs.
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
    main?: string;
    dependencies?: Record<string, string>;
  };
  const mainEntry = pkg.main ?? '';
  const builtMain = join(outDir, relative('out', mainEntry));
  const missing = [builtMain, join(outDir, 'preload/index.cjs'), join(outDir, 'renderer/index.html')].filter(
    (file) => !existsSync(file),
  );
  if (!mainEntry.startsWith('out/') || missing.length > 0) {
    record(
      'build output',
      'fail',
      `package.json "main" is "${mainEntry}"; expected ${missing.join(', ')} (run \`npm run build\` with the same KIOSK_OUT)`,
    );
    return;
  }
  record('build output', 'pass', `${outDir}/ has main (${mainEntry}), preload and renderer`);
  const deps = Object.keys(pkg.dependencies ?? {});
  record(
    'no run-time dependencies',
    deps.length === 0 ? 'pass' : 'fail',
    deps.length === 0
      ? 'package.json "dependencies" is empty'
      : `move to devDependencies: ${deps.join(', ')}`,
  );

  // 1. Config.
  const paths = { ...packagingPaths(), iconsDir: join(work, 'icons'), outputDir: join(work, 'dist') };
  const problems = configProblems(builderConfig(paths));
  record(
    'builder config',
    problems.length === 0 ? 'pass' : 'fail',
    problems.join('; ') || 'targets, files, asar, ids',
  );
  // 1b. Signing: each way of signing, with stand-in secrets, must name the variables and hold none of the values.
  const standIns: Record<string, Record<string, string>> = {
    pfx: { WIN_CSC_LINK: 'c3RhbmQtaW4tcGZ4LWJ5dGVz', WIN_CSC_KEY_PASSWORD: 'stand-in-password-7431' },
    azure: {
      KIOSK_AZURE_SIGN_ENDPOINT: 'https://eus.codesigning.azure.net',
      KIOSK_AZURE_SIGN_ACCOUNT: 'kiosk-signing',
      KIOSK_AZURE_SIGN_PROFILE: 'kiosk-public',
      KIOSK_WIN_PUBLISHER_NAME: 'ALL Chemo Guide',
      AZURE_TENANT_ID: 'tenant',
      AZURE_CLIENT_ID: 'client',
      AZURE_CLIENT_SECRET: 'stand-in-client-secret-9902',
    },
  };
  const signingFailures = Object.entries(standIns).flatMap(([mode, env]) => {
    const plan = signingPlan(env);
    const found = configProblems(builderConfig(paths, plan), signingSecrets(env));
    return plan.mode !== mode || plan.errors.length > 0
      ? [`${mode}: planned ${plan.mode} (${plan.errors.join('; ')})`]
      : found.map((p) => `${mode}: ${p}`);
  });
  const here = signingPlan(process.env);
  record(
    'signing from the environment',
    signingFailures.length === 0 ? 'pass' : 'fail',
    signingFailures.join('; ') ||
      `no secret in the config; this machine: ${here.mode} (${here.messages[0] ?? ''})`,
  );

  // 2. Icons.
  try {
    const icons = await makeIcons(paths.iconsDir);
    const ico = readIco(await readFile(icons.ico));
    const icoSizes = ico.map((e) => e.size).join(',');
    const okIco =
      icoSizes === ICO_SIZES.join(',') && ico.every((e) => e.width === e.size && e.height === e.size);
    const mac = pngSize(await readFile(icons.mac));
    const pngs = (await readdir(icons.linuxDir)).sort();
    const okLinux = LINUX_SIZES.every((s) => pngs.includes(`${s}x${s}.png`));
    const ok = okIco && okLinux && mac.width === 1024 && mac.height === 1024;
    record(
      'icons',
      ok ? 'pass' : 'fail',
      `icon.ico [${icoSizes}], ${pngs.length} Linux PNGs, mac ${mac.width} px`,
    );
  } catch (error) {
    record('icons', 'fail', error instanceof Error ? error.message : String(error));
    return;
  }

  // 3. Pack the dir target against the stand-in.
  const standIn = join(work, 'electron-stand-in');
  await makeStandInElectron(standIn);
  const fusesReport = join(work, 'fuses-report.json');
  const arch = process.arch === 'arm64' ? '--arm64' : '--x64';
  const packStarted = performance.now();
  const dead = 'http://127.0.0.1:9'; // a proxy that refuses at once: a download attempt fails fast and loudly
  const { code, output } = await runBuilder(
    [
      '--config',
      'build/packaging/electron-builder.config.ts',
      '--linux',
      'dir',
      arch,
      '--publish',
      'never',
      `-c.electronDist=${standIn}`,
    ],
    {
      ...process.env,
      KIOSK_OUT: outDir,
      KIOSK_ICONS_DIR: paths.iconsDir,
      KIOSK_DIST_DIR: paths.outputDir,
      KIOSK_FUSES_REPORT: fusesReport,
      KIOSK_ALLOW_STANDIN_ELECTRON: '1',
      HTTP_PROXY: dead,
      HTTPS_PROXY: dead,
      http_proxy: dead,
      https_proxy: dead,
      NO_PROXY: '',
      CI: process.env.CI ?? '',
    },
  );
  const packSeconds = ((performance.now() - packStarted) / 1000).toFixed(1);
  const downloads = output
    .split('\n')
    .filter((line) => /download|ECONNREFUSED|ETIMEDOUT|ENOTFOUND/i.test(line));
  record(
    'offline',
    downloads.length === 0 ? 'pass' : 'fail',
    downloads.length === 0 ? 'electron-builder made no download attempt' : downloads.slice(0, 3).join(' | '),
  );
  if (code !== 0) {
    record('electron-builder dir target', 'fail', `exit code ${code} after ${packSeconds} s (output above)`);
    return;
  }
  record('electron-builder dir target', 'pass', `packed in ${packSeconds} s`);

  const appOut = join(paths.outputDir, process.arch === 'arm64' ? 'linux-arm64-unpacked' : 'linux-unpacked');
  const exe = join(appOut, LINUX_EXECUTABLE);
  record('executable name', existsSync(exe) ? 'pass' : 'fail', relative(work, exe));
  const locales = (await readdir(join(appOut, 'locales'))).sort();
  record(
    'Chromium locales trimmed',
    locales.join() === KEPT_LOCALES.join() ? 'pass' : 'fail',
    `kept ${locales.join(', ')} of ${STAND_IN_LOCALES.length}`,
  );
  const setup = join(appOut, 'resources', 'kiosk-setup');
  const setupFiles = existsSync(setup) ? (await readdir(setup)).sort() : [];
  record(
    'kiosk session files shipped',
    setupFiles.join() === 'all-chemo-kiosk.desktop,all-chemo-kiosk.service' ? 'pass' : 'fail',
    `resources/kiosk-setup: ${setupFiles.join(', ') || 'missing'}`,
  );

  // 4. The fuses: honest about the stand-in.
  if (!existsSync(fusesReport)) {
    record('fuses', 'fail', 'the afterPack step did not run (no report)');
  } else {
    const report = JSON.parse(await readFile(fusesReport, 'utf8')) as FusesReport;
    if (report.status === 'skipped-stand-in') {
      record(
        'fuses',
        'skip',
        'afterPack ran, found a stand-in Electron and did not flip (needs the real binary)',
      );
    } else {
      record('fuses', 'pass', report.message);
    }
  }

  // 5. The archive.
  const archive = join(appOut, 'resources', 'app.asar');
  const entries = listAsar(archive);
  const packedPkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
    main?: string;
    dependencies?: Record<string, string>;
  };
  const required = [
    packedPkg.main ?? '(package.json has no "main")',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ];
  const check = checkAsarEntries(entries, { budgetBytes: budget, requiredFiles: required });
  console.log(`\napp.asar (${formatBytes(check.totalBytes)}, budget ${formatBytes(budget)}):`);
  for (const [root, tally] of Object.entries(check.byRoot)) {
    console.log(`  ${root.padEnd(14)} ${String(tally.files).padStart(4)} files  ${formatBytes(tally.bytes)}`);
  }
  console.log('');
  record(
    'asar allowlist and budget',
    check.problems.length === 0 ? 'pass' : 'fail',
    check.problems.length === 0
      ? `${entries.length} files, ${formatBytes(check.totalBytes)} of ${formatBytes(budget)}`
      : check.problems.join('; '),
  );
  const bad: string[] = [];
  for (const file of [packedPkg.main ?? '', 'out/preload/index.cjs']) {
    if (!entries.some((e) => e.path === file)) continue;
    const source = asar.extractFile(archive, file).toString('utf8');
    const extra = disallowedImports(runtimeImports(source), builtinModules);
    if (extra.length > 0) bad.push(`${file} loads ${extra.join(', ')}`);
  }
  record(
    'run-time imports',
    bad.length === 0 ? 'pass' : 'fail',
    bad.length === 0 ? 'main and preload load only electron and Node built-ins' : bad.join('; '),
  );
}

/** The release pack (npm run release:docs) is produced, its SBOM names what the bundles hold, the sums verify. */
async function releasePack(): Promise<void> {
  const out = join(work, 'release');
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [tsx, 'build/scripts/release-docs.ts', '--out', out], {
      stdio: 'inherit',
    });
    child.on('close', (c) => done(c ?? 1));
  });
  if (code !== 0) {
    record('release pack', 'fail', `release-docs exited with code ${code}`);
    return;
  }
  const problems: string[] = [];
  const files = await readdir(out);
  for (const want of [
    'sbom.cdx.json',
    'THIRD-PARTY-NOTICES.txt',
    'data-inventory.md',
    'RELEASE.md',
    'SHA256SUMS',
  ]) {
    if (!files.includes(want)) problems.push(`${want} missing`);
  }
  const sbom = JSON.parse(await readFile(join(out, 'sbom.cdx.json'), 'utf8')) as {
    components: { name: string }[];
  };
  const names = sbom.components.map((c) => c.name);
  for (const must of ['electron', 'svelte']) if (!names.includes(must)) problems.push(`SBOM lacks ${must}`);
  const { createHash } = await import('node:crypto');
  for (const line of (await readFile(join(out, 'SHA256SUMS'), 'utf8')).trim().split('\n')) {
    const [sum, name] = line.split('  ');
    const actual = createHash('sha256')
      .update(await readFile(join(out, name)))
      .digest('hex');
    if (actual !== sum) problems.push(`SHA256SUMS wrong for ${name}`);
  }
  record(
    'release pack',
    problems.length === 0 ? 'pass' : 'fail',
    problems.length === 0 ? `${files.length} files; SBOM: ${names.join(', ')}` : problems.join('; '),
  );
}

try {
  await main();
  await releasePack();
} catch (error) {
  record('dist:check', 'fail', error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  if (process.env.KIOSK_KEEP_DIST_CHECK === '1') console.log(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

const count = (s: Status): number => results.filter((r) => r.status === s).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `dist:check: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped in ${seconds} s` +
    (count('skip') > 0
      ? ' (skipped: fuses need a real Electron binary; installers are built by `npm run dist`)'
      : ''),
);
if (process.env.KIOSK_DIST_CHECK_REPORT) {
  await writeFile(
    resolve(process.env.KIOSK_DIST_CHECK_REPORT),
    `${JSON.stringify({ passed: count('pass'), failed: count('fail'), skipped: count('skip'), results }, null, 2)}\n`,
  );
}
process.exit(count('fail') === 0 ? 0 : 1);
