// Kiosk config: file state → JSON (config-json.ts) → KioskConfig + warnings, key by key with the schemas in
// config-schema.ts. Pure: main reads the file (electron/main/config-loader.ts) and hands the text here. A bad
// key never stops the kiosk: it keeps that key's safe default and says why, in one plain sentence for IT
// staff. A file that cannot be read as JSON falls back to the last good config, loudly.
import * as v from 'valibot';
import type { Node } from 'jsonc-parser';
import {
  CONFIG_FALLBACKS,
  CONFIG_KEY_SCHEMAS,
  CONFIG_KEYS,
  CONFIG_RULES,
  RENAMED_KEYS,
  defaultConfig,
} from './config-schema';
import type { ConfigKey, ConfigWarning, KioskConfig } from './config-schema';
import { parseConfigTree, position } from './config-json';
import { phoneText } from './config-phone';
import { editDistance } from './edit-distance';
import { isRecord } from './is-record';
import { LOCALES } from './content-types';
import type { Locale } from './content-types';

export { parseConfigText } from './config-json';

/** Files larger than this are not read at all. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export type ValidatedConfig = { config: KioskConfig; warnings: ConfigWarning[] };

/** One problem as `--check-config` prints it: where, what, and how to fix it. */
export type ConfigProblem = {
  key: string;
  message: string;
  fix: string;
  /** 1-based; null when the problem is with the file as a whole. */
  line: number | null;
  column: number | null;
};

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

type Locator = (key: string, part: 'key' | 'value') => { line: number; column: number } | null;

/** Finds a top-level key (or its value) in the parse tree, for line and column. */
function locatorFor(tree: Node, text: string): Locator {
  return (key, part) => {
    const property = tree.children?.find((p) => p.children?.[0]?.value === key);
    const node = property?.children?.[part === 'key' ? 0 : 1];
    return node === undefined ? null : position(text, node.offset);
  };
}

/** Why one value failed its schema, naming the inner field when the schema says which. */
function whatIsWrong(key: string, value: unknown, issues: v.BaseIssue<unknown>[]): string {
  // Never echo a PIN hash (even a broken one) into logs, the staff panel or status.json.
  if (key === 'staff_pin_hash')
    return `staff_pin_hash is ${typeof value === 'string' ? 'not a valid hash' : show(value)}`;
  const issue = issues[0];
  const dotted = issue === undefined ? null : v.getDotPath(issue);
  if (issue !== undefined && dotted !== null && dotted !== '') {
    return `${key}.${dotted} is ${show(issue.input)}`;
  }
  if (key === 'locales' && Array.isArray(value)) {
    const bad: unknown = value.find((item) => !isLocale(item));
    if (bad !== undefined) return `locales contains ${show(bad)}, which is not one of ${LOCALES.join(', ')}`;
    if (new Set(value).size !== value.length) return 'locales lists a language twice';
  }
  return `${key} is ${show(value)}`;
}

