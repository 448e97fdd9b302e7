import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { configJsonSchema } from '../../../../electron/shared/config-json-schema';
import { detectEncoding, parseConfigText } from '../../../../electron/shared/config-json';
import { phoneText } from '../../../../electron/shared/config-phone';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';
import {
  checkConfigSource,
  describeEffectiveConfig,
  formatProblem,
  loadConfigWithFallback,
  validateConfig,
} from '../../../../electron/shared/config-validate';
import { schemaText } from '../../../../build/scripts/config-schema';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/configs');
const samples = readdirSync(fixtures).filter((name) => name.endsWith('.json'));

describe('detectEncoding', () => {
  it.each<[number[], string, number]>([
    [[0xef, 0xbb, 0xbf, 0x7b], 'utf-8', 3],
    [[0xff, 0xfe, 0x7b, 0x00], 'utf-16le', 2],
    [[0xfe, 0xff, 0x00, 0x7b], 'utf-16be', 2],
    [[0x7b, 0x00, 0x7d, 0x00], 'utf-16le', 0],
    [[0x00, 0x7b, 0x00, 0x7d], 'utf-16be', 0],
    [[0x7b, 0x7d], 'utf-8', 0],
  ])('%j → %s, skip %i', (bytes, encoding, bomBytes) => {
    expect(detectEncoding(new Uint8Array(bytes))).toEqual({ encoding, bomBytes });
  });
});

describe('parseConfigText wording beyond the old cases', () => {
  it('a line break inside text points at the line end', () => {
    const result = parseConfigText('{"a": "x\ny"}');
    expect(result).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(result.ok === false && result.message).toMatch(/closing double quote before the line ends/);
  });
  it('a comment is named as such', () => {
    const result = parseConfigText('{"a": 1 /* note */}');
    expect(result.ok === false && result.message).toMatch(/a comment \(JSON allows none\)/);
  });
  it('a missing colon', () => {
    expect(parseConfigText('{"a" 1}')).toMatchObject({ ok: false, line: 1, column: 6, message: /":"/ });
  });
  it('an array with a trailing comma', () => {
    expect(parseConfigText('[1,]')).toMatchObject({ ok: false, column: 4 });
  });
});

describe('phones as hospitals write them', () => {
  it.each([
    '555-0100 x22',
    '555-0100, option 3',
    '555-0100 press 2#',
    '*86',
    '(555) 010-1234 ext. 22',
    '+1 555.010.9999',
  ])('%j is accepted', (phone) => {
    expect(validateConfig({ care_team_phone: phone }).warnings).toEqual([]);
  });
  it('an object gives number, label and TTY', () => {
    const { config, warnings } = validateConfig({
      care_team_phone: { number: ' 555-0100 x22 ', label: 'Oncology clinic', tty: '711' },
    });
    expect(warnings).toEqual([]);
    expect(phoneText(config.care_team_phone, 'en')).toBe('555-0100 x22 (Oncology clinic; TTY 711)');
  });
  it('one per language, a missing language falls back to the first given', () => {
    const { config, warnings } = validateConfig({
      after_hours_phone: { es: '555-0101', en: { number: '555-0100' } },
    });
    expect(warnings).toEqual([]);
    expect(phoneText(config.after_hours_phone, 'es')).toBe('555-0101');
    expect(phoneText(config.after_hours_phone, 'en')).toBe('555-0100');
    expect(
      phoneText(validateConfig({ after_hours_phone: { es: '555-0101' } }).config.after_hours_phone, 'en'),
    ).toBe('555-0101');
  });
  it.each<unknown>([
    {},
    { fr: '555' },
    { number: '555', note: 'x' },
    { number: 'call me' },
    { number: '555', label: '{{x}}' },
  ])('%j falls back with a warning naming the field', (phone) => {
    const result = validateConfig({ care_team_phone: phone });
    expect(result.config.care_team_phone).toBeNull();
    expect(result.warnings.map((w) => w.key)).toEqual(['care_team_phone']);
  });
  it('null shows the default wording', () => {
    expect(phoneText(null, 'en')).toBeNull();
  });
});

describe('renamed key open_hours → keep_awake_hours', () => {
  it('the old name still works, with one warning saying to rename it', () => {
    const result = validateConfig({ open_hours: { start: '07:00', end: '19:00' } });
    expect(result.config.keep_awake_hours).toEqual({ start: '07:00', end: '19:00' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].message).toMatch(/now called keep_awake_hours/);
  });
  it('both names: the new one wins and the old one is reported', () => {
    const result = validateConfig({ open_hours: null, keep_awake_hours: { start: '08:00', end: '18:00' } });
    expect(result.config.keep_awake_hours).toEqual({ start: '08:00', end: '18:00' });
    expect(result.warnings.map((w) => w.key)).toEqual(['open_hours']);
  });
});

