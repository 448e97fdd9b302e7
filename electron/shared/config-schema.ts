// The kiosk config file's keys, their safe defaults and their limits. The validator that applies them
// (file → config + warnings) lives beside this file in config-validate.ts; main loads the file, the renderer
// receives the result over IPC. A bad key never stops the kiosk: it falls back to its default with a warning.
import type { Locale } from './content-types';

export type OpenHours = {
  /** Local time `HH:MM` the display must be awake from. */
  start: string;
  /** Local time `HH:MM` after which the display may sleep. */
  end: string;
};

export type KioskConfig = {
  /** Seconds without a touch before "Still reading?" appears. */
  idle_seconds: number;
  /** Seconds the "Still reading?" countdown runs before the visit resets (at least 30). */
  warning_seconds: number;
  /** Languages offered to visitors, in order. */
  locales: Locale[];
  /** Language of a fresh visit; must be one of `locales`. */
  default_locale: Locale;
  /** `scrypt$N$r$p$saltBase64$hashBase64` made by `npm run kiosk:pin`; null: staff panel shows how to set one. */
  staff_pin_hash: string | null;
  /** The site's fever rule in °F; °C is derived. */
  fever_threshold_f: number;
  /** Care-team phone as the site writes it; null shows the safe default wording. */
  care_team_phone: string | null;
  /** After-hours line; null shows the safe default wording. */
  after_hours_phone: string | null;
  /** Hide the mouse cursor (touch-only sites). */
  hide_cursor: boolean;
  /** When the display must stay awake; null: always. */
  open_hours: OpenHours | null;
  /** Keep anonymous per-day usage counts. */
  usage_counts: boolean;
};

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
  open_hours: null,
  usage_counts: true,
};

/** Safe defaults: a missing file, or any bad key, falls back to these. */
export const DEFAULT_CONFIG: Readonly<KioskConfig> = Object.freeze(defaults);

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
