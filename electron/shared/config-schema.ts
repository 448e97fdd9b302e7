// The kiosk config file's keys as one valibot schema per key: its rule, its safe default and the words IT
// staff read when it is broken. Types are derived from these schemas, the validator (config-validate.ts)
// applies them key by key, and the JSON Schema for editors is generated from them (config-json-schema.ts).
// A bad key never stops the kiosk: it falls back to its default with a warning.
import * as v from 'valibot';
import { LOCALES } from './content-types';
import { EXPORT_FOLDER_MAX_LENGTH, isExportFolder } from './usage-export';
import { parseUrl } from './web-url';

export const CONFIG_LIMITS = {
  idle_seconds: { min: 30, max: 3600 },
  warning_seconds: { min: 30, max: 300 },
  fever_threshold_f: { min: 99, max: 102.5 },
  phone_max_length: 40,
  phone_label_max_length: 60,
  id_max_length: 64,
  speech_rate: { min: 0.5, max: 1.5 },
  voice_name_max_length: 120,
  recycle_after_visits: { min: 1, max: 100_000 },
  usage_export_days: { min: 1, max: 3650 },
} as const;

const PIN_HASH_PATTERN =
  /^scrypt\$[0-9]{1,8}\$[0-9]{1,3}\$[0-9]{1,3}\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;
// Digits, spaces, + ( ) - . / * # and extensions or menu choices as hospitals write them:
// "(555) 010-1234 ext. 22", "555-0100 x22", "555-0100, option 3", "555-0100 press 2#".
const PHONE_PATTERN =
  /^(?=.*[0-9])[0-9 +()\-./*#]+(?:(?:\s*,\s*|\s+)?(?:ext\.?|x|option|opt\.?|press)\s*[0-9*#]+)*$/i;
// A label is plain words: no markup or template characters.
const LABEL_PATTERN = /^[^<>{}[\]\\`$]+$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HH_MM_PATTERN = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

type RangeKey = {
  [K in keyof typeof CONFIG_LIMITS]: (typeof CONFIG_LIMITS)[K] extends { min: number } ? K : never;
}[keyof typeof CONFIG_LIMITS];

/** A finite number inside its CONFIG_LIMITS range. */
function numberIn(key: RangeKey) {
  const { min, max } = CONFIG_LIMITS[key];
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

/** A whole number inside its CONFIG_LIMITS range. */
function wholeIn(key: RangeKey) {
  const { min, max } = CONFIG_LIMITS[key];
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

function wholeSeconds(key: 'idle_seconds' | 'warning_seconds', description: string) {
  return v.pipe(wholeIn(key), v.description(description));
}

const phoneNumber = v.pipe(
  v.string(),
  v.maxLength(CONFIG_LIMITS.phone_max_length),
  v.trim(),
  v.regex(PHONE_PATTERN),
);
const phoneEntry = v.union([
  phoneNumber,
  v.strictObject({
    number: phoneNumber,
    label: v.optional(
      v.pipe(v.string(), v.trim(), v.maxLength(CONFIG_LIMITS.phone_label_max_length), v.regex(LABEL_PATTERN)),
    ),
    tty: v.optional(phoneNumber),
  }),
]);
const phonePerLocale = v.pipe(
  v.record(v.picklist(LOCALES), phoneEntry),
  v.check((value) => Object.keys(value).length > 0),
);
const phoneSetting = (description: string) =>
  v.pipe(v.nullable(v.union([phoneEntry, phonePerLocale])), v.description(description));

const hhmm = v.pipe(v.string(), v.regex(HH_MM_PATTERN));
const keepAwakeHours = v.pipe(
  v.nullable(
    v.pipe(
      v.strictObject({ start: hhmm, end: hhmm }),
      v.check((value) => value.start !== value.end),
    ),
  ),
  v.description(
    'Local hours (HH:MM, 24-hour) in which the kiosk stops the display from sleeping; outside them the operating system\u2019s own power settings decide. null: always kept awake.',
  ),
);
const siteId = (description: string) =>
  v.pipe(
    v.nullable(v.pipe(v.string(), v.maxLength(CONFIG_LIMITS.id_max_length), v.regex(ID_PATTERN))),
    v.description(description),
  );

// Read-aloud: each field may be left out (its default is used); a voice name is matched exactly against the
// installed voices' names, as the staff panel lists them.
const voiceName = v.optional(
  v.nullable(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(CONFIG_LIMITS.voice_name_max_length),
      v.regex(LABEL_PATTERN),
    ),
  ),
  null,
);
// valibot's object schemas take a list for an empty object; a list here is a mistake in the file.
const notAList = v.check((value: unknown) => !Array.isArray(value));
const speechSettings = v.pipe(
  v.unknown(),
  notAList,
  v.strictObject({
    enabled: v.optional(v.boolean(), true),
    voice_en: voiceName,
    voice_es: voiceName,
    rate: v.optional(numberIn('speech_rate'), 1),
  }),
  v.description(
    'Read-aloud: {"enabled": true, "voice_en": null, "voice_es": null, "rate": 1}. voice_en / voice_es name an installed local voice to prefer (the staff panel lists them); rate 0.5-1.5 (1 is the voice\u2019s normal speed; "Slower" is three quarters of it).',
  ),
);
// Take-home: the hospital's hosted copy of the guide (QR codes point there) and an optional kiosk printer.
const TAKE_HOME_URL_MAX_LENGTH = 200;
// Printer names are the operating system's own (Windows share names hold backslashes): anything but control characters.
// eslint-disable-next-line no-control-regex
const PRINTER_NAME_PATTERN = /^[^\u0000-\u001f\u007f]+$/;
const takeHomeKeySchemas = {
  take_home_base_url: v.pipe(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(TAKE_HOME_URL_MAX_LENGTH),
        v.url(),
        v.check((value) => isTakeHomeBase(value)),
      ),
    ),
    v.description(
      'https address where the hospital hosts the copy made by `npm run export:site`, e.g. "https://www.example-hospital.org/all-guide"; each page shows a QR code to <base>/<locale>/<page-id>.html. null: no QR code.',
    ),
  ),
  printer: v.pipe(
    v.strictObject({
      enabled: v.boolean(),
      device_name: v.pipe(
        v.string(),
        v.trim(),
        v.minLength(1),
        v.maxLength(256),
        v.regex(PRINTER_NAME_PATTERN),
      ),
    }),
    v.description(
      'A printer attached to this kiosk: {"enabled": true, "device_name": "<the printer\u2019s system name>"} shows "Print this"; the summary prints silently to that printer.',
    ),
  ),
} as const;

