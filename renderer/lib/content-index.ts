// Lookups built once per language from the compiled content, so a tap never searches the whole content.
import type { GlossaryTerm, LocaleContent, Page } from '../../electron/shared/content-types';

/** One screen of the guided tour: a card of a guide page. */
export type TourStep = { pageId: string; card: number };

export type LetterGroup = { letter: string; terms: GlossaryTerm[] };

export type ContentIndex = {
  content: LocaleContent;
  pagesById: Map<string, Page>;
  /** Guide pages in tour order. */
  tourPages: Page[];
  /** Every card of the tour, in order. */
  steps: TourStep[];
  /** Index into `steps` of each tour page's first card. */
  firstStep: Map<string, number>;
  sideEffects: Page[];
  references: Page[];
  callNow: Page | null;
  questions: Page | null;
  glossaryById: Map<string, GlossaryTerm>;
  letters: LetterGroup[];
};

/** The letter a term is filed under: its first letter without accents, upper-cased; `#` for digits/signs. */
export function letterOf(term: string, locale: string): string {
  const first = term.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0);
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(locale) : '#';
}

/** Groups the (already sorted) glossary by first letter, keeping the content's order. */
export function groupByLetter(terms: GlossaryTerm[], locale: string): LetterGroup[] {
  const groups: LetterGroup[] = [];
  for (const term of terms) {
    const letter = letterOf(term.term, locale);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.terms.push(term);
    else {
      const existing = groups.find((group) => group.letter === letter);
      if (existing) existing.terms.push(term);
      else groups.push({ letter, terms: [term] });
    }
  }
  return groups;
}

export function buildIndex(content: LocaleContent): ContentIndex {
  const pagesById = new Map(content.pages.map((page) => [page.id, page]));
  const tourPages = content.tour
    .map((id) => pagesById.get(id))
    .filter((page): page is Page => page !== undefined && page.cards.length > 0);
  const steps: TourStep[] = [];
  const firstStep = new Map<string, number>();
  for (const page of tourPages) {
    firstStep.set(page.id, steps.length);
    page.cards.forEach((_card, card) => steps.push({ pageId: page.id, card }));
  }
  const ofKind = (kind: Page['kind']): Page[] => content.pages.filter((page) => page.kind === kind);
  return {
    content,
    pagesById,
    tourPages,
    steps,
    firstStep,
    sideEffects: ofKind('side-effect'),
    references: ofKind('reference'),
    callNow: ofKind('call-now')[0] ?? null,
    questions: ofKind('questions')[0] ?? null,
    glossaryById: new Map(content.glossary.map((term) => [term.id, term])),
    letters: groupByLetter(content.glossary, content.locale),
  };
}

/** Where a guide location sits in the tour (-1 if it is not a tour card). */
export function stepNumber(index: ContentIndex, pageId: string, card: number): number {
  const first = index.firstStep.get(pageId);
  if (first === undefined) return -1;
  const page = index.pagesById.get(pageId);
  if (!page || card < 0 || card >= page.cards.length) return -1;
  return first + card;
}
