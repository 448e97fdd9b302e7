// Kiosk config: text → JSON (with line and column on errors) → validated KioskConfig + warnings. Pure: main
// reads the file (electron/main/config-loader.ts) and hands the text here. A bad key never stops the kiosk:
// it keeps that key's safe default and says why, in one plain sentence for IT staff.
import { DEFAULT_CONFIG } from './config-schema';
import type { ConfigWarning, KioskConfig, OpenHours } from './config-schema';
import { LOCALES } from './content-types';
import type { Locale } from './content-types';
import { minutesOfDay } from './keep-awake';

/** Files larger than this are not read at all. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export const CONFIG_LIMITS = {
  idle_seconds: { min: 30, max: 3600 },
  warning_seconds: { min: 30, max: 300 },
  fever_threshold_f: { min: 99, max: 102.5 },
  phone_max_length: 40,
} as const;

export type ValidatedConfig = { config: KioskConfig; warnings: ConfigWarning[] };

export type ParseResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

// ───────────────────────────── JSON with positions ─────────────────────────────
// JSON.parse's messages differ between V8 versions and often omit the position; this small strict parser
// gives the line and column an IT person needs. Objects are built with defineProperty, so a "__proto__"
// key is plain data.

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function parseJson(text: string): unknown {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const describe = (): string => (i >= text.length ? 'end of file' : `"${text[i]}"`);
  const fail = (expected: string): never => {
    throw new JsonError(`expected ${expected} but found ${describe()}`, i);
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const [word, result] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    return fail('a value');
  };
  const object = (): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return result;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('a key in double quotes');
      const keyAt = i;
      const key = string();
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        throw new JsonError(`the key "${key}" appears twice`, keyAt);
      }
      ws();
      if (text[i] !== ':') fail('":"');
      i++;
      Object.defineProperty(result, key, {
        value: value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return result;
      }
      fail('"," or "}"');
    }
  };
  const array = (): unknown[] => {
    const result: unknown[] = [];
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return result;
    }
    for (;;) {
      result.push(value());
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return result;
      }
      fail('"," or "]"');
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail('a valid escape after "\\"');
      }
      if (c < ' ') fail('a closing double quote before the line ends');
      out += c;
      i++;
    }
    i = start;
    throw new JsonError('this string is never closed', start);
  };
  const number = (): number => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (match === null) fail('a number');
    const token = (match as RegExpExecArray)[0];
    i += token.length;
    return Number(token);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // a UTF-8 byte order mark from Windows editors
  const result = value();
  ws();
  if (i < text.length) fail('the end of the file after the closing "}"');
  return result;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** JSON text → value, or where and why it is not valid JSON. */
export function parseConfigText(text: string): ParseResult {
  try {
    return { ok: true, value: parseJson(text) };
  } catch (error) {
    if (error instanceof JsonError)
      return { ok: false, ...position(text, error.offset), message: error.message };
    throw error;
  }
}

// ───────────────────────────── validation ─────────────────────────────

