// Everything the interface keeps per language, in one registry keyed by Locale: a language added to LOCALES
// does not compile until it has its labels and its number and date format here.
import type { Locale } from '../../electron/shared/content-types';
import { en, type UiStrings } from './en';
import { es } from './es';

export type { UiStrings };

type LocaleProfile = {
  /** The interface labels. */
  strings: UiStrings;
  /** The BCP 47 tag Intl formats numbers and dates with. */
  formatTag: string;
};

/** One profile per language in `L`; every key required, so a missing language is a type error. */
export type LocaleRegistry<L extends string = Locale> = { readonly [K in L]: LocaleProfile };

export const LOCALE_PROFILES: LocaleRegistry = {
  en: { strings: en, formatTag: 'en-US' },
  // US Spanish writes a decimal point ("100.4 °F"), as Mexico, Central America and the Caribbean do.
  es: { strings: es, formatTag: 'es-US' },
};

/** The interface labels for `locale`. */
export function uiStrings(locale: Locale): UiStrings {
  return LOCALE_PROFILES[locale].strings;
}

/** A number as `locale` writes it, to one decimal at most: "100.4", "38". */
export function formatDecimal(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_PROFILES[locale].formatTag, { maximumFractionDigits: 1 }).format(value);
}