/** An https base with a host, and no query, fragment or credentials (page paths are appended to it). */
export function isTakeHomeBase(value: string): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    /^https:\/\/[^/\\]/i.test(value) &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    !value.includes('?') &&
    !value.includes('#')
  );
}

/** One schema per config key; the order is the order of the docs and of the warnings. */
export const CONFIG_KEY_SCHEMAS = {
  idle_seconds: wholeSeconds('idle_seconds', 'Seconds without a touch before "Still reading?" appears.'),
  warning_seconds: wholeSeconds(
    'warning_seconds',
    'Seconds the "Still reading?" countdown runs before the visit resets.',
  ),
  locales: v.pipe(
    v.array(v.picklist(LOCALES)),
    v.minLength(1),
    v.check((list) => new Set(list).size === list.length),
    v.description('Languages offered to visitors, in order; each at most once.'),
  ),
  default_locale: v.pipe(
    v.picklist(LOCALES),
    v.description('Language of a fresh visit; must be one of locales.'),
  ),
  staff_pin_hash: v.pipe(
    v.nullable(v.pipe(v.string(), v.maxLength(512), v.regex(PIN_HASH_PATTERN))),
    v.description(
      'scrypt$N$r$p$salt$hash made by --hash-pin, npm run kiosk:pin or the Python line in docs/deploy.md; null: no staff panel.',
    ),
  ),
  fever_threshold_f: v.pipe(
    numberIn('fever_threshold_f'),
    v.description('The site\u2019s fever rule in \u00b0F; \u00b0C is derived.'),
  ),
  care_team_phone: phoneSetting(
    'Care-team phone: text like "555-0100 x22", or {"number", "label", "tty"}, or one of those per language {"en": …, "es": …}; null shows the safe default wording.',
  ),
  after_hours_phone: phoneSetting(
    'After-hours line, written like care_team_phone; null shows the default wording.',
  ),
  hide_cursor: v.pipe(v.boolean(), v.description('Hide the mouse cursor (touch-only sites).')),
  keep_awake_hours: keepAwakeHours,
  usage_counts: v.pipe(v.boolean(), v.description('Keep anonymous per-day usage counts.')),
  site_id: siteId('Short id of the hospital or site (letters, digits, . _ -), carried into usage exports.'),
  kiosk_id: siteId('Short id of this kiosk (letters, digits, . _ -), carried into usage exports.'),
  usage_export_folder: v.pipe(
    v.nullable(v.pipe(v.string(), v.trim(), v.check(isExportFolder))),
    v.description(
      'Absolute folder for the daily usage export, e.g. "D:\\\\usage" or a share "\\\\\\\\server\\\\kiosks"; set kiosk_id when kiosks share it. null: <data>/exports. If it cannot be written, that day\u2019s export goes to <data>/exports with a warning.',
    ),
  ),
  usage_export_days: v.pipe(
    wholeIn('usage_export_days'),
    v.description('Days a daily usage export file is kept before the kiosk deletes it (only its own files).'),
  ),
  speech: speechSettings,
  ...takeHomeKeySchemas,
  recycle_after_visits: v.pipe(
    v.nullable(wholeIn('recycle_after_visits')),
    v.description(
      'Load a fresh page at the attract screen (no visit running) once this many visits began since the last one, so memory stays bounded over months. null: never by visits.',
    ),
  ),
  recycle_hour: v.pipe(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23))),
    v.description(
      'Local hour (0-23) in which the kiosk loads a fresh page at the attract screen once a day, when no visit is running. null: never by the clock.',
    ),
  ),
} as const;

