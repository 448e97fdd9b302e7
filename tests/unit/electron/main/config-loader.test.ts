import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  loadConfigFile,
  loadSiteConfig,
  readConfigSource,
  resolveConfigPath,
} from '../../../../electron/main/config-loader';
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

describe('encodings', () => {
  const json = `{"care_team_phone": "555-0100 x22", "locales": ["es"], "default_locale": "es"}`;
  it.each<[string, Buffer]>([
    ['UTF-8', Buffer.from(json, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')])],
    [
      'UTF-16LE with BOM (PowerShell 5.1 Out-File)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
    ],
    ['UTF-16LE without BOM', Buffer.from(json, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()])],
  ])('%s is read', (_name, bytes) => {
    writeFileSync(join(dir, 'c.json'), bytes);
    const loaded = loadConfigFile(join(dir, 'c.json'));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config.care_team_phone).toBe('555-0100 x22');
    expect(loaded.config.locales).toEqual(['es']);
  });
  it('bytes that are not UTF-8 say so', () => {
    writeFileSync(join(dir, 'c.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect(loadConfigFile(join(dir, 'c.json')).warnings[0].message).toMatch(/not UTF-8 or UTF-16/);
  });
});

describe('loadSiteConfig', () => {
  it('keeps the last good copy (0600) and runs on it when the file breaks', () => {
    const path = join(dir, 'kiosk-config.json');
    writeFileSync(path, '{"care_team_phone": "555-0100"}');
    const first = loadSiteConfig({ path, dataDir: dir });
    expect(first.usedLastGood).toBe(false);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(first.lastGoodPath, 'utf8')).toBe('{"care_team_phone": "555-0100"}');

    writeFileSync(path, '{"care_team_phone": "555-0199",}');
    const second = loadSiteConfig({ path, dataDir: dir });
    expect(second.usedLastGood).toBe(true);
    expect(second.config.care_team_phone).toBe('555-0100');
    expect(second.warnings[0].message).toMatch(/LAST GOOD CONFIG/);
    expect(readFileSync(first.lastGoodPath, 'utf8')).toBe('{"care_team_phone": "555-0100"}');
  });
  // Windows has no POSIX modes; there this check is reported as skipped.
  it.skipIf(process.platform === 'win32')('the last good copy is readable by its owner only (0600)', () => {
    const path = join(dir, 'kiosk-config.json');
    writeFileSync(path, '{"care_team_phone": "555-0100"}');
    const first = loadSiteConfig({ path, dataDir: dir });
    expect(statSync(first.lastGoodPath).mode & 0o777).toBe(0o600);
  });

  it('an explicit path that does not exist is a warning', () => {
    const loaded = loadSiteConfig({ path: join(dir, 'nope.json'), explicit: '--config', dataDir: dir });
    expect(loaded.warnings.map((w) => w.message).join()).toMatch(
      /No config file exists at the path given by --config/,
    );
  });
  it('finds an older install’s file in the per-user folder when the data folder has none', () => {
    mkdirSync(join(dir, 'user'));
    writeFileSync(join(dir, 'user', 'kiosk-config.json'), '{}');
    expect(resolveConfigPath([], {}, join(dir, 'machine'), { legacyDir: join(dir, 'user') })).toMatchObject({
      path: join(dir, 'user', 'kiosk-config.json'),
      explicit: false,
    });
  });
});