/** Parsed JSON → config with every bad key replaced by its default, and one problem per fault. */
function checkValue(raw: unknown, locate: Locator): { config: KioskConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const add = (key: string, message: string, fix: string, part: 'key' | 'value' = 'value'): void => {
    const at = locate(key, part);
    problems.push({ key, message, fix, line: at?.line ?? null, column: at?.column ?? null });
  };
  if (!isRecord(raw)) {
    add(
      '(file)',
      `The file must hold one JSON object ({ … }) but holds ${show(raw)}; using all defaults.`,
      'Put the settings inside one pair of braces: { "idle_seconds": 120 }.',
    );
    return { config, problems };
  }
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(raw, key);

  for (const key of Object.keys(raw)) {
    if ((CONFIG_KEYS as string[]).includes(key) || Object.hasOwn(RENAMED_KEYS, key)) continue;
    const near = CONFIG_KEYS.find((k) => editDistance(k, key.toLowerCase()) <= 3);
    add(
      key,
      `Unknown key "${key}" is ignored${near ? `; did you mean "${near}"?` : '.'}`,
      near ? `Rename it to "${near}".` : `Remove it; the known keys are ${CONFIG_KEYS.join(', ')}.`,
      'key',
    );
  }

  const apply = (key: ConfigKey, value: unknown, reportAs: string = key, prefix: string = ''): boolean => {
    const result = v.safeParse(CONFIG_KEY_SCHEMAS[key], value);
    if (result.success) {
      (config as Record<ConfigKey, unknown>)[key] = result.output;
      return true;
    }
    const rule = CONFIG_RULES[key];
    add(
      reportAs,
      `${prefix}${whatIsWrong(reportAs, value, result.issues)}; ${rule}. ${CONFIG_FALLBACKS[key]}`,
      `Set ${key}: ${rule}.`,
    );
    return false;
  };

  for (const key of CONFIG_KEYS) {
    if (key === 'default_locale') continue;
    if (has(key)) {
      apply(key, raw[key]);
      continue;
    }
    const oldName = Object.keys(RENAMED_KEYS).find((name) => RENAMED_KEYS[name] === key && has(name));
    if (oldName === undefined) continue;
    const renamed = `${oldName} is now called ${key}; rename it in the file. `;
    if (apply(key, raw[oldName], oldName, renamed)) {
      add(oldName, `${renamed}Its value is used meanwhile.`, `Rename "${oldName}" to "${key}".`, 'key');
    }
  }
  for (const [oldName, key] of Object.entries(RENAMED_KEYS)) {
    if (has(oldName) && has(key)) {
      add(oldName, `${oldName} is ignored because ${key} is also set.`, `Remove "${oldName}".`, 'key');
    }
  }

  const wanted = has('default_locale') ? raw.default_locale : config.default_locale;
  if (isLocale(wanted) && config.locales.includes(wanted)) {
    config.default_locale = wanted;
  } else {
    config.default_locale = config.locales[0];
    add(
      'default_locale',
      `default_locale is ${show(wanted)}; it must be one of locales (${config.locales.join(', ')}). Using ${config.default_locale}.`,
      `Set default_locale to one of ${config.locales.map((l) => `"${l}"`).join(', ')}.`,
    );
  }
  // Kiosks that share an export folder without ids would overwrite one another's files every day.
  if (config.usage_export_folder !== null && config.kiosk_id === null) {
    add(
      'usage_export_folder',
      'usage_export_folder is set but kiosk_id is not: kiosks writing to the same folder would overwrite each other\u2019s usage-<day>.csv. The export is written there without an id.',
      'Set kiosk_id to a short id of this kiosk (its file becomes usage-<kiosk_id>-<day>.csv).',
    );
  }
  return { config, problems };
}

const nowhere: Locator = () => null;
const toWarnings = (problems: ConfigProblem[]): ConfigWarning[] =>
  problems.map(({ key, message }) => ({ key, message }));

/** Parsed JSON → config with every bad key replaced by its default, and one warning per problem. */
export function validateConfig(raw: unknown): ValidatedConfig {
  const { config, problems } = checkValue(raw, nowhere);
  return { config, warnings: toWarnings(problems) };
}

/** What main found at the config path. */
export type ConfigSource =
  | {
      kind: 'missing';
      /** Set when the path came from --config or KIOSK_CONFIG: then a missing file is a mistake. */
      explicit?: '--config' | 'KIOSK_CONFIG';
    }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'text'; text: string };

/** Checks one config source: the config it yields and every problem with line, column and fix. */
export function checkConfigSource(source: ConfigSource): {
  config: KioskConfig;
  problems: ConfigProblem[];
  /** True when the file was read as a JSON object (it may still have per-key problems). */
  usable: boolean;
} {
  const whole = (message: string, fix: string, line: number | null = null, column: number | null = null) => ({
    config: defaultConfig(),
    problems: [{ key: '(file)', message, fix, line, column }],
    usable: false,
  });
  switch (source.kind) {
    case 'missing':
      if (source.explicit === undefined) return { config: defaultConfig(), problems: [], usable: false };
      return whole(
        `No config file exists at the path given by ${source.explicit}. Using all defaults.`,
        `Check the path in ${source.explicit === '--config' ? "the kiosk's start command" : 'the KIOSK_CONFIG variable'}, or put the file there.`,
      );
    case 'too-large':
      return whole(
        `The file is ${source.bytes} bytes; at most ${MAX_CONFIG_BYTES} are read. Using all defaults.`,
        'A kiosk config is a few hundred bytes: check that the right file is at this path.',
      );
    case 'unreadable':
      return whole(
        `The file could not be read (${source.reason}). Using all defaults.`,
        'Let the kiosk account read it (0640 owned by root, group of the kiosk account; or a Windows ACL granting it Read).',
      );
    case 'text': {
      if (source.text.trim() === '' || source.text.trim() === '\ufeff') {
        return whole(
          'The file is empty; it must hold one JSON object. Using all defaults.',
          'Write the settings as { "key": value, … }, or delete the file to use the defaults.',
        );
      }
      const parsed = parseConfigTree(source.text);
      if (!parsed.ok) {
        return whole(
          `The file is not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}. Using all defaults.`,
          jsonFix(parsed.message),
          parsed.line,
          parsed.column,
        );
      }
      const { config, problems } = checkValue(parsed.value, locatorFor(parsed.tree, parsed.text));
      return { config, problems, usable: isRecord(parsed.value) };
    }
  }
}

