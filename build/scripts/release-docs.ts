// `npm run release:docs` (and the last step of `npm run dist`): the release pack in dist/release/ — CycloneDX
// SBOM of what ships, third-party licence notices, the data inventory, the release notes for IT (Electron
// version and update policy, fuses, AppArmor profile, signing) and SHA256SUMS over the pack and any installers.
// `--stamp`: record the current version with the content hash (build/packaging/release-stamp.json).
// `--out DIR`: write the pack elsewhere (dist:check uses a temp folder).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';
import { contentSha256 } from '../content/manifest.ts';
import { readTree } from '../content/read-tree.ts';
import { fuseConfigFor, fuseNames } from '../packaging/fuses.ts';
import {
  components,
  cycloneDx,
  sha256Sums,
  shippedPackages,
  versionProblem,
} from '../packaging/release-pack.ts';
import type { Lockfile, ReleaseStamp } from '../packaging/release-pack.ts';

const STAMP = 'build/packaging/release-stamp.json';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  productName: string;
  version: string;
};
const args = process.argv.slice(2);
const contentHash = contentSha256(await readTree(resolve('content')));

if (args.includes('--stamp')) {
  writeFileSync(STAMP, `${JSON.stringify({ version: pkg.version, content_sha256: contentHash }, null, 2)}\n`);
  console.log(`Stamped ${pkg.version} with content ${contentHash.slice(0, 12)}… in ${STAMP}.`);
  process.exit(0);
}

const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as ReleaseStamp;
const problem = versionProblem(stamp, pkg.version, contentHash);
if (args.includes('--require-stamp') && problem !== null) {
  console.error(`Release refused: ${problem}`);
  process.exit(1);
}

const outIndex = args.indexOf('--out');
const out = resolve(outIndex === -1 ? 'dist/release' : args[outIndex + 1]);
mkdirSync(out, { recursive: true });

// What ships: every module the main and renderer bundles pull in (built in memory, nothing written).
const moduleIds: string[] = [];
for (const configFile of [
  'build/vite/main.config.ts',
  'build/vite/preload.config.ts',
  'build/vite/renderer.config.ts',
]) {
  const result = await build({ configFile, logLevel: 'silent', build: { write: false } });
  for (const output of [result].flat() as { output?: { moduleIds?: string[] }[] }[]) {
    for (const chunk of output.output ?? []) moduleIds.push(...(chunk.moduleIds ?? []));
  }
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const parts = components(shippedPackages(moduleIds), lock);
writeFileSync(
  join(out, 'sbom.cdx.json'),
  `${JSON.stringify(cycloneDx({ name: pkg.name, version: pkg.version }, parts, new Date()), null, 2)}\n`,
);

// Licence notices: each shipped package's own licence file.
const notices = parts.map((p) => {
  const dir = join('node_modules', p.name);
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  const text =
    file === undefined ? '(no licence file in the package)' : readFileSync(join(dir, file), 'utf8').trim();
  return `${'='.repeat(78)}\n${p.name} ${p.version} — ${p.license}\n${'='.repeat(78)}\n${text}\n`;
});
writeFileSync(
  join(out, 'THIRD-PARTY-NOTICES.txt'),
  `Third-party software shipped in ${pkg.productName} ${pkg.version}\n\n` +
    'Electron also ships Chromium and its own third-party licences in LICENSES.chromium.html beside the app.\n\n' +
    notices.join('\n'),
);

copyFileSync('docs/data-inventory.md', join(out, 'data-inventory.md'));
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
  version: string;
};
const fuses = Object.entries(fuseNames(fuseConfigFor('linux', 'x64')))
  .map(([name, on]) => `| ${name} | ${on ? 'on' : 'off'} |`)
  .join('\n');
writeFileSync(
  join(out, 'RELEASE.md'),
  `# ${pkg.productName} ${pkg.version}\n\n` +
    `- Content sha256: \`${contentHash}\`${problem === null ? '' : ` (**not stamped**: ${problem})`}\n` +
    `- Electron ${electronVersion.version}. Electron supports the latest three major versions, a new major about every 8 weeks, so each is supported about six months: update Electron at least twice a year and with every Chromium security release that applies.\n` +
    `- Shipped packages (${parts.length}): ${parts.map((p) => `${p.name} ${p.version} (${p.license})`).join(', ')}. SBOM: sbom.cdx.json (CycloneDX 1.5).\n` +
    '- Data inventory: data-inventory.md. No personal or health information is stored.\n' +
    "- The .deb installs an AppArmor profile (electron-builder's default, /etc/apparmor.d/all-chemo-kiosk) that is `flags=(unconfined)` with `userns`: it only lets Chromium's sandbox create user namespaces on Ubuntu 24.04+, it confines nothing.\n" +
    '- Signing: see docs/deploy.md section 2.1. Check the files with `sha256sum -c SHA256SUMS`.\n\n' +
    `## Fuses (flipped at packaging)\n\n| Fuse | State |\n| --- | --- |\n${fuses}\n`,
);

// Sums over the pack and any installers already in dist/.
const installers = existsSync('dist')
  ? readdirSync('dist')
      .filter((name) => /\.(deb|AppImage|exe|dmg|zip|tar\.gz)$/.test(name))
      .map((name) => join('dist', name))
  : [];
const packFiles = readdirSync(out)
  .filter((name) => name !== 'SHA256SUMS')
  .map((name) => join(out, name));
const sums = [...packFiles, ...installers]
  .filter((file) => statSync(file).isFile())
  .map((file) => ({
    name: basename(file),
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
  }));
writeFileSync(join(out, 'SHA256SUMS'), sha256Sums(sums));
console.log(
  `Release pack in ${out}: ${parts.length} shipped packages (${parts.map((p) => p.name).join(', ')}), ${sums.length} files summed.`,
);
if (problem !== null) console.warn(`warning: ${problem}`);