type KeySchemas = typeof CONFIG_KEY_SCHEMAS;

/** The kiosk config after validation: every key present, each valid or its default. */
export type KioskConfig = { -readonly [K in keyof KeySchemas]: v.InferOutput<KeySchemas[K]> };
export type ConfigKey = keyof KioskConfig;
export type PhoneSetting = NonNullable<KioskConfig['care_team_phone']>;
export type KeepAwakeHours = NonNullable<KioskConfig['keep_awake_hours']>;
export type SpeechSettings = KioskConfig['speech'];

export const CONFIG_KEYS = Object.keys(CONFIG_KEY_SCHEMAS) as ConfigKey[];

/** Keys that were renamed: the old name still works, with a warning naming the new one. */
export const RENAMED_KEYS: Readonly<Record<string, ConfigKey>> = { open_hours: 'keep_awake_hours' };

function takeHomeDefaults(): Pick<KioskConfig, 'take_home_base_url' | 'printer'> {
  return { take_home_base_url: null, printer: { enabled: false, device_name: 'default' } };
}

const defaults: KioskConfig = {
  idle_seconds: 120,
  warning_seconds: 30,
  locales: ['en', 'es'],
  default_locale: 'en',
  staff_pin_hash: null,
  fever_threshold_f: 100.4,
  care_team_phone: null,
  after_hours_phone: null,
  hide_cursor: false,
  keep_awake_hours: null,
  usage_counts: true,
  site_id: null,
  kiosk_id: null,
  usage_export_folder: null,
  usage_export_days: 30,
  speech: { enabled: true, voice_en: null, voice_es: null, rate: 1 },
  ...takeHomeDefaults(),
  recycle_after_visits: 200,
  recycle_hour: 3,
};

/** Safe defaults: a missing file, or any bad key, falls back to these. */
export const DEFAULT_CONFIG: Readonly<KioskConfig> = Object.freeze(defaults);

/** A fresh, unfrozen copy of the defaults. */
export function defaultConfig(): KioskConfig {
  return {
    ...DEFAULT_CONFIG,
    locales: [...DEFAULT_CONFIG.locales],
    speech: { ...DEFAULT_CONFIG.speech },
    printer: { ...DEFAULT_CONFIG.printer },
  };
}

