// What "Listen" reads where the visitor is, and where "Listen to the whole guide" turns the page to. The
// words come from the card tree (sentences are nodes), so the highlight can follow the voice sentence by
// sentence.
import type { Card } from '../../electron/shared/content-types';
import { stepNumber } from '../lib/content-index';
import { makePronouncer, type Pronouncer } from '../lib/speech/pronounce';
import { cardUtterances, uiUtterance, type Utterance } from '../lib/speech/utterances';
import { content } from './content.svelte';
import { navigation, type Place } from './navigation.svelte';
import { speech } from './speech.svelte';
import { visit } from './visit.svelte';

/** One key per card place; interface screens have their own. */
export function placeKey(place: Place): string {
  return `${place.screen}/${place.pageId ?? ''}/${place.card}`;
}

let cachedRules: unknown = null;
let cachedPronouncer: Pronouncer = (text) => text;

/** The current language's pronunciation table (made once per table). */
function pronouncer(): Pronouncer {
  const rules = content.index?.content.pronunciations ?? [];
  if (rules !== cachedRules) {
    cachedRules = rules;
    cachedPronouncer = makePronouncer(rules);
  }
  return cachedPronouncer;
}

function cardAt(place: Place): Card | undefined {
  if (place.screen !== 'guide' && place.screen !== 'page') return undefined;
  const page = place.pageId ? content.index?.pagesById.get(place.pageId) : undefined;
  return page?.cards[place.card];
}

/** The utterances of the card on screen, or none. */
function utterancesAt(place: Place): Utterance[] {
  const card = cardAt(place);
  if (!card) return [];
  return cardUtterances(card, {
    locale: visit.locale,
    slots: content.slots,
    pronounce: pronouncer(),
    pictureLabel: visit.strings.picture,
    form: visit.readerForm,
  });
}

/** The card's fresh recorded narration (a path under the built UI), or null: the voice reads it. */
function recordingAt(place: Place): string | null {
  const card = cardAt(place);
  if (!card || !place.pageId) return null;
  // A recording is of the "Me" words: with "My child" chosen, a card whose words change is read by the voice.
  if (card.variants > 0 && visit.readerForm !== 'you') return null;
  const key = `${place.pageId}#${card.id}`;
  return content.index?.content.recordings[key] ?? content.testRecordings[`${visit.locale}/${key}`] ?? null;
}

/** Whether Listen has something to read here: a recording, or a voice for the language. */
export function canListenHere(): boolean {
  const place = navigation.current;
  return cardAt(place) !== undefined && speech.listenable(visit.locale, recordingAt(place) !== null);
}

/** Where the whole-path reading goes after this card: the next tour step, or the next part of the page. */
export function nextPlace(place: Place): Place | null {
  const index = content.index;
  if (!index || !place.pageId) return null;
  if (place.screen === 'guide') {
    const step = stepNumber(index, place.pageId, place.card);
    const target = step < 0 ? undefined : index.steps[step + 1];
    return target ? { screen: 'guide', pageId: target.pageId, card: target.card } : null;
  }
  if (place.screen === 'page') {
    const count = index.pagesById.get(place.pageId)?.cards.length ?? 0;
    return place.card + 1 < count ? { ...place, card: place.card + 1 } : null;
  }
  return null;
}

function turnPage(): void {
  const next = nextPlace(navigation.current);
  if (!next) {
    speech.stop();
    return;
  }
  speech.expect(placeKey(next));
  navigation.moveTo(next.pageId, next.card);
}

/** Listen (path false) or "Listen to the whole guide" (path true), from the card on screen. */
export function listenHere(path: boolean): void {
  const place = navigation.current;
  speech.speak(placeKey(place), utterancesAt(place), {
    recording: recordingAt(place),
    ...(path ? { path: true, onFinished: turnPage } : {}),
  });
}

/** Interface words, said at once (self-voicing, help, the idle warning). */
export function sayNow(...texts: string[]): void {
  const pronounce = pronouncer();
  const utterances = texts
    .map((text) => uiUtterance(text, { locale: visit.locale, pronounce }))
    .filter((u): u is Utterance => u !== null);
  speech.speak(null, utterances);
}
