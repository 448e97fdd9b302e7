// One visitor's choices. Everything here goes back to its initial value on resetVisit().
import type { Audience, Locale, ReaderForm } from '../../electron/shared/content-types';
import { readerForm } from '../../electron/shared/reader-forms';
import type { TextSizeStep } from '../../electron/shared/ipc-contract';
import { uiStrings, type UiStrings } from '../i18n/locales';
import { kiosk } from '../lib/kiosk';

type Theme = 'default' | 'high-contrast';

export type VisitSnapshot = {
  locale: Locale;
  textSize: TextSizeStep;
  theme: Theme;
  calm: boolean;
  readSlowly: boolean;
  started: boolean;
  audience: Audience | null;
};

class VisitSettings {
  /** The language a fresh visit starts in (from the site config, once content is known). */
  #initialLocale: Locale = 'en';

  locale = $state<Locale>('en');
  textSize = $state<TextSizeStep>(100);
  theme = $state<Theme>('default');
  calm = $state(false);
  /** "I read slowly": issue 5 lengthens the idle timeout with it. */
  readSlowly = $state(false);
  /** Whether this visit has been counted (first touch or key after a fresh start). */
  started = $state(false);
  /** "Who is this for?": null until answered (the words then address the reader as "you"). */
  audience = $state<Audience | null>(null);

  /** Visits begun since this page loaded: never reset with a visit (main's recycle rung reads it). */
  #visitsSinceLoad = 0;

  /** How the cards' words address the reader: `child` after "My child", else `you`. */
  readonly readerForm: ReaderForm = $derived(readerForm(this.audience));

  /** The UI labels for the current language. */
  readonly strings: UiStrings = $derived(uiStrings(this.locale));

  setInitialLocale(locale: Locale): void {
    this.#initialLocale = locale;
    if (!this.started) this.locale = locale;
  }

  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    kiosk.recordUsage({ type: 'locale', locale });
  }

  setTextSize(step: TextSizeStep): void {
    if (step === this.textSize) return;
    this.textSize = step;
    kiosk.recordUsage({ type: 'text-size', step });
  }

  /** A second tap on the chosen answer takes it back; each new answer is counted once. */
  setAudience(audience: Audience): void {
    if (audience === this.audience) {
      this.audience = null;
      return;
    }
    this.audience = audience;
    kiosk.recordUsage({ type: 'audience', audience });
  }

  /** Counts the visit once, on its first touch or key press. */
  markStarted(): void {
    if (this.started) return;
    this.started = true;
    this.#visitsSinceLoad += 1;
    kiosk.recordUsage({ type: 'visit:start' });
  }

  get visitsSinceLoad(): number {
    return this.#visitsSinceLoad;
  }

  reset(): void {
    this.locale = this.#initialLocale;
    this.textSize = 100;
    this.theme = 'default';
    this.calm = false;
    this.readSlowly = false;
    this.started = false;
    this.audience = null;
  }

  snapshot(): VisitSnapshot {
    return {
      locale: this.locale,
      textSize: this.textSize,
      theme: this.theme,
      calm: this.calm,
      readSlowly: this.readSlowly,
      started: this.started,
      audience: this.audience,
    };
  }
}

export const visit = new VisitSettings();