const KEYS = Object.keys(DEFAULT_CONFIG) as (keyof KioskConfig)[];
const PIN_HASH = /^scrypt\$[0-9]{1,8}\$[0-9]{1,3}\$[0-9]{1,3}\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;
// Digits, spaces, + ( ) - . / and an optional extension: "(555) 010-1234 ext. 22".
const PHONE = /^(?=.*[0-9])[0-9 +()\-./]+(?:\s*ext\.?\s*[0-9]+)?$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Parsed JSON → config with every bad key replaced by its default, and one warning per problem. */
export function validateConfig(raw: unknown): ValidatedConfig {
  const config: KioskConfig = { ...DEFAULT_CONFIG, locales: [...DEFAULT_CONFIG.locales] };
  const warnings: ConfigWarning[] = [];
  const warn = (key: string, message: string): void => {
    warnings.push({ key, message });
  };
  if (!isRecord(raw)) {
    warn('(file)', `The file must hold one JSON object ({ … }) but holds ${show(raw)}; using all defaults.`);
    return { config, warnings };
  }

  for (const key of Object.keys(raw)) {
    if ((KEYS as string[]).includes(key)) continue;
    const near = KEYS.find((k) => distance(k, key.toLowerCase()) <= 3);
    warn(key, `Unknown key "${key}" is ignored${near ? `; did you mean "${near}"?` : '.'}`);
  }
  const has = (key: keyof KioskConfig): boolean => Object.prototype.hasOwnProperty.call(raw, key);

  const wholeNumber = (key: 'idle_seconds' | 'warning_seconds'): void => {
    if (!has(key)) return;
    const value = raw[key];
    const { min, max } = CONFIG_LIMITS[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      config[key] = value;
    } else {
      warn(
        key,
        `${key} is ${show(value)}; it must be a whole number from ${min} to ${max}. Using ${DEFAULT_CONFIG[key]}.`,
      );
    }
  };
  wholeNumber('idle_seconds');
  wholeNumber('warning_seconds');

  if (has('fever_threshold_f')) {
    const value = raw.fever_threshold_f;
    const { min, max } = CONFIG_LIMITS.fever_threshold_f;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      config.fever_threshold_f = value;
    } else {
      warn(
        'fever_threshold_f',
        `fever_threshold_f is ${show(value)}; it must be a number of °F from ${min} to ${max}. Using ${DEFAULT_CONFIG.fever_threshold_f}.`,
      );
    }
  }

  if (has('locales')) {
    const value = raw.locales;
    const fallback = DEFAULT_CONFIG.locales.join(', ');
    if (!Array.isArray(value) || value.length === 0) {
      warn(
        'locales',
        `locales is ${show(value)}; it must be a non-empty list such as ["en", "es"]. Using ${fallback}.`,
      );
    } else if (!value.every(isLocale)) {
      const bad: unknown = (value as unknown[]).find((v) => !isLocale(v));
      warn('locales', `locales contains ${show(bad)}; only ${LOCALES.join(', ')} exist. Using ${fallback}.`);
    } else if (new Set(value).size !== value.length) {
      warn('locales', `locales lists a language twice; using ${fallback}.`);
    } else {
      config.locales = [...value];
    }
  }

  const wanted = has('default_locale') ? raw.default_locale : DEFAULT_CONFIG.default_locale;
  if (isLocale(wanted) && config.locales.includes(wanted)) {
    config.default_locale = wanted;
  } else {
    config.default_locale = config.locales[0];
    warn(
      'default_locale',
      `default_locale is ${show(wanted)}; it must be one of locales (${config.locales.join(', ')}). Using ${config.default_locale}.`,
    );
  }

  if (has('staff_pin_hash')) {
    const value = raw.staff_pin_hash;
    if (value === null || (typeof value === 'string' && value.length <= 512 && PIN_HASH.test(value))) {
      config.staff_pin_hash = value;
    } else {
      warn(
        'staff_pin_hash',
        'staff_pin_hash is not a hash made by `npm run kiosk:pin` (scrypt$N$r$p$salt$hash); the staff panel stays locked until it is fixed.',
      );
    }
  }

  for (const key of ['care_team_phone', 'after_hours_phone'] as const) {
    if (!has(key)) continue;
    const value = raw[key];
    const max = CONFIG_LIMITS.phone_max_length;
    if (value === null) {
      config[key] = null;
    } else if (typeof value !== 'string') {
      warn(
        key,
        `${key} is ${show(value)}; it must be text like "(555) 010-1234" or null. Showing the default wording.`,
      );
    } else if (value.length > max) {
      warn(
        key,
        `${key} is ${value.length} characters long; at most ${max} are allowed. Showing the default wording.`,
      );
    } else if (!PHONE.test(value.trim())) {
      warn(
        key,
        `${key} is ${show(value)}; only digits, spaces, + ( ) - . / and "ext" are allowed. Showing the default wording.`,
      );
    } else {
      config[key] = value.trim();
    }
  }

  for (const key of ['hide_cursor', 'usage_counts'] as const) {
    if (!has(key)) continue;
    const value = raw[key];
    if (typeof value === 'boolean') config[key] = value;
    else
      warn(key, `${key} is ${show(value)}; it must be true or false. Using ${String(DEFAULT_CONFIG[key])}.`);
  }

  if (has('open_hours')) {
    const value = raw.open_hours;
    const parsed = parseOpenHours(value);
    if (parsed.ok) config.open_hours = parsed.value;
    else warn('open_hours', `open_hours ${parsed.reason}; keeping the display awake at all hours.`);
  }

  return { config, warnings };
}

