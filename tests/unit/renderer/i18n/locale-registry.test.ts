// Languages are data: every per-language table is keyed by Locale, so a language added to LOCALES fails to
// type-check (npm run check runs tsc over this file) until each table has it. A stub third locale shows it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../../electron/shared/content-types';
import { LOCALE_PROFILES, type LocaleRegistry, type UiStrings } from '../../../../renderer/i18n/locales';

type WithStub = Locale | 'xx';

describe('per-language registries', () => {
  it('are keyed by exactly LOCALES', () => {
    expectTypeOf<keyof typeof LOCALE_PROFILES>().toEqualTypeOf<Locale>();
    expectTypeOf<keyof typeof LOCALE_NAMES>().toEqualTypeOf<Locale>();
    expect(Object.keys(LOCALE_PROFILES)).toEqual([...LOCALES]);
    expect(Object.keys(LOCALE_NAMES)).toEqual([...LOCALES]);
  });

  it('a stub third locale does not type-check until its profile is complete', () => {
    const labels = LOCALE_PROFILES.en.strings;
    const { appTitle: _dropped, ...fewerLabels } = labels;
    const noFormat = { ...LOCALE_PROFILES, xx: { strings: labels } };
    const shortLabels = { ...LOCALE_PROFILES, xx: { strings: fewerLabels, formatTag: 'en-US' } };

    // @ts-expect-error -- no profile for 'xx': what tsc says when LOCALES gains a language and this table does not
    const missing: LocaleRegistry<WithStub> = LOCALE_PROFILES;
    // @ts-expect-error -- a profile without its number and date format
    const partial: LocaleRegistry<WithStub> = noFormat;
    // @ts-expect-error -- interface labels missing one key
    const unfinished: LocaleRegistry<WithStub> = shortLabels;
    const complete: LocaleRegistry<WithStub> = {
      ...LOCALE_PROFILES,
      xx: { strings: labels, formatTag: 'en-US' },
    };

    expectTypeOf(fewerLabels).not.toMatchTypeOf<UiStrings>();
    expect(Object.keys(missing)).toEqual([...LOCALES]);
    expect(Object.keys(partial)).toContain('xx');
    expect(Object.keys(unfinished)).toContain('xx');
    expect(Object.keys(complete)).toEqual([...LOCALES, 'xx']);
  });
});
