// Site values that cards show: the card tree holds `slot` nodes by name, and the renderer shows the value this
// computes for the site and language (as text, so a phone number typed into the config can never be markup).
import type { KioskConfig } from '../../electron/shared/config-schema';
import { phoneText } from '../../electron/shared/config-phone';
import { PHONE_SLOTS, type Locale, type PhoneSlot, type SlotName } from '../../electron/shared/content-types';

export type SlotValues = Record<SlotName, string>;

// A no-break space keeps "°F" on the same line as its number at large text sizes.
const NBSP = '\u00a0';

/** °F → °C rounded to one decimal (a trailing .0 is dropped by the formatter). */
export function fahrenheitToCelsius(f: number): number {
  return Math.round((((f - 32) * 5) / 9) * 10) / 10;
}

export function formatTemperature(value: number, unit: 'F' | 'C', locale: Locale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return `${number}${NBSP}°${unit}`;
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
