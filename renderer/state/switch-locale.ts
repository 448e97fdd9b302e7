// Changing the visit's language from any control: the place (page id and card) stays, since card ids are the
// same in every language, and the change is said politely through the live region.
import { tick } from 'svelte';
import type { Locale } from '../../electron/shared/content-types';
import { uiStrings } from '../i18n/locales';
import { announcer } from './announcer.svelte';
import { visit } from './visit.svelte';

export async function switchLocale(locale: Locale): Promise<void> {
  if (locale === visit.locale) return;
  visit.setLocale(locale);
  // Wait for the guide's own step announcement in the new language, then say the change before it.
  await tick();
  announcer.say(`${uiStrings(locale).languageChanged} ${announcer.text}`.trim());
}