function jsonFix(message: string): string {
  if (/appears twice/.test(message)) return 'Keep only one of the two.';
  if (/comment/.test(message)) return 'Remove the comment: JSON allows none.';
  if (/never closed|closing double quote/.test(message)) return 'Close the text with a double quote (").';
  if (/found "'"/.test(message)) return 'Use double quotes (") around keys and text, not single quotes.';
  if (/(key in double quotes|a value) but found "[}\]]"/.test(message)) {
    return 'Remove the comma just before it: JSON allows no comma after the last item.';
  }
  if (/"," or "[}\]]" but found "\\""/.test(message)) return 'Add a comma at the end of the line before.';
  return 'Fix the JSON at that point, then run --check-config again for the next problem.';
}

/** The whole pipeline: file state → config + warnings. Never throws. */
export function loadConfigFrom(source: ConfigSource): ValidatedConfig {
  const { config, problems } = checkConfigSource(source);
  return { config, warnings: toWarnings(problems) };
}

/** The last config text that was read as a JSON object, kept beside the kiosk's data. */
export type LastGoodConfig = { text: string; savedAt: string | null };

export type ConfigLoad = ValidatedConfig & {
  /**
   * The file was read as a JSON object with no warning: keep its text as the new last good config. A file with
   * a bad value is still applied key by key, but never replaces a copy whose values were all good.
   */
  saveAsLastGood: boolean;
  usedLastGood: boolean;
};

/**
 * Like loadConfigFrom, but a file that is there and cannot be read as a JSON object falls back to the last
 * good config (when one parses) instead of the defaults, with a loud warning. A missing file at the default
 * path is a normal install and uses the defaults.
 */
export function loadConfigWithFallback(source: ConfigSource, lastGood: LastGoodConfig | null): ConfigLoad {
  const current = checkConfigSource(source);
  const plain = { config: current.config, warnings: toWarnings(current.problems) };
  const quietMissing = source.kind === 'missing' && source.explicit === undefined;
  if (current.usable || quietMissing || lastGood === null) {
    return { ...plain, saveAsLastGood: current.usable && current.problems.length === 0, usedLastGood: false };
  }
  const previous = checkConfigSource({ kind: 'text', text: lastGood.text });
  if (!previous.usable) return { ...plain, saveAsLastGood: false, usedLastGood: false };
  const fileProblem = current.problems[0]?.message.replace(/ Using all defaults\.$/, '') ?? '';
  const when = lastGood.savedAt === null ? '' : ` (saved ${lastGood.savedAt})`;
  return {
    config: previous.config,
    warnings: [
      {
        key: '(file)',
        message: `${fileProblem} THE KIOSK IS RUNNING ON THE LAST GOOD CONFIG${when}, not on this file, until it is fixed.`,
      },
      ...toWarnings(previous.problems).map((w) => ({ ...w, message: `(last good config) ${w.message}` })),
    ],
    saveAsLastGood: false,
    usedLastGood: true,
  };
}

/** Where the config file is: `--config=PATH`, else KIOSK_CONFIG, else null (main uses its data folder). */
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

/** `path:line:column: key: message` and an indented fix, as `--check-config` prints each problem. */
export function formatProblem(path: string, problem: ConfigProblem): string {
  const where = problem.line === null ? path : `${path}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.key}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** One log line with the values visitors will see, so IT can confirm a push took effect. No secrets. */
export function describeEffectiveConfig(config: KioskConfig): string {
  const phone = (setting: KioskConfig['care_team_phone']): string =>
    config.locales
      .map((locale) => `${locale} ${JSON.stringify(phoneText(setting, locale) ?? '(default wording)')}`)
      .join(', ');
  const hours = config.keep_awake_hours;
  return [
    `locales ${config.locales.join(', ')} (default ${config.default_locale})`,
    `fever ${config.fever_threshold_f} °F`,
    `care_team_phone ${phone(config.care_team_phone)}`,
    `after_hours_phone ${phone(config.after_hours_phone)}`,
    `staff PIN ${config.staff_pin_hash === null ? 'not set' : 'set'}`,
    `idle ${config.idle_seconds} s + ${config.warning_seconds} s`,
    `keep_awake_hours ${hours === null ? 'always' : `${hours.start}-${hours.end}`}`,
    `usage counts ${config.usage_counts ? 'on' : 'off'}`,
    `site_id ${config.site_id ?? '-'}`,
    `kiosk_id ${config.kiosk_id ?? '-'}`,
    `usage export ${config.usage_export_folder ?? '<data>/exports'} (${config.usage_export_days} days)`,
    `speech ${config.speech.enabled ? `on (rate ${config.speech.rate}, voice_en ${JSON.stringify(config.speech.voice_en)}, voice_es ${JSON.stringify(config.speech.voice_es)})` : 'off'}`,
  ].join('; ');
}
