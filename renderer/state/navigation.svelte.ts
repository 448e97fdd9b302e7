// Where the visitor is: a screen, maybe a page and a card, and the way back. Card moves replace the current
// place (Back inside a page goes card by card); screen and page changes push it on the history stack.
// The last card read is kept for "Continue" until the visit resets; Home does not forget it.
import type { PathId } from '../../electron/shared/content-types';
import { kiosk } from '../lib/kiosk';

type ScreenKind =
  | 'attract'
  | 'start'
  | 'guide'
  | 'guide-end'
  | 'topics'
  | 'phases'
  | 'stages'
  | 'side-effects'
  | 'page'
  | 'glossary'
  | 'sources';

/** `path` says which path a `guide` or `guide-end` place belongs to (the full guide when absent). */
export type Place = { screen: ScreenKind; pageId: string | null; card: number; path?: PathId };

export type NavigationSnapshot = {
  current: Place;
  history: Place[];
  termId: string | null;
  resume: Place | null;
};

const START: Place = Object.freeze({ screen: 'start', pageId: null, card: 0 });
/** Where the kiosk boots and every reset lands: the invitation to touch. Never a way back. */
const ATTRACT: Place = Object.freeze({ screen: 'attract', pageId: null, card: 0 });
// Long wanderings keep only the most recent way back; enough for any real visit.
const MAX_HISTORY = 50;

function samePlace(a: Place, b: Place): boolean {
  return a.screen === b.screen && a.pageId === b.pageId && a.card === b.card && a.path === b.path;
}

/** Screens that show a card: where "Continue" takes the visitor back to. */
function isReading(place: Place): boolean {
  return (place.screen === 'guide' || place.screen === 'page') && place.pageId !== null;
}

class Navigation {
  current = $state.raw<Place>(ATTRACT);
  history = $state.raw<Place[]>([]);
  /** The glossary word whose definition panel is open. */
  termId = $state<string | null>(null);
  /** The last card this visit read, for "Continue"; null once a path is finished and on reset. */
  resume = $state.raw<Place | null>(null);

  /** Opens a screen (and page), remembering where the visitor was. */
  go(screen: ScreenKind, pageId: string | null = null, card = 0, path?: PathId): void {
    const next: Place = path ? { screen, pageId, card, path } : { screen, pageId, card };
    if (samePlace(next, this.current)) return;
    this.history = [...this.history, this.current].slice(-MAX_HISTORY);
    this.#arrive(next);
  }

  /** Starts a path at one of its cards (its first unless told), counting the start once per tap. */
  startPath(path: PathId, pageId: string, card: number): void {
    kiosk.recordUsage({ type: 'path:start', path });
    this.go('guide', pageId, card, path);
  }

  /** Back to the last card read, from wherever the visitor is (the start screen offers it). */
  continueReading(): void {
    const place = this.resume;
    if (place) this.go(place.screen, place.pageId, place.card, place.path);
  }

  /** Moves within the current screen (next/previous card, next tour page) without adding a way back. */
  moveTo(pageId: string | null, card: number): void {
    const { screen, path } = this.current;
    this.#arrive(path ? { screen, pageId, card, path } : { screen, pageId, card });
  }

  /** The path's end screen, for the path being read. */
  finishPath(): void {
    const path = this.current.path;
    this.go('guide-end', null, 0, path);
  }

  back(): void {
    const previous = this.history.at(-1) ?? START;
    this.history = this.history.slice(0, -1);
    this.#arrive(previous, false);
  }

  home(): void {
    this.history = [];
    this.#arrive(START, false);
  }

  /** Where Back would go, for its label. */
  get previous(): Place {
    return this.history.at(-1) ?? START;
  }

  openTerm(termId: string): void {
    this.termId = termId;
  }

  closeTerm(): void {
    this.termId = null;
  }

  /** A touch on the attract screen: the visit begins on the start screen, with nothing to go back to. */
  begin(): void {
    this.history = [];
    this.#arrive(START, false);
  }

  reset(): void {
    this.current = ATTRACT;
    this.history = [];
    this.termId = null;
    this.resume = null;
  }

  snapshot(): NavigationSnapshot {
    return {
      current: { ...this.current },
      history: this.history.map((place) => ({ ...place })),
      termId: this.termId,
      resume: this.resume ? { ...this.resume } : null,
    };
  }

  #arrive(place: Place, count = true): void {
    const pageChanged = place.pageId !== null && place.pageId !== this.current.pageId;
    this.current = place;
    if (isReading(place)) this.resume = place;
    if (place.screen === 'guide-end') this.resume = null;
    if (count && pageChanged && place.pageId !== null) {
      kiosk.recordUsage({ type: 'page:view', pageId: place.pageId });
    }
    // "Tours finished" keeps its meaning: the full guide read to its end.
    if (count && place.screen === 'guide-end' && (place.path ?? 'guide') === 'guide') {
      kiosk.recordUsage({ type: 'tour:finish' });
    }
  }
}

export const navigation = new Navigation();
