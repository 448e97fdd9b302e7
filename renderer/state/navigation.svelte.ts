// Where the visitor is: a screen, maybe a page and a card, and the way back. Card moves replace the current
// place (Back inside a page goes card by card); screen and page changes push it on the history stack.
import { kiosk } from '../lib/kiosk';

export type ScreenKind =
  | 'attract'
  | 'start'
  | 'guide'
  | 'guide-end'
  | 'topics'
  | 'phases'
  | 'side-effects'
  | 'page'
  | 'glossary'
  | 'sources';

export type Place = { screen: ScreenKind; pageId: string | null; card: number };

export type NavigationSnapshot = { current: Place; history: Place[]; termId: string | null };

const START: Place = Object.freeze({ screen: 'start', pageId: null, card: 0 });
/** Where the kiosk boots and every reset lands: the invitation to touch. Never a way back. */
const ATTRACT: Place = Object.freeze({ screen: 'attract', pageId: null, card: 0 });
// Long wanderings keep only the most recent way back; enough for any real visit.
const MAX_HISTORY = 50;

function samePlace(a: Place, b: Place): boolean {
  return a.screen === b.screen && a.pageId === b.pageId && a.card === b.card;
}

class Navigation {
  current = $state.raw<Place>(ATTRACT);
  history = $state.raw<Place[]>([]);
  /** The glossary word whose definition panel is open. */
  termId = $state<string | null>(null);

  /** Opens a screen (and page), remembering where the visitor was. */
  go(screen: ScreenKind, pageId: string | null = null, card = 0): void {
    const next: Place = { screen, pageId, card };
    if (samePlace(next, this.current)) return;
    this.history = [...this.history, this.current].slice(-MAX_HISTORY);
    this.#arrive(next);
  }

  /** Moves within the current screen (next/previous card, next tour page) without adding a way back. */
  moveTo(pageId: string | null, card: number): void {
    this.#arrive({ screen: this.current.screen, pageId, card });
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
  }

  snapshot(): NavigationSnapshot {
    return {
      current: { ...this.current },
      history: this.history.map((place) => ({ ...place })),
      termId: this.termId,
    };
  }

  #arrive(place: Place, count = true): void {
    const pageChanged = place.pageId !== null && place.pageId !== this.current.pageId;
    this.current = place;
    if (count && pageChanged && place.pageId !== null) {
      kiosk.recordUsage({ type: 'page:view', pageId: place.pageId });
    }
    if (count && place.screen === 'guide-end') kiosk.recordUsage({ type: 'tour:finish' });
  }
}

export const navigation = new Navigation();