function parseOpenHours(
  value: unknown,
): { ok: true; value: OpenHours | null } | { ok: false; reason: string } {
  if (value === null) return { ok: true, value: null };
  const shape = 'it must be null or {"start": "HH:MM", "end": "HH:MM"} in 24-hour time';
  if (!isRecord(value)) return { ok: false, reason: `is ${show(value)}; ${shape}` };
  const extra = Object.keys(value).filter((k) => k !== 'start' && k !== 'end');
  if (extra.length > 0) return { ok: false, reason: `has unknown key "${extra[0]}"; ${shape}` };
  const { start, end } = value;
  if (typeof start !== 'string' || minutesOfDay(start) === null) {
    return { ok: false, reason: `start is ${show(start)}; ${shape}` };
  }
  if (typeof end !== 'string' || minutesOfDay(end) === null) {
    return { ok: false, reason: `end is ${show(end)}; ${shape}` };
  }
  if (start === end) return { ok: false, reason: `start and end are both ${start}; they must differ` };
  return { ok: true, value: { start, end } };
}

/** What main found at the config path. */
export type ConfigSource =
  | { kind: 'missing' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'text'; text: string };

/** The whole pipeline: file state → config + warnings. Never throws. */
export function loadConfigFrom(source: ConfigSource): ValidatedConfig {
  const defaults = (): KioskConfig => ({ ...DEFAULT_CONFIG, locales: [...DEFAULT_CONFIG.locales] });
  switch (source.kind) {
    case 'missing':
      // No file is a normal install: defaults, no warning.
      return { config: defaults(), warnings: [] };
    case 'too-large':
      return {
        config: defaults(),
        warnings: [
          {
            key: '(file)',
            message: `The file is ${source.bytes} bytes; at most ${MAX_CONFIG_BYTES} are read. Using all defaults.`,
          },
        ],
      };
    case 'unreadable':
      return {
        config: defaults(),
        warnings: [
          { key: '(file)', message: `The file could not be read (${source.reason}). Using all defaults.` },
        ],
      };
    case 'text': {
      if (source.text.trim() === '') {
        return {
          config: defaults(),
          warnings: [
            {
              key: '(file)',
              message: 'The file is empty; it must hold one JSON object. Using all defaults.',
            },
          ],
        };
      }
      const parsed = parseConfigText(source.text);
      if (!parsed.ok) {
        return {
          config: defaults(),
          warnings: [
            {
              key: '(file)',
              message: `The file is not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}. Using all defaults.`,
            },
          ],
        };
      }
      return validateConfig(parsed.value);
    }
  }
}

/** Where the config file is: `--config=PATH`, else KIOSK_CONFIG, else null (main uses user data). */
export function configPathFromLaunch(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { path: string; source: '--config' | 'KIOSK_CONFIG' } | null {
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg.startsWith('--config=') && arg.length > '--config='.length) {
      return { path: arg.slice('--config='.length), source: '--config' };
    }
  }
  const fromEnv = env.KIOSK_CONFIG;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { path: fromEnv, source: 'KIOSK_CONFIG' };
  return null;
}
