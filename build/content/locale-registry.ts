// Languages as data: everything the compiler and the content:check report do differently per language lives
// in one record keyed by Locale, so adding a locale to LOCALES fails to type-check until its entry is here
// (and nothing treats "not English" as Spanish).
import type { Locale, ReadabilityScores } from '../../electron/shared/content-types.ts';
import { englishGrades } from './readability.ts';
import { spanishScores } from './readability-es.ts';

/** How a language's cards are graded, and which columns content:check shows for it (report.ts). */
export type ReadabilityKind = 'english-grades' | 'spanish-inflesz';

type GradeIssue = { severity: 'error' | 'warning'; rule: string; message: string; hint: string };
export type GradeResult = { scores: Partial<ReadabilityScores>; issues: GradeIssue[] };

export type LocaleProfile = {
  /** The language's name in English, for educators' messages ("missing in Spanish"). */
  englishName: string;
  /** The original pages are written in this language; every other one is a translation with a status. */
  original: boolean;
  readability: ReadabilityKind;
  /**
   * Translated languages: what a source address in this language looks like (publishers' language folders and
   * subdomains). A source on such a page with neither this nor `lang:` gets a content:check warning.
   */
  sourceUrlPattern?: RegExp;
};

/** A registry for any set of locales: a missing entry is a type error. */
export type LocaleRegistry<L extends string = Locale> = Record<L, LocaleProfile>;

export const LOCALE_PROFILES: LocaleRegistry = {
  en: { englishName: 'English', original: true, readability: 'english-grades' },
  es: {
    englishName: 'Spanish',
    original: false,
    readability: 'spanish-inflesz',
    sourceUrlPattern:
      /^https:\/\/(es\.|espanol\.)|\/(es|es-us|es-mx|es-419|espanol|spanish)(\/|$)|[?&](lang|language)=es\b/i,
  },
};

/** Grades one card's text units; `where` names the card in messages. Null when the card has no words. */
export const GRADERS: Record<ReadabilityKind, (units: string[], where: string) => GradeResult | null> = {
  'english-grades': (units, where) => {
    const g = englishGrades(units);
    if (!g) return null;
    const issues: GradeIssue[] = [];
    const side = `(SMOG ${g.smog}, Coleman–Liau ${g.colemanLiau})`;
    const hint = 'Use shorter sentences (about 10–15 words) and shorter, everyday words.';
    if (g.fleschKincaid > 8) {
      issues.push({
        severity: 'error',
        rule: 'reading-grade',
        message: `${where} reads at grade ${g.fleschKincaid} by Flesch–Kincaid ${side}; the limit is 8.`,
        hint,
      });
    } else if (g.fleschKincaid > 6) {
      issues.push({
        severity: 'warning',
        rule: 'reading-grade-above-6',
        message: `${where} reads at grade ${g.fleschKincaid} by Flesch–Kincaid ${side}; aim for 6 or lower.`,
        hint,
      });
    }
    if (g.smog > 8 || g.colemanLiau > 8) {
      issues.push({
        severity: 'warning',
        rule: 'reading-grade-other',
        message: `${where}: ${g.smog > 8 ? `SMOG ${g.smog}` : ''}${g.smog > 8 && g.colemanLiau > 8 ? ', ' : ''}${g.colemanLiau > 8 ? `Coleman–Liau ${g.colemanLiau}` : ''} is above grade 8 (Flesch–Kincaid ${g.fleschKincaid}).`,
        hint:
          g.smog > 8
            ? 'SMOG counts words of three or more syllables: swap some for shorter words.'
            : 'Coleman–Liau counts letters per word: use shorter words.',
      });
    }
    return { scores: { fleschKincaid: g.fleschKincaid, colemanLiau: g.colemanLiau, smog: g.smog }, issues };
  },
  'spanish-inflesz': (units, where) => {
    const s = spanishScores(units);
    if (!s) return null;
    const issues: GradeIssue[] = [];
    if (s.inflesz < 55) {
      issues.push({
        severity: 'warning',
        rule: 'spanish-readability',
        message: `${where} scores ${s.inflesz} on INFLESZ ("${s.label}"; Fernández-Huerta ${s.fernandezHuerta}); aim for 55 or more ("normal").`,
        hint: 'Use frases más cortas y palabras más sencillas (shorter sentences, simpler words).',
      });
    }
    return { scores: { fernandezHuerta: s.fernandezHuerta, inflesz: s.inflesz }, issues };
  },
};
