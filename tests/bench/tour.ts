// The bench's route through the app, shared by the tap-latency run and the 10,000-navigation memory run. It
// is installed INTO the page (page.evaluate of installTour) as `window.__benchTour`, so a loop can run in-page
// without a round trip per step; page.evaluate runs through CDP, which the page's CSP does not restrict.
//
// The route, on repeat: (the attract screen's touch, when the visit was reset,) the whole guided tour card by card (opening the first glossary word of each card that
// has one, then closing it), the guide's end → Side effects → every side effect card by card → back to the
// list, then Home → Choose a topic → Words to know → back → Home. Every step changes the DOM (a new screen,
// card or panel); scroll-only taps (glossary letters) are left out because they change nothing to measure.

export type TourWindow = Window & {
  __benchTour?: {
    /** The element the next step taps, scrolled into view, or null if the route is lost. */
    pick: () => HTMLElement | null;
    /** Where the visitor is, e.g. `guide`, `page`, `glossary-panel`. */
    where: () => string;
  };
};

export function installTour(): void {
  let phase: 'guide' | 'effects' | 'glossary' = 'guide';
  let tile = 0;
  let termDoneOn = '';
  const q = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | null =>
    root.querySelector<T>(selector);
  const all = (selector: string): HTMLElement[] =>
    Array.from(document.querySelectorAll<HTMLElement>(selector));
  const byText = (elements: HTMLElement[], text: string): HTMLElement | null =>
    elements.find((el) => el.textContent?.trim().startsWith(text)) ?? null;
  const home = (): HTMLElement | null => q('[data-testid="home"]');
  const where = (): string =>
    q('[data-testid="attract"]')
      ? 'attract'
      : q('dialog[open]')
        ? 'glossary-panel'
        : (q<HTMLElement>('.app')?.dataset.screen ?? 'unknown');

  const choose = (): HTMLElement | null => {
    const dialog = q('dialog[open]');
    if (dialog) return q('[data-testid="glossary-close"]', dialog);
    switch (where()) {
      case 'attract':
        return q('[data-testid="attract-touch"]');
      case 'start': {
        const actions = all('.start-actions button');
        if (phase === 'glossary') return actions[1] ?? null;
        phase = 'guide';
        return actions[0] ?? null;
      }
      case 'guide': {
        const card = q('article.card');
        const id = card?.dataset.cardId ?? '';
        const term = card ? q('button.term', card) : null;
        if (term && id !== termDoneOn) {
          termDoneOn = id;
          return term;
        }
        return q('[data-testid="next"]');
      }
      case 'guide-end':
        phase = 'effects';
        tile = 0;
        return all('.end-actions button')[0] ?? null;
      case 'side-effects': {
        const tiles = all('button.tile');
        if (phase !== 'effects' || tile >= tiles.length) {
          phase = 'glossary';
          return home();
        }
        return tiles[tile++] ?? null;
      }
      case 'page':
        return q('[data-testid="next"]') ?? q('[data-testid="back"]');
      case 'topics':
        if (phase === 'glossary') return byText(all('button.tile'), 'Words to know');
        return home();
      case 'glossary':
        phase = 'guide';
        return q('[data-testid="back"]');
      default:
        return home();
    }
  };

  (window as TourWindow).__benchTour = {
    pick: () => {
      const el = choose();
      el?.scrollIntoView({ block: 'center', behavior: 'instant' });
      return el;
    },
    where,
  };
}
