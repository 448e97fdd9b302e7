import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfigFile, readConfigSource, resolveConfigPath } from '../../../../electron/main/config-loader';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveConfigPath', () => {
  it('prefers --config=, then KIOSK_CONFIG, then user data', () => {
    expect(
      resolveConfigPath(['electron', '.', '--config=/a.json'], { KIOSK_CONFIG: '/b.json' }, '/ud'),
    ).toEqual({
      path: resolve('/a.json'),
      source: '--config',
      explicit: true,
    });
    expect(resolveConfigPath(['electron', '.'], { KIOSK_CONFIG: '/b.json' }, '/ud')).toEqual({
      path: resolve('/b.json'),
      source: 'KIOSK_CONFIG',
      explicit: true,
    });
    expect(resolveConfigPath(['electron'], {}, '/ud')).toEqual({
      path: join('/ud', 'kiosk-config.json'),
      source: 'user data',
      explicit: false,
    });
  });
});

describe('loadConfigFile', () => {
  it('a missing file gives defaults and no warning', () => {
    const loaded = loadConfigFile(join(dir, 'none.json'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.path).toBe(join(dir, 'none.json'));
  });

  it('an empty file gives defaults and one file warning', () => {
    writeFileSync(join(dir, 'c.json'), '');
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0].message).toMatch(/empty/);
  });

  it('malformed JSON names line and column', () => {
    writeFileSync(join(dir, 'c.json'), '{\n  "idle_seconds": 60,\n  "hide_cursor": tru\n}');
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.warnings[0].message).toMatch(/line 3, column 18/);
  });

  it('an oversized file is not read', () => {
    writeFileSync(join(dir, 'c.json'), `{"x": "${'a'.repeat(70 * 1024)}"}`);
    expect(readConfigSource(join(dir, 'c.json')).kind).toBe('too-large');
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.warnings[0].message).toMatch(/at most 65536/);
  });

  it('a folder in place of the file is reported, not thrown', () => {
    mkdirSync(join(dir, 'c.json'));
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.warnings[0].message).toMatch(/could not be read/);
  });

  it('good keys are applied, bad ones fall back with a warning each', () => {
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify({ idle_seconds: 90, warning_seconds: 5, hide_cursor: 'yes', extra: 1 }),
    );
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.config.idle_seconds).toBe(90);
    expect(loaded.config.warning_seconds).toBe(DEFAULT_CONFIG.warning_seconds);
    expect(loaded.config.hide_cursor).toBe(false);
    expect(loaded.warnings.map((w) => w.key).sort()).toEqual(['extra', 'hide_cursor', 'warning_seconds']);
  });
});
