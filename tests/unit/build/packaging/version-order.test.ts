import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  debVersion,
  releaseVersionProblem,
  versionProblem,
} from '../../../../build/packaging/release-pack.ts';

// Versions in the order `npm version patch|minor|major` produces them, so apt must see each one as newer.
const BUMPS = ['0.1.0', '0.1.1', '0.1.9', '0.1.10', '0.2.0', '0.10.0', '1.0.0', '1.0.1', '10.0.0'];
const hasDpkg = spawnSync('dpkg', ['--version']).status === 0;

/** dpkg's own answer: true when `a op b` holds (exit code 0), false when it does not (exit code 1). */
function dpkgCompare(a: string, op: 'lt' | 'gt' | 'eq', b: string): boolean {
  const run = spawnSync('dpkg', ['--compare-versions', a, op, b]);
  if (run.status !== 0 && run.status !== 1) throw new Error(`dpkg failed: ${run.stderr.toString()}`);
  return run.status === 0;
}

describe('release versions', () => {
  it('accepts only MAJOR.MINOR.PATCH', () => {
    for (const v of BUMPS) expect(releaseVersionProblem(v)).toBeNull();
    for (const v of ['1.2.0-rc.1', '1.2', 'v1.2.3', '01.2.3', '1.2.3+build.4']) {
      expect(releaseVersionProblem(v)).toMatch(/not MAJOR\.MINOR\.PATCH/);
    }
    expect(versionProblem({ version: '1.2.0-rc.1', content_sha256: 'x' }, '1.2.0-rc.1', 'x')).toMatch(
      /not MAJOR\.MINOR\.PATCH/,
    );
  });

  it('maps to the .deb Version field the way electron-builder 26 does', () => {
    expect(debVersion('0.1.10')).toBe('0.1.10');
    expect(debVersion('0.2.0-beta.1')).toBe('0.2.0~beta.1');
  });
});

describe.skipIf(!hasDpkg)('dpkg orders the .deb versions (needs dpkg; skipped where there is none)', () => {
  it('sees every bump as newer, so a plain apt install upgrades', () => {
    for (let i = 1; i < BUMPS.length; i++) {
      const [older, newer] = [debVersion(BUMPS[i - 1]), debVersion(BUMPS[i])];
      expect(dpkgCompare(older, 'lt', newer), `${older} < ${newer}`).toBe(true);
    }
  });

  it('sees going back as a downgrade, which is why rollback needs --allow-downgrades', () => {
    expect(dpkgCompare('0.1.10', 'gt', '0.1.9')).toBe(true);
    expect(dpkgCompare(debVersion('0.1.9'), 'eq', '0.1.9')).toBe(true);
  });

  it('would have put a pre-release after its release without the "~" (why releases stay plain)', () => {
    expect(dpkgCompare('0.2.0-beta.1', 'gt', '0.2.0')).toBe(true);
    expect(dpkgCompare(debVersion('0.2.0-beta.1'), 'lt', '0.2.0')).toBe(true);
    expect(execFileSync('dpkg', ['--version']).toString()).toMatch(/dpkg/);
  });
});
