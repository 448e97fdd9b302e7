import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';
import {
  configPathFromLaunch,
  loadConfigFrom,
  MAX_CONFIG_BYTES,
  parseConfigText,
  validateConfig,
} from '../../../../electron/shared/config-validate';

const HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';

const keys = (raw: unknown): string[] => validateConfig(raw).warnings.map((w) => w.key);

describe('parseConfigText', () => {
  it('parses valid JSON, BOM included', () => {
    expect(parseConfigText('\ufeff{"a": [1, 2.5e1, "x\\n", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 25, 'x\n', true, null] },
    });
  });
  it.each<[string, number, number, RegExp]>([
    ['{"a": 1,}', 1, 9, /key in double quotes/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /"," or "}"/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": 01}', 1, 8, /"," or "}"/],
    ['{"a": "unterminated}', 1, 7, /never closed/],
    ['{"a": 1} trailing', 1, 10, /end of the file/],
    ['{"a": 1, "a": 2}', 1, 10, /appears twice/],
    ['{"a": NaN}', 1, 7, /a value/],
    ['{"a": 1 // comment\n}', 1, 9, /"," or "}"/],
    ['{"a": "\\x"}', 1, 8, /escape/],
    ['{', 1, 2, /key in double quotes/],
  ])('%j → line %i column %i', (text, line, column, message) => {
    const result = parseConfigText(text);
    expect(result).toMatchObject({ ok: false, line, column });
    expect(!result.ok && result.message).toMatch(message);
  });
  it('treats "__proto__" as plain data', () => {
    const result = parseConfigText('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && keys(result.value)).toEqual(['__proto__']);
  });
});

describe('validateConfig', () => {
  it('an empty object is all defaults, no warnings', () => {
    expect(validateConfig({})).toEqual({ config: DEFAULT_CONFIG, warnings: [] });
  });

  it('a full valid config is taken as is', () => {
    const raw = {
      idle_seconds: 300,
      warning_seconds: 60,
      locales: ['es', 'en'],
      default_locale: 'es',
      staff_pin_hash: HASH,
      fever_threshold_f: 100.5,
      care_team_phone: '(555) 010-1234 ext. 22',
      after_hours_phone: '+1 555.010.9999',
      hide_cursor: true,
      keep_awake_hours: { start: '07:00', end: '19:30' },
      usage_counts: false,
      site_id: 'north-campus',
      kiosk_id: 'lobby-2',
      usage_export_folder: '\\\\server\\kiosks\\ward-3',
      usage_export_days: 90,
      speech: { enabled: false, voice_en: 'Microsoft Aria', voice_es: null, rate: 0.8 },
      ...{
        take_home_base_url: 'https://www.example-hospital.org/all-guide',
        printer: { enabled: true, device_name: 'Lobby HP' },
      },
      recycle_after_visits: 500,
      recycle_hour: null,
    };
    expect(validateConfig(raw)).toEqual({ config: raw, warnings: [] });
  });

  it('a bad recycle key falls back to its own default with a warning, the other key kept', () => {
    for (const bad of [0, -1, 2.5, '200', 100_001, true]) {
      const result = validateConfig({ recycle_after_visits: bad, recycle_hour: 4 });
      expect(result.config.recycle_after_visits).toBe(DEFAULT_CONFIG.recycle_after_visits);
      expect(result.config.recycle_hour).toBe(4);
      expect(result.warnings.map((w) => w.key)).toEqual(['recycle_after_visits']);
      expect(result.warnings[0].message).toMatch(/whole number from 1 to 100000.*Using 200\./);
    }
    for (const bad of [24, -1, 3.5, '03:00']) {
      const result = validateConfig({ recycle_hour: bad });
      expect(result.config.recycle_hour).toBe(3);
      expect(result.warnings.map((w) => w.key)).toEqual(['recycle_hour']);
    }
    expect(validateConfig({ recycle_after_visits: null, recycle_hour: 0 }).warnings).toEqual([]);
  });

  it('a bad export folder or days falls back alone; a shared folder without kiosk_id is warned about', () => {
    for (const bad of ['usage', 'D:usage', '/srv/../etc', 42, ['D:\\usage']]) {
      const result = validateConfig({ kiosk_id: 'k1', usage_export_folder: bad, usage_export_days: 7 });
      expect(result.config.usage_export_folder).toBeNull();
      expect(result.config.usage_export_days).toBe(7);
      expect(result.warnings.map((w) => w.key)).toEqual(['usage_export_folder']);
      expect(result.warnings[0].message).toMatch(
        /absolute folder.*Writing the daily export to <data>\/exports\./,
      );
    }
    for (const bad of [0, 3651, 2.5, '30', null]) {
      const result = validateConfig({ usage_export_days: bad });
      expect(result.config.usage_export_days).toBe(30);
      expect(result.warnings.map((w) => w.key)).toEqual(['usage_export_days']);
    }
    const unnamed = validateConfig({ usage_export_folder: '/srv/usage' });
    expect(unnamed.config.usage_export_folder).toBe('/srv/usage');
    expect(unnamed.warnings.map((w) => w.key)).toEqual(['usage_export_folder']);
    expect(unnamed.warnings[0].message).toMatch(/kiosk_id is not/);
    expect(validateConfig({ usage_export_folder: '/srv/usage', kiosk_id: 'k1' }).warnings).toEqual([]);
  });

  it.each([null, [], 'text', 42, true])('a non-object root (%j) gives defaults and a file warning', (raw) => {
    const result = validateConfig(raw);
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings.map((w) => w.key)).toEqual(['(file)']);
  });

  it('unknown keys are ignored with a hint', () => {
    const result = validateConfig({ idle_secs: 60, colour: 'red' });
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings[0].message).toMatch(/did you mean "idle_seconds"/);
    expect(result.warnings[1]).toEqual({ key: 'colour', message: 'Unknown key "colour" is ignored.' });
  });

  it.each<[string, unknown]>([
    ['idle_seconds', 29],
    ['idle_seconds', 3601],
    ['idle_seconds', 60.5],
    ['idle_seconds', '120'],
    ['idle_seconds', null],
    ['warning_seconds', 29],
    ['warning_seconds', 301],
    ['fever_threshold_f', 98.9],
    ['fever_threshold_f', 102.6],
    ['fever_threshold_f', '100.4'],
    ['locales', []],
    ['locales', 'en'],
    ['locales', ['en', 'fr']],
    ['locales', ['en', 'en']],
    ['default_locale', 'fr'],
    ['staff_pin_hash', '1234'],
    ['staff_pin_hash', 'scrypt$1$2$3$$'],
    ['staff_pin_hash', 42],
    ['care_team_phone', '5'.repeat(41)],
    ['care_team_phone', 'call Bob'],
    ['care_team_phone', '555-0100; DROP'],
    ['care_team_phone', '<b>555</b>'],
    ['care_team_phone', ''],
    ['care_team_phone', 5550100],
    ['after_hours_phone', '---'],
    ['hide_cursor', 'true'],
    ['usage_counts', 1],
    ['open_hours', '07:00-19:00'],
    ['open_hours', { start: '7:00', end: '19:00' }],
    ['open_hours', { start: '07:00', end: '24:00' }],
    ['open_hours', { start: '07:00' }],
    ['open_hours', { start: '07:00', end: '07:00' }],
    ['open_hours', { start: '07:00', end: '19:00', days: 'mon' }],
  ])('%s = %j falls back to its default with a warning', (key, value) => {
    const result = validateConfig({ [key]: value });
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings.map((w) => w.key)).toEqual([key]);
    expect(result.warnings[0].message.length).toBeGreaterThan(20);
  });

  it('accepts the bounds themselves', () => {
    expect(
      validateConfig({ idle_seconds: 30, warning_seconds: 300, fever_threshold_f: 99 }).warnings,
    ).toEqual([]);
    expect(
      validateConfig({ idle_seconds: 3600, warning_seconds: 30, fever_threshold_f: 102.5 }).warnings,
    ).toEqual([]);
    expect(validateConfig({ care_team_phone: '5'.repeat(40) }).warnings).toEqual([]);
  });

  it('default_locale must be in the chosen locales', () => {
    const result = validateConfig({ locales: ['es'], default_locale: 'en' });
    expect(result.config.locales).toEqual(['es']);
    expect(result.config.default_locale).toBe('es');
    expect(result.warnings.map((w) => w.key)).toEqual(['default_locale']);
  });

  it('locales without English move the default to the first locale, with one warning', () => {
    const result = validateConfig({ locales: ['es'] });
    expect(result.config.default_locale).toBe('es');
    expect(result.warnings.map((w) => w.key)).toEqual(['default_locale']);
  });

  it('bad keys do not spoil good ones', () => {
    const result = validateConfig({ idle_seconds: 5, warning_seconds: 45, hide_cursor: true });
    expect(result.config).toEqual({ ...DEFAULT_CONFIG, warning_seconds: 45, hide_cursor: true });
    expect(result.warnings.map((w) => w.key)).toEqual(['idle_seconds']);
  });

  it('never aliases the frozen defaults', () => {
    const { config } = validateConfig({});
    config.locales.push('es');
    expect(DEFAULT_CONFIG.locales).toEqual(['en', 'es']);
  });
});