describe('checkConfigSource: line, column and fix for every problem', () => {
  it('points at the value of a bad key and at an unknown key', () => {
    const text = '{\n  "idle_seconds": 5,\n  "idel_seconds": 60\n}';
    const { problems, usable } = checkConfigSource({ kind: 'text', text });
    expect(usable).toBe(true);
    expect(problems.map((p) => [p.key, p.line, p.column])).toEqual([
      ['idel_seconds', 3, 3],
      ['idle_seconds', 2, 19],
    ]);
    expect(problems[0].fix).toBe('Rename it to "idle_seconds".');
    expect(problems[1].fix).toMatch(/whole number from 30 to 3600/);
    expect(formatProblem('/etc/k.json', problems[1])).toMatch(/^\/etc\/k\.json:2:19: idle_seconds: /);
  });
  it('a trailing comma: not usable, with the fix to remove it', () => {
    const { problems, usable } = checkConfigSource({ kind: 'text', text: '{\n  "a": 1,\n}' });
    expect(usable).toBe(false);
    expect(problems[0]).toMatchObject({ line: 3, column: 1, fix: /Remove the comma/ });
  });
  it('an explicit path that does not exist is a problem, the default path is not', () => {
    expect(checkConfigSource({ kind: 'missing', explicit: '--config' }).problems[0].message).toMatch(
      /given by --config/,
    );
    expect(checkConfigSource({ kind: 'missing' }).problems).toEqual([]);
  });
});

describe('loadConfigWithFallback: the last good config', () => {
  const good = {
    text: '{"care_team_phone": "555-0100", "staff_pin_hash": null}',
    savedAt: '2026-11-30T10:00:00.000Z',
  };
  it('a broken file runs on the last good copy, loudly', () => {
    const result = loadConfigWithFallback({ kind: 'text', text: '{"care_team_phone": "555-0199",}' }, good);
    expect(result.usedLastGood).toBe(true);
    expect(result.saveAsLastGood).toBe(false);
    expect(result.config.care_team_phone).toBe('555-0100');
    expect(result.warnings[0].key).toBe('(file)');
    expect(result.warnings[0].message).toMatch(
      /line 1, column 32.*LAST GOOD CONFIG \(saved 2026-11-30T10:00:00.000Z\)/,
    );
  });
  it.each<Parameters<typeof loadConfigWithFallback>[0]>([
    { kind: 'text', text: '' },
    { kind: 'text', text: '[1]' },
    { kind: 'too-large', bytes: 70000 },
    { kind: 'unreadable', reason: 'EACCES' },
    { kind: 'missing', explicit: 'KIOSK_CONFIG' },
  ])('%j also falls back', (source) => {
    expect(loadConfigWithFallback(source, good)).toMatchObject({
      usedLastGood: true,
      config: { care_team_phone: '555-0100' },
    });
  });
  it('a clean file is used and becomes the last good copy', () => {
    const result = loadConfigWithFallback({ kind: 'text', text: '{"idle_seconds": 60}' }, good);
    expect(result).toMatchObject({ usedLastGood: false, saveAsLastGood: true });
    expect(result.config).toEqual({ ...DEFAULT_CONFIG, idle_seconds: 60 });
  });
  it('a file with per-key warnings is applied key by key but does not replace the last good copy', () => {
    const result = loadConfigWithFallback({ kind: 'text', text: '{"idle_seconds": 1}' }, good);
    expect(result).toMatchObject({ usedLastGood: false, saveAsLastGood: false });
    expect(result.config).toEqual(DEFAULT_CONFIG);
  });
  it('no file at the default path: defaults, not the last good copy', () => {
    expect(loadConfigWithFallback({ kind: 'missing' }, good)).toMatchObject({
      usedLastGood: false,
      warnings: [],
    });
  });
  it('a broken file and no usable last good copy: defaults and the file warning', () => {
    const result = loadConfigWithFallback({ kind: 'text', text: '{,}' }, { text: 'junk', savedAt: null });
    expect(result.usedLastGood).toBe(false);
    expect(result.config).toEqual(DEFAULT_CONFIG);
    expect(result.warnings[0].message).toMatch(/Using all defaults/);
  });
});

describe('describeEffectiveConfig', () => {
  it('names what visitors will see and no secret', () => {
    const line = describeEffectiveConfig(
      validateConfig(JSON.parse(readFileSync(join(fixtures, 'good-full.json'), 'utf8'))).config,
    );
    expect(line).toContain('locales en, es (default es)');
    expect(line).toContain('fever 100.4 °F');
    expect(line).toContain('care_team_phone en "555-0100 x22 (Oncology clinic; TTY 711)"');
    expect(line).toContain('staff PIN set');
    expect(line).not.toContain('scrypt');
  });
});

describe('the generated JSON Schema', () => {
  it('docs/kiosk-config.schema.json is what npm run config:schema writes', async () => {
    const file = readFileSync(
      resolve(import.meta.dirname, '../../../../docs/kiosk-config.schema.json'),
      'utf8',
    );
    expect(file).toBe(await schemaText());
  });
  it('has every key, a description and a default', () => {
    const schema = configJsonSchema();
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(DEFAULT_CONFIG));
    expect(schema.additionalProperties).toBe(false);
  });
  it.each(samples)('agrees with the validator on %s', (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    const validate = new Ajv({ strict: false }).compile(configJsonSchema());
    const parsed = parseConfigText(text);
    const schemaOk = parsed.ok && validate(parsed.value);
    const validatorOk = checkConfigSource({ kind: 'text', text }).problems.length === 0;
    expect(schemaOk).toBe(validatorOk);
    expect(validatorOk).toBe(name.startsWith('good-'));
  });
});
