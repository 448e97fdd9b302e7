// Which installed voice reads a language: only voices on this machine (a network voice would send the card's
// words off the kiosk), matching the visitor's language, the site's configured voice name first.
import type { Locale } from '../../../electron/shared/content-types';

/** The fields of a SpeechSynthesisVoice this choice reads. */
export type VoiceInfo = { name: string; lang: string; localService: boolean; default: boolean };

export type VoiceChoice<V extends VoiceInfo> =
  { voice: V; preferredMissing: boolean } | { voice: null; reason: 'no-voices' | 'no-local-voice' };

// Regions most visitors of a US hospital expect, best first; any other region of the language comes after.
const REGION_ORDER: Record<Locale, readonly string[]> = {
  en: ['en-us', 'en-ca', 'en-gb', 'en-au'],
  es: ['es-us', 'es-mx', 'es-419', 'es-es'],
};

/** BCP 47 tag, lower case with dashes ("en_US" from speech-dispatcher becomes "en-us"). */
export function normalizeLang(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

export function speaksLocale(voice: Pick<VoiceInfo, 'lang'>, locale: Locale): boolean {
  const lang = normalizeLang(voice.lang);
  return lang === locale || lang.startsWith(`${locale}-`);
}

function rank(voice: VoiceInfo, locale: Locale): number {
  const region = REGION_ORDER[locale].indexOf(normalizeLang(voice.lang));
  return (region === -1 ? REGION_ORDER[locale].length : region) * 2 + (voice.default ? 0 : 1);
}

export function chooseVoice<V extends VoiceInfo>(
  voices: readonly V[],
  locale: Locale,
  preferredName: string | null,
): VoiceChoice<V> {
  if (voices.length === 0) return { voice: null, reason: 'no-voices' };
  const local = voices.filter((v) => v.localService && speaksLocale(v, locale));
  if (local.length === 0) return { voice: null, reason: 'no-local-voice' };
  const wanted = preferredName?.trim().toLowerCase() ?? '';
  if (wanted !== '') {
    const named = local.find((v) => v.name.trim().toLowerCase() === wanted);
    if (named) return { voice: named, preferredMissing: false };
  }
  // A stable sort: among equals, the engine's own order stands.
  const best = [...local].sort((a, b) => rank(a, locale) - rank(b, locale))[0];
  return { voice: best, preferredMissing: wanted !== '' };
}
