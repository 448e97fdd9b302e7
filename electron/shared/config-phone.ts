// A phone setting as the config allows it (text, {number, label, tty}, or one of those per language) → the
// words a visitor reads in a sentence such as "Call your care team at …". Pure, shared by the renderer's
// slots and main's start-up log line.
import type { PhoneSetting } from './config-schema';
import { LOCALES } from './content-types';
import type { Locale } from './content-types';

type PhoneParts = { number: string; label: string | null; tty: string | null };

type PhoneEntry = string | { number: string; label?: string; tty?: string };
type PhoneMap = Partial<Record<Locale, PhoneEntry>>;

function isLocaleMap(setting: PhoneSetting): setting is PhoneMap {
  return typeof setting === 'object' && !('number' in setting);
}

/** The entry for this language: its own, else the first language listed, in LOCALES order. */
function phoneParts(setting: PhoneSetting | null, locale: Locale): PhoneParts | null {
  if (setting === null) return null;
  const entry: PhoneEntry | undefined = isLocaleMap(setting)
    ? (setting[locale] ?? LOCALES.map((l) => setting[l]).find((e) => e !== undefined))
    : setting;
  if (entry === undefined) return null;
  if (typeof entry === 'string') return { number: entry, label: null, tty: null };
  return { number: entry.number, label: entry.label ?? null, tty: entry.tty ?? null };
}

/** "555-0100 x22 (Oncology clinic; TTY 711)", or null when the site set none (the default wording shows). */
export function phoneText(setting: PhoneSetting | null, locale: Locale): string | null {
  const parts = phoneParts(setting, locale);
  if (parts === null || parts.number.trim() === '') return null;
  const extra = [parts.label, parts.tty === null ? null : `TTY ${parts.tty}`].filter((x) => x !== null);
  return extra.length === 0 ? parts.number : `${parts.number} (${extra.join('; ')})`;
}
