// The release pack's pure parts: which npm packages ship (from the bundles' module ids), a CycloneDX 1.5 SBOM
// of them from package-lock.json, the licence notices, SHA-256 sums, and the version-per-content rule.
// build/scripts/release-docs.ts does the disk and the builds.

export type LockPackage = { version?: string; license?: string; resolved?: string; integrity?: string };
export type Lockfile = { packages: Record<string, LockPackage> };

/** `node_modules/@scope/name/…` or `node_modules/name/…` in a module id → the package name (innermost). */
export function packageOfModule(id: string): string | null {
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
  return match === null ? null : match[1];
}

/** Package names bundled into the shipped JavaScript, sorted, plus Electron itself (the runtime). */
export function shippedPackages(moduleIds: readonly string[]): string[] {
  const names = new Set<string>(['electron']);
  for (const id of moduleIds) {
    const name = packageOfModule(id);
    if (name !== null) names.add(name);
  }
  return [...names].sort();
}

export type Component = { name: string; version: string; license: string; purl: string; hash: string | null };

export function components(names: readonly string[], lock: Lockfile): Component[] {
  return names.map((name) => {
    const entry = lock.packages[`node_modules/${name}`];
    if (entry?.version === undefined) throw new Error(`${name} ships but is not in package-lock.json`);
    const purlName = name.startsWith('@') ? `%40${name.slice(1)}` : name;
    return {
      name,
      version: entry.version,
      license: entry.license ?? 'UNKNOWN',
      purl: `pkg:npm/${purlName}@${entry.version}`,
      hash: entry.integrity ?? null,
    };
  });
}

/** A CycloneDX 1.5 JSON SBOM: the app as the root component, each shipped package as a library. */
export function cycloneDx(
  app: { name: string; version: string },
  parts: readonly Component[],
  time: Date,
): object {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      timestamp: time.toISOString(),
      component: { type: 'application', name: app.name, version: app.version, 'bom-ref': 'app' },
    },
    components: parts.map((p) => ({
      type: p.name === 'electron' ? 'framework' : 'library',
      'bom-ref': p.purl,
      name: p.name,
      version: p.version,
      purl: p.purl,
      licenses: [{ license: { id: p.license } }],
      ...(p.hash?.startsWith('sha512-')
        ? { hashes: [{ alg: 'SHA-512', content: Buffer.from(p.hash.slice(7), 'base64').toString('hex') }] }
        : {}),
    })),
    dependencies: [{ ref: 'app', dependsOn: parts.map((p) => p.purl) }],
  };
}

/** `sha256  name` lines (GNU coreutils format, `sha256sum -c` reads it), sorted by name. */
export function sha256Sums(files: readonly { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}

/** The stamp of the content a version was released with (build/packaging/release-stamp.json). */
export type ReleaseStamp = { version: string; content_sha256: string };

/** The .deb's Version field for an app version: electron-builder 26 turns every "-" into "~" for deb. */
export function debVersion(version: string): string {
  return version.replace(/-/g, '~');
}

/**
 * Why a version cannot be released: only plain MAJOR.MINOR.PATCH, because Intune compares DisplayVersion as a
 * dotted number and a pre-release tag ("1.2.0-rc.1") has no defined order there. Null when it can.
 */
export function releaseVersionProblem(version: string): string | null {
  if (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) return null;
  return (
    `version ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH; apt and Intune order only plain numbers. ` +
    'Fix: npm version patch --no-git-tag-version (or minor/major) && npm run release:stamp.'
  );
}

/** Why a release may not be built: the content changed but the version did not. Null when it may. */
export function versionProblem(stamp: ReleaseStamp, version: string, contentSha256: string): string | null {
  const form = releaseVersionProblem(version);
  if (form !== null) return form;
  if (stamp.version === version && stamp.content_sha256 === contentSha256) return null;
  if (stamp.version === version) {
    return (
      `the content changed since version ${version} was stamped, so apt and Intune would not see an update. ` +
      'Fix: npm version patch --no-git-tag-version && npm run release:stamp (and commit both files).'
    );
  }
  return (
    `package.json says ${version} but build/packaging/release-stamp.json records ${stamp.version}. ` +
    'Fix: npm run release:stamp (and commit it).'
  );
}
