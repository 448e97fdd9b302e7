// The compiled content, loaded as its own chunk so the first paint does not wait for every page's words,
// and the current language's lookups and site values.
import type { CompiledContent, CompiledPaths, Locale } from '../../electron/shared/content-types';
import { buildIndex, type ContentIndex } from '../lib/content-index';
import { testRecordings } from '../lib/kiosk';
import { slotValues, type SlotValues } from '../lib/slots';
import { site } from './site.svelte';
import { visit } from './visit.svelte';

const NO_PATHS: CompiledPaths = { essentials: [], stages: [], applies: [], audienceFirst: {} };

class ContentStore {
  compiled = $state.raw<CompiledContent | null>(null);
  failed = $state(false);
  /** Recordings a browser-preview test adds (`window.__KIOSK_TEST_RECORDINGS__`); empty in the app. */
  readonly testRecordings: Record<string, string> = testRecordings();

  /** Locales the site enables and the content has pages for, in the site's order. */
  readonly locales: Locale[] = $derived.by(() => {
    const compiled = this.compiled;
    if (!compiled) return [];
    return site.config.locales.filter((locale) => (compiled.locales[locale]?.pages.length ?? 0) > 0);
  });

  readonly index: ContentIndex | null = $derived(
    this.compiled?.locales[visit.locale] ? buildIndex(this.compiled.locales[visit.locale]) : null,
  );

  /** The essentials, the stage paths and "Does this apply to me?" (the same in every language). */
  readonly paths: CompiledPaths = $derived(this.compiled?.paths ?? NO_PATHS);

  readonly slots: SlotValues = $derived(
    slotValues(site.config, visit.locale, this.index?.content.slotDefaults ?? {}),
  );

  async load(): Promise<void> {
    try {
      const module = await import('virtual:kiosk-content');
      this.compiled = module.default;
    } catch (error) {
      this.failed = true;
      console.error('Content failed to load:', error);
    }
  }

  /** The language a fresh visit starts in: the site's default if it has content, else the first offered. */
  initialLocale(): Locale {
    const preferred = site.config.default_locale;
    return this.locales.includes(preferred) ? preferred : (this.locales[0] ?? preferred);
  }
}

export const content = new ContentStore();
