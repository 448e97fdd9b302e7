import { describe, expect, expectTypeOf, it } from 'vitest';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../../../electron/shared/content-types.ts';
import {
  GRADERS,
  LOCALE_PROFILES,
  type LocaleProfile,
  type LocaleRegistry,
} from '../../../../build/content/locale-registry.ts';
import { NON_BREAKING_ABBREVIATIONS } from '../../../../build/content/sentences.ts';

// A hypothetical third locale. `npm run typecheck` (tsc -p tsconfig.tests.json) checks this file, and an
// expect-error directive that finds no error is itself an error: each one below proves that a registry
// without 'fr' does not compile.
type WithFrench = Locale | 'fr';
const french: LocaleProfile = { englishName: 'French', original: false, readability: 'spanish-inflesz' };

describe('the per-locale registry', () => {
  it('has exactly one entry per locale in LOCALES, at the type level and at run time', () => {
    expectTypeOf<keyof typeof LOCALE_PROFILES>().toEqualTypeOf<Locale>();
    expectTypeOf<keyof typeof NON_BREAKING_ABBREVIATIONS>().toEqualTypeOf<Locale>();
    expectTypeOf<keyof typeof LOCALE_NAMES>().toEqualTypeOf<Locale>();
    expect(Object.keys(LOCALE_PROFILES).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(NON_BREAKING_ABBREVIATIONS).sort()).toEqual([...LOCALES].sort());
  });

  it('fails to type-check for a third locale until its entries exist', () => {
    // @ts-expect-error -- 'fr' is missing from the profiles
    const profiles: LocaleRegistry<WithFrench> = LOCALE_PROFILES;
    // @ts-expect-error -- 'fr' is missing from the abbreviations
    const abbreviations: Record<WithFrench, readonly string[]> = NON_BREAKING_ABBREVIATIONS;
    // @ts-expect-error -- 'fr' is missing from the names
    const names: Record<WithFrench, string> = LOCALE_NAMES;
    // With its entries, the same registry compiles.
    const complete: LocaleRegistry<WithFrench> = { ...LOCALE_PROFILES, fr: french };
    expect([profiles, abbreviations, names].every((r) => !('fr' in r))).toBe(true);
    expect(complete.fr.englishName).toBe('French');
  });

  it('grades each locale with its own grader: English grades for en, INFLESZ for es, never the other', () => {
    const units = ['Take your time. You can stop at any point.'];
    const en = GRADERS[LOCALE_PROFILES.en.readability](units, 'Card');
    const es = GRADERS[LOCALE_PROFILES.es.readability](units, 'Card');
    expect(Object.keys(en?.scores ?? {}).sort()).toEqual(['colemanLiau', 'fleschKincaid', 'smog']);
    expect(Object.keys(es?.scores ?? {}).sort()).toEqual(['fernandezHuerta', 'inflesz']);
    expect(LOCALE_PROFILES.en.original).toBe(true);
    expect(LOCALE_PROFILES.es.original).toBe(false);
  });
});