describe('loadConfigFrom', () => {
  it('missing: defaults, no warning', () => {
    expect(loadConfigFrom({ kind: 'missing' })).toEqual({ config: DEFAULT_CONFIG, warnings: [] });
  });
  it('too large: defaults, one warning', () => {
    const result = loadConfigFrom({ kind: 'too-large', bytes: MAX_CONFIG_BYTES + 1 });
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings[0].message).toMatch(/65537 bytes/);
  });
  it.each(['', '   \n'])('empty (%j): defaults, one warning', (text) => {
    expect(loadConfigFrom({ kind: 'text', text }).warnings[0].message).toMatch(/empty/);
  });
  it('malformed: line and column in the warning', () => {
    const result = loadConfigFrom({ kind: 'text', text: '{\n "idle_seconds": 60,\n}' });
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings[0].message).toMatch(/line 3, column 1/);
  });
  it('unreadable: defaults, reason given', () => {
    expect(loadConfigFrom({ kind: 'unreadable', reason: 'EACCES' }).warnings[0].message).toMatch(/EACCES/);
  });
  it('good text is validated', () => {
    expect(loadConfigFrom({ kind: 'text', text: '{"idle_seconds": 45}' }).config.idle_seconds).toBe(45);
  });
});

describe('configPathFromLaunch', () => {
  it('--config= wins over KIOSK_CONFIG', () => {
    expect(configPathFromLaunch(['x', '--config=/a.json'], { KIOSK_CONFIG: '/b.json' })).toEqual({
      path: '/a.json',
      source: '--config',
    });
  });
  it('KIOSK_CONFIG next, blank ignored', () => {
    expect(configPathFromLaunch(['x'], { KIOSK_CONFIG: '/b.json' })).toEqual({
      path: '/b.json',
      source: 'KIOSK_CONFIG',
    });
    expect(configPathFromLaunch(['x', '--config='], { KIOSK_CONFIG: ' ' })).toBeNull();
  });
});
