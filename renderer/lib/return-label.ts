// The words on a button that goes back to an earlier screen.
import type { ReturnPlace, UiStrings } from '../i18n/en';
import type { Place } from '../state/navigation.svelte';

const RETURN_PLACES: Record<Place['screen'], ReturnPlace | null> = {
  // Never a way back (a visit's history starts on the start screen); listed because the map is total.
  attract: null,
  start: 'start',
  topics: 'topics',
  phases: 'phases',
  stages: 'stages',
  'side-effects': 'side-effects',
  glossary: 'glossary',
  sources: 'sources',
  guide: 'guide',
  'guide-end': 'guide',
  page: null,
};

export function returnLabel(place: Place, strings: UiStrings): string {
  const target = RETURN_PLACES[place.screen];
  return target ? strings.returnTo[target] : strings.back;
}
