// Site values inside compiled card HTML. The compiler emits each slot as exactly
// `<span class="slot" data-slot="NAME"></span>`; this fills them with the site's values (escaped), so a phone
// number typed into the config file can never become markup.
import type { KioskConfig } from '../../electron/shared/config-schema';
import { phoneText } from '../../electron/shared/config-phone';
import {
  PHONE_SLOTS,
  SLOT_NAMES,
  type Locale,
  type PhoneSlot,
  type SlotName,
} from '../../electron/shared/content-types';
import { formatDecimal } from '../i18n/locales';

export type SlotValues = Record<SlotName, string>;

// A no-break space keeps "°F" on the same line as its number at large text sizes.
const NBSP = '\u00a0';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** °F → °C rounded to one decimal (a trailing .0 is dropped by the formatter). */
export function fahrenheitToCelsius(f: number): number {
  return Math.round((((f - 32) * 5) / 9) * 10) / 10;
}

export function formatTemperature(value: number, unit: 'F' | 'C', locale: Locale): string {
  return `${formatDecimal(value, locale)}${NBSP}°${unit}`;
}

/** The value of every slot for this site and language. */
export function slotValues(
  config: Pick<KioskConfig, 'fever_threshold_f' | 'care_team_phone' | 'after_hours_phone'>,
  locale: Locale,
  slotDefaults: Partial<Record<PhoneSlot, string>>,
): SlotValues {
  const phone = (slot: PhoneSlot): string => {
    return phoneText(config[slot], locale) ?? slotDefaults[slot] ?? '';
  };
  const phones = Object.fromEntries(PHONE_SLOTS.map((slot) => [slot, phone(slot)])) as Record<
    PhoneSlot,
    string
  >;
  return {
    fever_f: formatTemperature(config.fever_threshold_f, 'F', locale),
    fever_c: formatTemperature(fahrenheitToCelsius(config.fever_threshold_f), 'C', locale),
    ...phones,
  };
}

const SLOT_PATTERN = /<span class="slot" data-slot="([a-z_]+)"><\/span>/g;

/** Fills every slot in compiled HTML; an unknown slot name is left empty rather than guessed. */
export function fillSlots(html: string, values: SlotValues): string {
  return html.replace(SLOT_PATTERN, (_match, name: string) => {
    const value = (SLOT_NAMES as readonly string[]).includes(name) ? values[name as SlotName] : '';
    return `<span class="slot" data-slot="${name}">${escapeHtml(value)}</span>`;
  });
}