/** What a valid value of each key looks like, in the words of the warnings and of --check-config's fixes. */
export const CONFIG_RULES: Readonly<Record<ConfigKey, string>> = {
  idle_seconds: `it must be a whole number from ${CONFIG_LIMITS.idle_seconds.min} to ${CONFIG_LIMITS.idle_seconds.max}`,
  warning_seconds: `it must be a whole number from ${CONFIG_LIMITS.warning_seconds.min} to ${CONFIG_LIMITS.warning_seconds.max}`,
  locales: `it must be a non-empty list such as ["en", "es"], each of ${LOCALES.join(', ')} at most once`,
  default_locale: 'it must be one of locales',
  staff_pin_hash:
    'it must be a hash made by `--hash-pin` or `npm run kiosk:pin` (scrypt$N$r$p$salt$hash), or null',
  fever_threshold_f: `it must be a number of \u00b0F from ${CONFIG_LIMITS.fever_threshold_f.min} to ${CONFIG_LIMITS.fever_threshold_f.max}`,
  care_team_phone: `it must be text like "555-0100 x22" (at most ${CONFIG_LIMITS.phone_max_length} characters: digits, spaces, + ( ) - . / * # and "ext", "x", "option" or "press"), or {"number": …, "label": …, "tty": …}, or one of those per language ({"en": …, "es": …}), or null`,
  after_hours_phone:
    'it must be written like care_team_phone: text like "555-0100, option 3", an object with "number" (and optional "label", "tty"), one per language, or null',
  hide_cursor: 'it must be true or false',
  keep_awake_hours:
    'it must be null or {"start": "HH:MM", "end": "HH:MM"} in 24-hour time, start and end different',
  usage_counts: 'it must be true or false',
  site_id: `it must be null or up to ${CONFIG_LIMITS.id_max_length} letters, digits, ".", "_" or "-", starting with a letter or digit`,
  kiosk_id: `it must be null or up to ${CONFIG_LIMITS.id_max_length} letters, digits, ".", "_" or "-", starting with a letter or digit`,
  usage_export_folder: `it must be null or an absolute folder of at most ${EXPORT_FOLDER_MAX_LENGTH} characters with no ".." step, like "D:\\\\usage", "\\\\\\\\server\\\\kiosks" or "/srv/kiosk-usage" (in JSON each backslash is written twice)`,
  usage_export_days: `it must be a whole number of days from ${CONFIG_LIMITS.usage_export_days.min} to ${CONFIG_LIMITS.usage_export_days.max}`,
  speech: `it must be an object with any of "enabled" (true or false), "voice_en" and "voice_es" (an installed voice's name, up to ${CONFIG_LIMITS.voice_name_max_length} characters, or null) and "rate" (a number from ${CONFIG_LIMITS.speech_rate.min} to ${CONFIG_LIMITS.speech_rate.max})`,
  take_home_base_url: `it must be null or an https address with a host and no "?" or "#", at most ${TAKE_HOME_URL_MAX_LENGTH} characters, like "https://www.example-hospital.org/all-guide"`,
  printer:
    'it must be {"enabled": true or false, "device_name": "the printer\u2019s name as the operating system lists it"}',
  recycle_after_visits: `it must be null or a whole number from ${CONFIG_LIMITS.recycle_after_visits.min} to ${CONFIG_LIMITS.recycle_after_visits.max}`,
  recycle_hour: 'it must be null or a whole hour from 0 to 23 (local time, 3 means 03:00-03:59)',
};

/** What the kiosk does instead when a key is bad. */
export const CONFIG_FALLBACKS: Readonly<Record<ConfigKey, string>> = {
  idle_seconds: `Using ${DEFAULT_CONFIG.idle_seconds}.`,
  warning_seconds: `Using ${DEFAULT_CONFIG.warning_seconds}.`,
  locales: `Using ${DEFAULT_CONFIG.locales.join(', ')}.`,
  default_locale: 'Using the first of locales.',
  staff_pin_hash: 'The staff panel stays locked until it is fixed.',
  fever_threshold_f: `Using ${DEFAULT_CONFIG.fever_threshold_f}.`,
  care_team_phone: 'Showing the default wording.',
  after_hours_phone: 'Showing the default wording.',
  hide_cursor: `Using ${String(DEFAULT_CONFIG.hide_cursor)}.`,
  keep_awake_hours: 'Keeping the display awake at all hours.',
  usage_counts: `Using ${String(DEFAULT_CONFIG.usage_counts)}.`,
  site_id: 'Leaving it empty.',
  kiosk_id: 'Leaving it empty.',
  usage_export_folder: 'Writing the daily export to <data>/exports.',
  usage_export_days: `Using ${String(DEFAULT_CONFIG.usage_export_days)}.`,
  speech: 'Read-aloud stays on with the default voice and rate.',
  take_home_base_url: 'Showing no take-home QR code.',
  printer: 'Printing stays off.',
  recycle_after_visits: `Using ${String(DEFAULT_CONFIG.recycle_after_visits)}.`,
  recycle_hour: `Using ${String(DEFAULT_CONFIG.recycle_hour)}.`,
};

export type ConfigWarning = {
  /** The key at fault, or `(file)` for problems with the whole file. */
  key: string;
  /** What was wrong and what the kiosk did instead, in one plain sentence for IT staff. */
  message: string;
};

export type LoadedConfig = {
  config: KioskConfig;
  warnings: ConfigWarning[];
  /** Where the file was looked for; null in the browser preview. */
  path: string | null;
};
