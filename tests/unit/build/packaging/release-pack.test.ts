import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  components,
  cycloneDx,
  packageOfModule,
  sha256Sums,
  shippedPackages,
  versionProblem,
} from '../../../../build/packaging/release-pack';
import type { Lockfile } from '../../../../build/packaging/release-pack';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;

describe('release pack', () => {
  it('finds the packages behind bundled module ids, innermost node_modules winning, plus Electron', () => {
    expect(packageOfModule('/p/node_modules/svelte/src/internal/client/index.js')).toBe('svelte');
    expect(packageOfModule('C:\\p\\node_modules\\@scope\\lib\\x.js')).toBe('@scope/lib');
    expect(packageOfModule('/p/node_modules/a/node_modules/b/i.js')).toBe('b');
    expect(packageOfModule('/p/electron/main/index.ts')).toBeNull();
    expect(
      shippedPackages([
        '/p/node_modules/valibot/dist/index.js',
        '/p/renderer/App.svelte',
        '\0virtual:kiosk-content',
      ]),
    ).toEqual(['electron', 'valibot']);
  });

  it('makes a CycloneDX 1.5 SBOM from package-lock.json, with licences, purls and hashes', () => {
    const parts = components(['electron', 'svelte'], lock);
    const bom = cycloneDx({ name: 'all-chemo-kiosk', version: '0.1.0' }, parts, new Date(0)) as {
      bomFormat: string;
      specVersion: string;
      components: {
        name: string;
        purl: string;
        licenses: { license: { id: string } }[];
        hashes?: unknown[];
      }[];
    };
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.5');
    expect(bom.components.map((c) => c.purl)).toEqual([
      `pkg:npm/electron@${lock.packages['node_modules/electron'].version}`,
      `pkg:npm/svelte@${lock.packages['node_modules/svelte'].version}`,
    ]);
    expect(bom.components[1].licenses[0].license.id).toBe('MIT');
    expect(bom.components[1].hashes).toHaveLength(1);
    expect(() => components(['not-a-package'], lock)).toThrow(/not in package-lock.json/);
  });

  it('writes sha256sum-compatible lines', () => {
    expect(
      sha256Sums([
        { name: 'b.deb', sha256: 'bb' },
        { name: 'a.exe', sha256: 'aa' },
      ]),
    ).toBe('aa  a.exe\nbb  b.deb\n');
  });

  it('refuses a release whose content changed without a version bump', () => {
    expect(versionProblem({ version: '0.1.0', content_sha256: 'x' }, '0.1.0', 'x')).toBeNull();
    expect(versionProblem({ version: '0.1.0', content_sha256: 'x' }, '0.1.0', 'y')).toMatch(
      /npm version patch/,
    );
    expect(versionProblem({ version: '0.1.0', content_sha256: 'x' }, '0.1.1', 'y')).toMatch(/release:stamp/);
  });

  it('the checked-in stamp matches package.json', () => {
    const stamp = JSON.parse(readFileSync('build/packaging/release-stamp.json', 'utf8')) as {
      version: string;
    };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(stamp.version).toBe(pkg.version);
  });
});
